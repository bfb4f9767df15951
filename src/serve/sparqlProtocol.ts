/**
 * `/sparql`, the SPARQL 1.1 Protocol (https://www.w3.org/TR/sparql11-protocol/), query operation only:
 * `GET ?query=`, `POST` of a form (`query=`) or of `application/sparql-query`, in the charset the
 * request declares (UTF-8 when it declares none). The answer's format follows `Accept`, or a `format=`
 * parameter (json, xml, csv, tsv, ttl, nt, jsonld, rdfxml, nq, trig) that links can carry. The dataset
 * is every graph's union as the default graph and every article's graph as a named graph, unless the
 * query names its own (`FROM`, `FROM NAMED`) or the request does (`default-graph-uri`,
 * `named-graph-uri`). Updates and `SERVICE` are refused with 403, other media types and unknown
 * charsets with 415; without a query the endpoint describes itself (SPARQL Service Description) or, for
 * a browser, sends it to the query page.
 */
import type { IncomingMessage, ServerResponse } from 'http';
import { TextDecoder } from 'util';
import { serialize } from '../export/serialize';
import { MEDIA_TYPE } from '../export/formats';
import { negotiate } from './negotiate';
import { GRAPH_OFFERS, acceptForFormat, graphFormatOf } from './mediaTypes';
import { HttpError, mediaTypeOf, readBody, seeOther, send } from './http';
import { refusal } from './readOnly';
import { isSafeIri } from './linkedData';
import { serviceQuads } from './describeService';
import { SERVE_NS } from './vocab';
import type { ServerContext } from './context';

/** The query and the `Accept` it should be answered with, read from a protocol request. */
export interface ProtocolRequest {
  query?: string;
  accept?: string;
  /** The dataset the request gives (`default-graph-uri`, `named-graph-uri`), when it gives one. */
  defaultGraphs?: string[];
  namedGraphs?: string[];
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
    const decoder = decoderFor(req.headers['content-type']);
    const body = await readBody(req, maxBodyBytes);
    if (type === 'application/sparql-query') bodyQuery = decode(decoder, body);
    else params = mergeParams(url.searchParams, parseForm(body, decoder));
  }
  if (params.has('update')) throw readOnly();
  const graphs = (name: string) => {
    const iris = params.getAll(name).filter((value) => value !== '');
    const bad = iris.find((iri) => !isSafeIri(iri));
    if (bad !== undefined) throw new HttpError(400, `${name} must be an absolute IRI (got '${bad.slice(0, 100)}')`);
    return iris;
  };
  const [defaultGraphs, namedGraphs] = [graphs('default-graph-uri'), graphs('named-graph-uri')];
  const queries = params.getAll('query');
  if (queries.length + (bodyQuery !== undefined ? 1 : 0) > 1) throw new HttpError(400, 'give exactly one query');
  const query = bodyQuery ?? queries[0];
  if (query !== undefined && query.trim() === '') throw new HttpError(400, 'the query is empty');
  const format = params.get('format');
  if (format !== null && acceptForFormat(format) === undefined) {
    throw new HttpError(400, `unknown format '${format}'; use json, xml, csv, tsv, ttl, nt, jsonld, rdfxml, nq or trig`);
  }
  const accept = format !== null ? acceptForFormat(format) : req.headers.accept;
  return {
    ...(query !== undefined ? { query } : {}),
    ...(accept !== undefined ? { accept } : {}),
    // The protocol: a request that gives either list gives the whole dataset.
    ...(defaultGraphs.length + namedGraphs.length > 0 ? { defaultGraphs, namedGraphs } : {}),
  };
}

/** A decoder for the `charset` a `Content-Type` declares (UTF-8 when none); 415 for one we cannot read. */
function decoderFor(contentType: string | undefined): TextDecoder {
  const charset = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType ?? '')?.[1] ?? 'utf-8';
  try {
    return new TextDecoder(charset, { fatal: true });
  } catch {
    throw new HttpError(415, `the charset '${charset.slice(0, 40)}' is not one this server reads; send UTF-8`);
  }
}

function decode(decoder: TextDecoder, bytes: Uint8Array): string {
  try {
    return decoder.decode(bytes);
  } catch {
    throw new HttpError(400, `the body is not valid ${decoder.encoding}, the charset its Content-Type declares`);
  }
}

/** An `application/x-www-form-urlencoded` body whose percent-escapes are bytes in the declared charset. */
function parseForm(body: Buffer, decoder: TextDecoder): URLSearchParams {
  const params = new URLSearchParams();
  for (const pair of body.toString('latin1').split('&')) {
    if (pair === '') continue;
    const equals = pair.indexOf('=');
    const [name, value] = equals < 0 ? [pair, ''] : [pair.slice(0, equals), pair.slice(equals + 1)];
    params.append(decode(decoder, percentBytes(name)), decode(decoder, percentBytes(value)));
  }
  return params;
}

/** The bytes a form field stands for: `+` is a space, `%XX` a byte, anything else itself. */
function percentBytes(field: string): Uint8Array {
  const bytes: number[] = [];
  for (let i = 0; i < field.length; i++) {
    const c = field[i];
    if (c === '+') bytes.push(0x20);
    else if (c === '%' && /^[0-9a-fA-F]{2}$/.test(field.slice(i + 1, i + 3))) {
      bytes.push(parseInt(field.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(field.charCodeAt(i) & 0xff);
  }
  return Uint8Array.from(bytes);
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
  const reply = await context.pool.run({
    sparql: request.query,
    accept: request.accept,
    maxRows: context.maxRows,
    ...(request.defaultGraphs ? { defaultGraphs: request.defaultGraphs, namedGraphs: request.namedGraphs } : {}),
  });
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
