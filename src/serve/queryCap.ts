/**
 * Bounding a query before it runs. Oxigraph hands back a whole result at once, so the only way to stop
 * a query at the row cap is to ask for no more: the query's top-level `LIMIT` is set to the cap plus
 * one (added, or lowered when the user's is larger), the engine stops producing there, and a full
 * answer means that there were more rows than the server gives. A CONSTRUCT or DESCRIBE is cut by
 * solutions the same way; when its triples stay under the cap, a probe (the same WHERE as a SELECT,
 * one row past the cap) says whether solutions were left out. A query whose outline cannot be read is
 * run as it is (it is usually malformed, and the engine says where).
 */
import { queryShape, type QueryShape } from './queryShape';

/** How a query is run under the cap. */
export interface CappedQuery {
  /** The text to run. */
  text: string;
  /** Whether the cap may have cut the answer (a LIMIT was added or lowered). */
  cut: boolean;
  /** For a cut CONSTRUCT or DESCRIBE: a SELECT with a row when the WHERE has more solutions than the cap. */
  probe?: string;
  /** The query names no dataset of its own (`FROM`): its default graph is the union of every graph. */
  unionDefaultGraph: boolean;
}

/** The largest LIMIT the engine takes. */
const MAX_LIMIT = 2 ** 31 - 1;

/** The variable of a probe's one column; named so that no user's query uses it. */
const PROBE_VARIABLE = '?wikikg_cap_probe';

/** `sparql` bounded to `maxRows` rows (or solutions) plus one. */
export function capQuery(sparql: string, maxRows: number): CappedQuery {
  const shape = queryShape(sparql);
  if (!shape) return { text: sparql, cut: false, unionDefaultGraph: true };
  const unionDefaultGraph = !shape.hasDataset;
  // The engine's LIMIT is a 32-bit number (WebAssembly): a cap beyond it (the server's own counts) is no cap.
  if (maxRows >= MAX_LIMIT) return { text: sparql, cut: false, unionDefaultGraph };
  if (shape.form === 'ASK' || !shape.hasWhere || (shape.limit && shape.limit.value <= maxRows)) return { text: sparql, cut: false, unionDefaultGraph };
  const text = withLimit(sparql, shape, maxRows + 1);
  const probe = shape.form === 'SELECT' ? undefined : probeQuery(sparql, shape, maxRows);
  return { text, cut: true, unionDefaultGraph, ...(probe ? { probe } : {}) };
}

/** The query with its top-level LIMIT set to `limit`, every other character where it was. */
function withLimit(sparql: string, shape: QueryShape, limit: number): string {
  if (shape.limit) return splice(sparql, shape.limit.start, shape.limit.end, `LIMIT ${limit}`);
  // At the very end a comment may be open on the last line: the clause goes on a line of its own.
  return shape.insertAt === sparql.length ? `${sparql}\nLIMIT ${limit}\n` : splice(sparql, shape.insertAt, shape.insertAt, `LIMIT ${limit} `);
}

/** The WHERE of a CONSTRUCT or DESCRIBE as a SELECT of the solution just past `maxRows` (after the user's OFFSET). */
function probeQuery(sparql: string, shape: QueryShape, maxRows: number): string {
  const skip = (shape.offset?.value ?? 0) + maxRows;
  // The user's LIMIT and OFFSET are blanked (lengths kept), the probe's clause added after them, and the
  // head replaced last: it comes before everything else, so no position used here moves before its turn.
  let text = sparql;
  for (const cut of [shape.limit, shape.offset]) if (cut) text = splice(text, cut.start, cut.end, ' '.repeat(cut.end - cut.start));
  const clause = `LIMIT 1 OFFSET ${skip}`;
  text = shape.insertAt === text.length ? `${text}\n${clause}\n` : splice(text, shape.insertAt, shape.insertAt, `${clause} `);
  return splice(text, shape.headStart, shape.headEnd, `SELECT (1 AS ${PROBE_VARIABLE}) `);
}

function splice(text: string, start: number, end: number, insert: string): string {
  return text.slice(0, start) + insert + text.slice(end);
}
