/**
 * The SPARQL 1.1 Query Results JSON Format (https://www.w3.org/TR/sparql11-results-json/) read into a
 * `QueryResult`, for the embedded store and for remote endpoints alike. Older servers (Virtuoso 7) still
 * write `"type": "typed-literal"` from the 2008 draft; it reads as a literal with its datatype.
 */
import { DataFactory } from 'n3';
import type { Term } from '@rdfjs/types';
import type { QueryResult } from './oxigraph';

interface JsonTerm {
  type: 'uri' | 'bnode' | 'literal' | 'typed-literal' | 'triple';
  value: string | { subject: JsonTerm; predicate: JsonTerm; object: JsonTerm };
  'xml:lang'?: string;
  datatype?: string;
}

interface JsonResults {
  head?: { vars?: string[] };
  boolean?: boolean;
  results?: { bindings?: Array<Record<string, JsonTerm>> };
}

function fromJsonTerm(t: JsonTerm): Term {
  if (typeof t.value !== 'string') {
    const { subject, predicate, object } = t.value;
    return DataFactory.quad(fromJsonTerm(subject) as never, fromJsonTerm(predicate) as never, fromJsonTerm(object) as never);
  }
  if (t.type === 'uri') return DataFactory.namedNode(t.value);
  if (t.type === 'bnode') return DataFactory.blankNode(t.value);
  return DataFactory.literal(t.value, t['xml:lang'] || (t.datatype ? DataFactory.namedNode(t.datatype) : undefined));
}

/** Reads SPARQL JSON results (a SELECT's bindings or an ASK's boolean); throws on anything else. */
export function parseSparqlJson(json: string): QueryResult {
  const parsed = JSON.parse(json) as JsonResults;
  if (typeof parsed.boolean === 'boolean') return { kind: 'boolean', value: parsed.boolean };
  if (!parsed.head || !parsed.results) throw new Error('not SPARQL JSON results (no head and results)');
  const variables = parsed.head.vars ?? [];
  const rows = (parsed.results.bindings ?? []).map((b) => {
    const row: Record<string, Term | undefined> = {};
    for (const v of variables) row[v] = b[v] ? fromJsonTerm(b[v]) : undefined;
    return row;
  });
  return { kind: 'bindings', variables, rows };
}
