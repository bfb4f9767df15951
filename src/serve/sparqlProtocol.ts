/**
 * `/sparql`, the SPARQL 1.1 Protocol (https://www.w3.org/TR/sparql11-protocol/), query operation only:
 * `GET ?query=`, `POST` of a form (`query=`) or of `application/sparql-query`. The answer's format
 * follows `Accept`, or a `format=` parameter (json, xml, csv, tsv, ttl, nt, jsonld, rdfxml) that links
 * can carry. Updates and `SERVICE` are refused with 403, other media types with 415; without a query the
 * endpoint describes itself (SPARQL Service Description) or, for a browser, sends it to the query page.
 */
import type { IncomingMessage, ServerResponse } from 'http';
import { serialize } from '../export/serialize';
import { MEDIA_TYPE } from '../export/formats';
import { negotiate } from './negotiate';
import { GRAPH_OFFERS, acceptForFormat, graphFormatOf } from './mediaTypes';
import { HttpError, mediaTypeOf, readBody, seeOther, send } from './http';
import { refusal } from './readOnly';
import { serviceQuads } from './describeService';
import { SERVE_NS } from './vocab';
import type { ServerContext } from './context';

/** The query and the `Accept` it should be answered with, read from a protocol request. */
export interface ProtocolRequest {
  query?: string;
  accept?: string;
}

/** Reads the query operation of a GET or POST request; throws `HttpError` for what the protocol refuses. */
export async function readProtocolRequest(req: IncomingMessage, url: URL, maxBodyBytes: number): Promise<ProtocolRequest> {
  let params = url.searchParams;
  let bodyQuery: string | undefined;
  if (req.method === 'POST') {
    const type = mediaTypeOf(req.headers['content-type']);
    if (type === 'application/sparql-update') throw readOnly();
    if (type !== 'application/x-www-form-urlencoded' && type !== 'application/sparql-query') {
      throw new HttpError(415, `POST a query as application/x-www-form-urlencoded (query=…) or application/sparql-query, not '${type || 'no type'}'`);
    }
    const body = (await readBody(req, maxBodyBytes)).toString('utf8');
    if (type === 'application/sparql-query') bodyQuery = body;
    else params = mergeParams(url.searchParams, new URLSearchParams(body));
  }
  if (params.has('update')) throw readOnly();
  for (const name of ['default-graph-uri', 'named-graph-uri']) {
    if (params.getAll(name).some((value) => value !== '')) {
      throw new HttpError(400, `${name} is not supported: the endpoint answers from one merged default graph`);
    }
  }
  const queries = params.getAll('query');
  if (queries.length + (bodyQuery !== undefined ? 1 : 0) > 1) throw new HttpError(400, 'give exactly one query');
  const query = bodyQuery ?? queries[0];
  if (query !== undefined && query.trim() === '') throw new HttpError(400, 'the query is empty');
  const format = params.get('format');
  if (format !== null && acceptForFormat(format) === undefined) {
    throw new HttpError(400, `unknown format '${format}'; use json, xml, csv, tsv, ttl, nt, jsonld or rdfxml`);
  }
  const accept = format !== null ? acceptForFormat(format) : req.headers.accept;
  return { ...(query !== undefined ? { query } : {}), ...(accept !== undefined ? { accept } : {}) };
}

function mergeParams(first: URLSearchParams, second: URLSearchParams): URLSearchParams {
  const merged = new URLSearchParams(first);
  for (const [name, value] of second) merged.append(name, value);
  return merged;
}

function readOnly(): HttpError {
  return new HttpError(403, 'this endpoint is read-only: it answers queries and does not run SPARQL Update');
}

/** Answers one request to `/sparql`. */
export async function handleSparql(context: ServerContext, req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
  const request = await readProtocolRequest(req, url, context.maxBodyBytes);
  if (request.query === undefined) {
    if (req.method === 'POST') throw new HttpError(400, 'no query: send query=… or a body of type application/sparql-query');
    return describeEndpoint(context, req, res);
  }
  const refused = refusal(request.query);
  if (refused) throw new HttpError(403, refused);
  const reply = await context.pool.run({ sparql: request.query, accept: request.accept, maxRows: context.maxRows });
  send(res, reply.status, reply.contentType, reply.body, { Vary: 'Accept', 'Cache-Control': 'no-store' });
}

/** `/sparql` without a query: the Service Description, or the query page for a browser. */
async function describeEndpoint(context: ServerContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const chosen = negotiate(req.headers.accept, [...GRAPH_OFFERS, 'text/html']);
  if (chosen === 'text/html') return seeOther(res, '/query');
  const format = chosen && graphFormatOf(chosen);
  if (!format) throw new HttpError(406, `the service description is written as ${GRAPH_OFFERS.join(', ')}`);
  const stats = await context.stats();
  const body = await serialize(serviceQuads(originOf(req), stats), format, SERVE_NS);
  send(res, 200, MEDIA_TYPE[format], body, { Vary: 'Accept' });
}

/** `http://host:port` as the client addressed the server, for the IRIs of its self-descriptions. */
export function originOf(req: IncomingMessage): string {
  const host = req.headers.host ?? `${req.socket.localAddress}:${req.socket.localPort}`;
  return `http://${/^[\w.:[\]-]+$/.test(host) ? host : 'localhost'}`;
}
