/**
 * Which handler answers a request. The server's own paths come first (`/sparql`, the pages, the UI's
 * files, `/.well-known/void`, `/api/…`); every other path is a Linked Data lookup of an IRI under the
 * base. Only `/sparql` takes POST; nothing writes.
 */
import type { IncomingMessage, ServerResponse } from 'http';
import { serialize } from '../export/serialize';
import { MEDIA_TYPE } from '../export/formats';
import { negotiate } from './negotiate';
import { GRAPH_OFFERS, graphFormatOf } from './mediaTypes';
import { HttpError, preflight, send } from './http';
import { handleSparql, originOf } from './sparqlProtocol';
import { handleDescribe, handlePath, pageNumber } from './resources';
import { searchPage } from './pages/searchPage';
import { readerLanguages } from './pages/names';
import { pageHtml, type PageKind } from './pages';
import { sendFile, uiFile, vendorFile } from './staticFiles';
import { voidQuads } from './describeService';
import { SERVE_NS } from './vocab';
import { handleLookup } from './lookup/lookupService';
import type { ServerContext } from './context';

const PAGES: Record<string, PageKind> = { '/': 'home', '/query': 'query', '/timeline': 'timeline' };

/** Answers one request; throws `HttpError` for the answers that are errors. */
export async function route(context: ServerContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://server.invalid');
  const method = req.method ?? 'GET';
  if (method === 'OPTIONS') return preflight(res);
  const allowed = url.pathname === '/sparql' ? ['GET', 'HEAD', 'POST'] : ['GET', 'HEAD'];
  if (!allowed.includes(method)) {
    throw new HttpError(405, `${method} is not allowed here (the server is read-only)`, { Allow: [...allowed, 'OPTIONS'].join(', ') });
  }
  const page = PAGES[url.pathname];
  if (page) return send(res, 200, 'text/html', pageHtml(page, { base: context.base }));
  switch (url.pathname) {
    case '/sparql':
      return handleSparql(context, req, res, url);
    case '/describe':
      return handleDescribe(context, req, res, url);
    case '/.well-known/void':
      return handleVoid(context, req, res);
    case '/api/queries':
      return sendJson(res, context.examples);
    case '/lookup':
      return handleLookup(await context.lookup(), context.base, req, res, url);
    case '/search':
      return handleSearch(context, req, res, url);
    case '/api/stats':
      return sendJson(res, { ...(await context.stats()), base: context.base });
    case '/favicon.ico':
      res.writeHead(204).end();
      return;
  }
  if (url.pathname.startsWith('/ui/')) return sendFile(req, res, uiFile(context.packageRoot, url.pathname.slice('/ui/'.length)), 0);
  if (url.pathname.startsWith('/vendor/')) return sendFile(req, res, vendorFile(context.packageRoot, url.pathname.slice('/vendor/'.length)), 86_400);
  return handlePath(context, req, res, url);
}

/** `/search?q=…`: the lookup's hits as a page that needs no script. */
async function handleSearch(context: ServerContext, req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
  const q = url.searchParams.get('q') ?? '';
  if (q.length > 200) throw new HttpError(400, 'a name to look up is at most 200 characters');
  const lang = url.searchParams.get('lang') ?? readerLanguages(req.headers['accept-language'])[0];
  const page = searchPage(await context.lookup(), context.base, q, pageNumber(url.searchParams.get('page')), lang || undefined);
  send(res, 200, 'text/html', pageHtml('search', { base: context.base, title: page.title, body: page.body, ...(page.paging ? { paging: page.paging } : {}) }), { 'Cache-Control': 'no-cache' });
}

function sendJson(res: ServerResponse, value: unknown): void {
  send(res, 200, 'application/json', JSON.stringify(value), { 'Cache-Control': 'no-cache' });
}

/** `/.well-known/void`: the VoID description, in the syntax `Accept` asks for (Turtle by default). */
async function handleVoid(context: ServerContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const mediaType = negotiate(req.headers.accept, GRAPH_OFFERS);
  const format = mediaType && graphFormatOf(mediaType);
  if (!format) throw new HttpError(406, `the VoID description is written as ${GRAPH_OFFERS.join(', ')}`);
  const body = await serialize(voidQuads(originOf(req), context.base, await context.stats()), format, SERVE_NS);
  send(res, 200, MEDIA_TYPE[format], body, { Vary: 'Accept' });
}
