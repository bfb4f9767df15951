/**
 * Answering one SPARQL query against the store: bound it (`queryCap.ts`), run it over the union of the
 * graphs (or the dataset it names), refuse an answer past the cap, and write the result in the format the
 * client's `Accept` prefers. Runs inside a query worker (`queryWorker.ts`); kept apart from the worker
 * so that it can be tested, and reused, in any thread.
 */
import { serialize } from '../export/serialize';
import { MEDIA_TYPE } from '../export/formats';
import { QuerySyntaxError, type GraphStore, type QueryOptions, type QueryResult } from '../store/oxigraph';
import { formatResult } from '../store/results';
import { resultsXml } from '../store/resultsXml';
import { negotiate } from './negotiate';
import { capQuery } from './queryCap';
import { graphFormatOf, GRAPH_OFFERS, RESULTS_OFFERS, resultsFormatOf, withCharset } from './mediaTypes';

/** One query for a worker: its text, the client's `Accept` header and the row cap. */
export interface QueryRequest {
  sparql: string;
  accept?: string;
  /** Most rows (SELECT) or triples (CONSTRUCT, DESCRIBE) the answer may have. */
  maxRows: number;
  /** The protocol's `default-graph-uri` and `named-graph-uri`: the dataset, instead of the query's own. */
  defaultGraphs?: string[];
  namedGraphs?: string[];
}

/** The HTTP answer to a query: a status, a media type and the body; an error's body is its message. */
export interface QueryReply {
  status: number;
  contentType: string;
  body: string;
  /** Rows or triples of a successful answer. */
  count?: number;
  /** Why the engine failed, when it did (a 500): the worker that ran it is not trusted again. */
  fault?: string;
}

/** A plain-text error reply. */
export function errorReply(status: number, message: string): QueryReply {
  return { status, contentType: 'text/plain; charset=utf-8', body: `${message}\n` };
}

/** Runs `request` on `store` and writes the answer; never throws. */
export async function answerQuery(store: GraphStore, request: QueryRequest): Promise<QueryReply> {
  const plan = capQuery(request.sparql, request.maxRows);
  const dataset: QueryOptions =
    request.defaultGraphs || request.namedGraphs
      ? { defaultGraphs: request.defaultGraphs ?? [], namedGraphs: request.namedGraphs ?? [] }
      : { unionDefaultGraph: plan.unionDefaultGraph };
  let result: QueryResult;
  let more = false;
  try {
    result = store.query(plan.text, dataset);
    const probe = result.kind === 'quads' && result.quads.length <= request.maxRows ? plan.probe : undefined;
    const probed = probe ? store.query(probe, dataset) : undefined;
    more = probed?.kind === 'bindings' && probed.rows.length > 0;
  } catch (error) {
    if (error instanceof QuerySyntaxError) return errorReply(400, error.message);
    return engineFault(error);
  }
  const count = result.kind === 'bindings' ? result.rows.length : result.kind === 'quads' ? result.quads.length : 1;
  if (count > request.maxRows) {
    const unit = result.kind === 'quads' ? 'triples' : 'rows';
    return errorReply(422, `the answer has more than ${request.maxRows} ${unit}, the server's limit (--max-rows); add a LIMIT`);
  }
  if (more) return errorReply(422, `the query has more than ${request.maxRows} solutions, the server's limit (--max-rows); add a LIMIT`);
  try {
    return await write(result, request.accept, count);
  } catch (error) {
    return errorReply(500, `the answer could not be written: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/**
 * A failure of the engine on a well-formed query: the server's fault, never the client's (500). A query
 * too deep for the engine's stack (a FILTER IN of tens of thousands of values) says how to write it.
 */
function engineFault(error: unknown): QueryReply {
  const message = (error instanceof Error ? error.message : String(error)).split('\n')[0];
  const hint = /call stack|stack overflow|out of bounds|recursion/i.test(message) ? '; a very long list is better written as VALUES' : '';
  return { ...errorReply(500, `the query could not be evaluated: ${message}${hint}`), fault: message };
}

/** The result in the negotiated format, or 406 naming the formats there are. */
async function write(result: QueryResult, accept: string | undefined, count: number): Promise<QueryReply> {
  if (result.kind === 'quads') {
    const mediaType = negotiate(accept, GRAPH_OFFERS);
    const format = mediaType && graphFormatOf(mediaType);
    if (!format) return notAcceptable(GRAPH_OFFERS);
    return { status: 200, contentType: withCharset(MEDIA_TYPE[format]), body: await serialize(result.quads, format), count };
  }
  const mediaType = negotiate(accept, RESULTS_OFFERS);
  const format = mediaType && resultsFormatOf(mediaType);
  if (!mediaType || !format) return notAcceptable(RESULTS_OFFERS);
  const body = format === 'xml' ? resultsXml(result) : formatResult(result, format);
  return { status: 200, contentType: withCharset(mediaType), body, count };
}

function notAcceptable(offers: readonly string[]): QueryReply {
  return errorReply(406, `none of the accepted media types can carry this answer; ask for one of ${offers.join(', ')}`);
}
