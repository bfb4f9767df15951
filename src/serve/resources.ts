/**
 * The Linked Data answers (see `linkedData.ts` for the IRI ↔ path mapping): an IRI's document in the
 * syntax negotiated by `Accept` or named by a `.ttl`/`.jsonld`/`.nt`/`.rdf` suffix, or its HTML page for
 * a browser, all answered `200` at the IRI's own path (no 303 round trip; `Content-Location` names the
 * document actually sent), `404` for an IRI the graph does not mention. A document is sent a page at a
 * time (`?page=N`); `Link` headers name the first, previous and next pages, as LDP Paging does.
 */
import type { IncomingMessage, ServerResponse } from 'http';
import { DataFactory } from 'n3';
import type { Quad } from '@rdfjs/types';
import { MEDIA_TYPE, type RdfFormat } from '../export/formats';
import { serialize } from '../export/serialize';
import { parseSparqlJson } from '../store/sparqlJson';
import type { QueryResult } from '../store/oxigraph';
import { negotiate } from './negotiate';
import { graphFormatOf, DOCUMENT_SUFFIXES } from './mediaTypes';
import { HttpError, send, seeOther } from './http';
import { articleOfText, documentQuery, DOCUMENT_PAGE_SIZE, irisForPath, isSafeIri, kindQuery, pathForIri, type PathIri } from './linkedData';
import { pageHtml } from './pages';
import { html } from './html/html';
import type { RowSource } from './lookup/lookupService';
import { articlePage } from './pages/articlePage';
import { entityPage } from './pages/entityPage';
import { readerLanguages } from './pages/names';
import { statementPage } from './pages/statementPage';
import type { ServerContext } from './context';

/** The syntaxes a document is written in: those with a suffix (`X.ttl`), so that each has an address of its own. */
const DOCUMENT_FORMATS: readonly RdfFormat[] = Object.values(DOCUMENT_SUFFIXES);
const DOCUMENT_OFFERS: readonly string[] = DOCUMENT_FORMATS.map((format) => MEDIA_TYPE[format]);

/** Runs a SELECT or ASK through the pool and reads its JSON answer; an error reply becomes an `HttpError`. */
export async function selectQuery(context: ServerContext, sparql: string): Promise<QueryResult> {
  const reply = await context.pool.run({ sparql, accept: 'application/sparql-results+json', maxRows: Number.MAX_SAFE_INTEGER });
  if (reply.status !== 200) throw new HttpError(reply.status, reply.body.trim());
  return parseSparqlJson(reply.body);
}

/** What the graph says of an IRI: whether it is mentioned at all, and whether it is an article or a statement. */
async function kindOf(context: ServerContext, iri: string): Promise<{ known: boolean; article: boolean; statement: boolean }> {
  const result = await selectQuery(context, kindQuery(iri));
  const row = result.kind === 'bindings' ? result.rows[0] : undefined;
  return { known: row?.known?.value === 'true', article: row?.article?.value === 'true', statement: row?.statement?.value === 'true' };
}

/** The rows of a SELECT through the pool, for the pages. */
export function rowsOf(context: ServerContext): RowSource {
  return async (sparql) => {
    const result = await selectQuery(context, sparql);
    return result.kind === 'bindings' ? result.rows : [];
  };
}

/** A path under the server's root: the document of an IRI under the base. */
export async function handlePath(context: ServerContext, req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
  const candidates = irisForPath(url.pathname, context.base);
  if (!candidates || candidates.some((candidate) => !isSafeIri(candidate.iri))) return notFound(context, req, res);
  return answerFor(context, req, res, candidates, url.searchParams);
}

/** `/describe?iri=…`: the document of any IRI, inside the base or not. */
export async function handleDescribe(context: ServerContext, req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
  const iri = url.searchParams.get('iri');
  if (iri === null || !isSafeIri(iri)) throw new HttpError(400, 'give an absolute IRI: /describe?iri=…');
  return answerFor(context, req, res, [{ iri }], url.searchParams);
}

async function answerFor(context: ServerContext, req: IncomingMessage, res: ServerResponse, candidates: PathIri[], params: URLSearchParams): Promise<void> {
  const page = pageNumber(params.get('page'));
  const at = params.get('at');
  if (at !== null && !/^\d{1,9}$/.test(at)) throw new HttpError(400, `at must be a code point offset (got '${at.slice(0, 20)}')`);
  const request = { format: params.get('format'), page, ...(at !== null ? { at: Number(at) } : {}) };
  for (const candidate of candidates) {
    const article = articleOfText(candidate.iri, context.base);
    if (article !== undefined) {
      if (!(await kindOf(context, article)).article) continue;
      return answer(context, req, res, candidate, request, 'text');
    }
    const kind = await kindOf(context, candidate.iri);
    if (kind.known) return answer(context, req, res, candidate, request, kind.article ? 'article' : kind.statement ? 'statement' : 'entity');
  }
  return notFound(context, req, res);
}

/** The page a `page=` parameter asks for (1 without one); 400 for anything but a whole number from 1. */
export function pageNumber(value: string | null): number {
  if (value === null) return 1;
  if (!/^[1-9]\d{0,6}$/.test(value)) throw new HttpError(400, `page must be a whole number from 1 (got '${value.slice(0, 20)}')`);
  return Number(value);
}

