/**
 * Answering one SPARQL query against the store: run it, check the result cap, and write the result in the
 * format the client's `Accept` prefers. Runs inside a query worker (`queryWorker.ts`); kept apart from
 * the worker so that it can be tested, and reused, in any thread.
 */
import { serialize } from '../export/serialize';
import { MEDIA_TYPE } from '../export/formats';
import { QuerySyntaxError, type GraphStore, type QueryResult } from '../store/oxigraph';
import { formatResult } from '../store/results';
import { resultsXml } from '../store/resultsXml';
import { negotiate } from './negotiate';
import { graphFormatOf, GRAPH_OFFERS, RESULTS_OFFERS, resultsFormatOf, withCharset } from './mediaTypes';

/** One query for a worker: its text, the client's `Accept` header and the row cap. */
export interface QueryRequest {
  sparql: string;
  accept?: string;
  /** Most rows (SELECT) or triples (CONSTRUCT, DESCRIBE) the answer may have. */
  maxRows: number;
}

/** The HTTP answer to a query: a status, a media type and the body; an error's body is its message. */
export interface QueryReply {
  status: number;
  contentType: string;
  body: string;
  /** Rows or triples of a successful answer. */
  count?: number;
}

/** A plain-text error reply. */
export function errorReply(status: number, message: string): QueryReply {
  return { status, contentType: 'text/plain; charset=utf-8', body: `${message}\n` };
}

/** Runs `request` on `store` and writes the answer; never throws. */
export async function answerQuery(store: GraphStore, request: QueryRequest): Promise<QueryReply> {
  let result: QueryResult;
  try {
    result = store.query(request.sparql);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return error instanceof QuerySyntaxError ? errorReply(400, message) : errorReply(400, `the query could not be evaluated: ${message}`);
  }
  const count = result.kind === 'bindings' ? result.rows.length : result.kind === 'quads' ? result.quads.length : 1;
  if (count > request.maxRows) {
    const unit = result.kind === 'quads' ? 'triples' : 'rows';
    return errorReply(422, `the answer has more than ${request.maxRows} ${unit}, the server's limit (--max-rows); add a LIMIT`);
  }
  try {
    return await write(result, request.accept, count);
  } catch (error) {
    return errorReply(500, `the answer could not be written: ${error instanceof Error ? error.message : String(error)}`);
  }
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
