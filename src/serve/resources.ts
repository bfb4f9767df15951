/**
 * The Linked Data answers (see `linkedData.ts` for the IRI ↔ path mapping): an IRI's document in the
 * syntax negotiated by `Accept` or named by a `.ttl`/`.jsonld`/`.nt`/`.rdf` suffix, or its HTML page for
 * a browser, all answered `200` at the IRI's own path (no 303 round trip; `Content-Location` names the
 * document actually sent), `404` for an IRI the graph does not mention.
 */
import type { IncomingMessage, ServerResponse } from 'http';
import { MEDIA_TYPE, type RdfFormat } from '../export/formats';
import { parseSparqlJson } from '../store/sparqlJson';
import type { QueryResult } from '../store/oxigraph';
import { negotiate } from './negotiate';
import { GRAPH_FORMATS, GRAPH_OFFERS, graphFormatOf, DOCUMENT_SUFFIXES } from './mediaTypes';
import { HttpError, send, seeOther } from './http';
import { articleOfText, describeQuery, irisForPath, isSafeIri, kindQuery, pathForIri, type PathIri } from './linkedData';
import { pageHtml } from './pages';
import type { ServerContext } from './context';

/** Runs a SELECT or ASK through the pool and reads its JSON answer; an error reply becomes an `HttpError`. */
export async function selectQuery(context: ServerContext, sparql: string): Promise<QueryResult> {
  const reply = await context.pool.run({ sparql, accept: 'application/sparql-results+json', maxRows: Number.MAX_SAFE_INTEGER });
  if (reply.status !== 200) throw new HttpError(reply.status, reply.body.trim());
  return parseSparqlJson(reply.body);
}

/** What the graph says of an IRI: whether it is mentioned at all, and whether it is an article. */
async function kindOf(context: ServerContext, iri: string): Promise<{ known: boolean; article: boolean }> {
  const result = await selectQuery(context, kindQuery(iri));
  const row = result.kind === 'bindings' ? result.rows[0] : undefined;
  return { known: row?.known?.value === 'true', article: row?.article?.value === 'true' };
}

/** A path under the server's root: the document of an IRI under the base. */
export async function handlePath(context: ServerContext, req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
  const candidates = irisForPath(url.pathname, context.base);
  if (!candidates || candidates.some((candidate) => !isSafeIri(candidate.iri))) return notFound(context, req, res);
  return answerFor(context, req, res, candidates, url.searchParams.get('format'));
}

/** `/describe?iri=…`: the document of any IRI, inside the base or not. */
export async function handleDescribe(context: ServerContext, req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
  const iri = url.searchParams.get('iri');
  if (iri === null || !isSafeIri(iri)) throw new HttpError(400, 'give an absolute IRI: /describe?iri=…');
  return answerFor(context, req, res, [{ iri }], url.searchParams.get('format'));
}

async function answerFor(context: ServerContext, req: IncomingMessage, res: ServerResponse, candidates: PathIri[], format: string | null): Promise<void> {
  for (const candidate of candidates) {
    const article = articleOfText(candidate.iri, context.base);
    if (article !== undefined) {
      if (!(await kindOf(context, article)).article) continue;
      return answer(context, req, res, candidate, format, 'text');
    }
    const kind = await kindOf(context, candidate.iri);
    if (kind.known) return answer(context, req, res, candidate, format, kind.article ? 'article' : 'entity');
  }
  return notFound(context, req, res);
}

/** The chosen representation of a known IRI. */
async function answer(
  context: ServerContext,
  req: IncomingMessage,
  res: ServerResponse,
  { iri, suffix }: PathIri,
  format: string | null,
  kind: 'entity' | 'article' | 'text',
): Promise<void> {
  const rdfFormat = suffix ?? (format !== null ? formatParameter(format) : undefined);
  const mediaType = rdfFormat ? MEDIA_TYPE[rdfFormat] : negotiate(req.headers.accept, [...GRAPH_OFFERS, 'text/html']);
  if (mediaType === undefined) throw new HttpError(406, `this document is written as ${[...GRAPH_OFFERS, 'text/html'].join(', ')}`);
  const documentPath = pathForIri(iri, context.base);
  const alternates = alternatePaths(documentPath);
  const link = Object.entries(alternates).map(([type, href]) => `<${href}>; rel="alternate"; type="${type}"`).join(', ');
  if (mediaType === 'text/html') {
    if (kind === 'text') return seeOther(res, pathForIri(articleOfText(iri, context.base) as string, context.base));
    const html = pageHtml(kind, { base: context.base, iri, alternates });
    return send(res, 200, 'text/html', html, { Vary: 'Accept', Link: link });
  }
  const chosen = graphFormatOf(mediaType) as RdfFormat;
  const reply = await context.pool.run({ sparql: describeQuery(iri, context.base), accept: mediaType, maxRows: Number.MAX_SAFE_INTEGER });
  if (reply.status !== 200) throw new HttpError(reply.status, reply.body.trim());
  send(res, 200, reply.contentType, reply.body, { Vary: 'Accept', Link: link, 'Content-Location': alternates[MEDIA_TYPE[chosen]] });
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
  const found = GRAPH_FORMATS.find((candidate) => candidate === format);
  if (!found) throw new HttpError(400, `unknown format '${format}'; use ${GRAPH_FORMATS.join(', ')}`);
  return found;
}

/** 404: an HTML page for a browser, one line for anything else. */
function notFound(context: ServerContext, req: IncomingMessage, res: ServerResponse): void {
  if (negotiate(req.headers.accept, ['text/plain', 'text/html']) === 'text/html') {
    return send(res, 404, 'text/html', pageHtml('not-found', { base: context.base }));
  }
  send(res, 404, 'text/plain', 'the graph says nothing about this IRI\n');
}