/** The chosen representation of a known IRI. */
async function answer(
  context: ServerContext,
  req: IncomingMessage,
  res: ServerResponse,
  { iri, suffix }: PathIri,
  { format, page, at }: { format: string | null; page: number; at?: number },
  kind: 'entity' | 'article' | 'statement' | 'text',
): Promise<void> {
  const rdfFormat = suffix ?? (format !== null ? formatParameter(format) : undefined);
  const mediaType = rdfFormat ? MEDIA_TYPE[rdfFormat] : negotiate(req.headers.accept, [...DOCUMENT_OFFERS, 'text/html']);
  if (mediaType === undefined) throw new HttpError(406, `this document is written as ${[...DOCUMENT_OFFERS, 'text/html'].join(', ')}`);
  const documentPath = pathForIri(iri, context.base);
  const alternates = alternatePaths(documentPath);
  const link = Object.entries(alternates).map(([type, href]) => `<${href}>; rel="alternate"; type="${type}"`).join(', ');
  if (mediaType === 'text/html') {
    if (kind === 'text') return seeOther(res, pathForIri(articleOfText(iri, context.base) as string, context.base));
    const rendered = await renderPage(context, req, iri, kind, page, at);
    if (page > 1 && page > rendered.page.pages) throw new HttpError(404, `this page has fewer than ${page} pages`);
    const { title, titleLang, body, paging } = rendered.page;
    const html = pageHtml(rendered.kind, { base: context.base, iri, alternates, title, ...(titleLang ? { titleLang } : {}), body, ...(paging ? { paging } : {}) });
    return send(res, 200, 'text/html', html, { Vary: 'Accept, Accept-Language', Link: link });
  }
  const chosen = graphFormatOf(mediaType) as RdfFormat;
  const size = Math.min(DOCUMENT_PAGE_SIZE, context.maxRows);
  const result = await selectQuery(context, documentQuery(iri, context.base, (page - 1) * size, size));
  const rows = result.kind === 'bindings' ? result.rows : [];
  if (page > 1 && rows.length === 0) throw new HttpError(404, `this document has fewer than ${page} pages`);
  const quads: Quad[] = rows.slice(0, size).map((row) => DataFactory.quad(row.s as Quad['subject'], row.p as Quad['predicate'], row.o as Quad['object']));
  const here = alternates[MEDIA_TYPE[chosen]];
  const paging = pageLinks(here, page, rows.length > size);
  send(res, 200, mediaType, await serialize(quads, chosen), {
    Vary: 'Accept',
    Link: [link, ...paging].join(', '),
    'Content-Location': withPage(here, page),
  });
}

/** `here` with a `page=` parameter (none for the first page). */
function withPage(here: string, page: number): string {
  return page === 1 ? here : `${here}${here.includes('?') ? '&' : '?'}page=${page}`;
}

/** LDP Paging's links: the first page, and the previous and next ones where there are. */
function pageLinks(here: string, page: number, more: boolean): string[] {
  if (page === 1 && !more) return [];
  const links = [`<${withPage(here, 1)}>; rel="first"`];
  if (page > 1) links.push(`<${withPage(here, page - 1)}>; rel="prev"`);
  if (more) links.push(`<${withPage(here, page + 1)}>; rel="next"`);
  return links;
}

/** The HTML page of a known IRI, rendered with its content. */
async function renderPage(context: ServerContext, req: IncomingMessage, iri: string, kind: 'entity' | 'article' | 'statement', page: number, at: number | undefined) {
  const rows = rowsOf(context);
  const languages = readerLanguages(req.headers['accept-language']);
  if (kind === 'article') return { kind, page: await articlePage(rows, context.base, iri, { page, ...(at !== undefined ? { at } : {}) }, languages) };
  const statement = kind === 'statement' ? await statementPage(rows, context.base, iri, languages) : undefined;
  if (statement) return { kind, page: statement };
  return { kind: 'entity' as const, page: await entityPage(rows, context.base, iri, page, languages) };
}

/** The documents of one IRI in every syntax: `X.ttl`, `X.jsonld`, … (or `format=` on `/describe`). */
function alternatePaths(documentPath: string): Record<string, string> {
  const out: Record<string, string> = {};
  const describe = documentPath.startsWith('/describe?');
  for (const [suffix, format] of Object.entries(DOCUMENT_SUFFIXES)) {
    out[MEDIA_TYPE[format]] = describe ? `${documentPath}&format=${format}` : `${documentPath}${suffix}`;
  }
  return out;
}

function formatParameter(format: string): RdfFormat {
  const found = DOCUMENT_FORMATS.find((candidate) => candidate === format);
  if (!found) throw new HttpError(400, `unknown format '${format}'; use ${DOCUMENT_FORMATS.join(', ')}`);
  return found;
}

/** 404: an HTML page for a browser, one line for anything else. */
function notFound(context: ServerContext, req: IncomingMessage, res: ServerResponse): void {
  if (negotiate(req.headers.accept, ['text/plain', 'text/html']) === 'text/html') {
    const body = html`<h1>Not found</h1><p class="notice">The graph says nothing about this IRI.</p><p>Find a name with the search box above, or ask <a href="/sparql">/sparql</a>.</p>`;
    return send(res, 404, 'text/html', pageHtml('not-found', { base: context.base, title: 'Not found', body }));
  }
  send(res, 404, 'text/plain', 'the graph says nothing about this IRI\n');
}
