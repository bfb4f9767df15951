/**
 * Query results as text: an aligned table for terminals, and the W3C SPARQL 1.1 result formats
 * (JSON, CSV, TSV). Graph results (CONSTRUCT, DESCRIBE) are shown as `subject predicate object` rows.
 */
import { DataFactory } from 'n3';
import type { Term } from '@rdfjs/types';
import { NS, xsd } from '../graph/vocab';
import type { QueryResult } from './oxigraph';
import { padEnd, displayWidth } from './width';

/** `table` for terminals; the others are the W3C SPARQL 1.1 result formats. */
export type ResultFormat = 'table' | 'json' | 'csv' | 'tsv';

type Bindings = Extract<QueryResult, { kind: 'bindings' }>;

/** CONSTRUCT/DESCRIBE results as bindings of `?subject ?predicate ?object`. */
function asBindings(result: Extract<QueryResult, { kind: 'quads' }>): Bindings {
  const rows = result.quads.map((q) => ({ subject: q.subject, predicate: q.predicate, object: q.object }) as Record<string, Term>);
  return { kind: 'bindings', variables: ['subject', 'predicate', 'object'], rows };
}

function escapeString(s: string): string {
  return s.replace(/[\\"\n\r\t]/g, (c) => ({ '\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r', '\t': '\\t' })[c] as string);
}

/** N-Triples syntax of a term, as SPARQL TSV requires (`compactIri` shortens IRIs for tables). */
function termSyntax(t: Term, iri: (value: string) => string = (v) => `<${v}>`): string {
  switch (t.termType) {
    case 'NamedNode':
      return iri(t.value);
    case 'BlankNode':
      return `_:${t.value}`;
    case 'Literal': {
      const quoted = `"${escapeString(t.value)}"`;
      if (t.language) return `${quoted}@${t.language}`;
      return t.datatype.value === xsd.string.value ? quoted : `${quoted}^^${iri(t.datatype.value)}`;
    }
    default:
      return `?${t.value}`;
  }
}

const LOCAL_NAME = /^[\p{L}_][\p{L}\p{N}_-]*$/u;

/** `wkg:foo` for IRIs under a fixed prefix with a plain local name, else `<iri>`. */
export function compactIri(iri: string): string {
  for (const [prefix, ns] of Object.entries(NS)) {
    if (iri.startsWith(ns) && LOCAL_NAME.test(iri.slice(ns.length))) return `${prefix}:${iri.slice(ns.length)}`;
  }
  return `<${iri}>`;
}

function table(b: Bindings): string {
  const header = b.variables.map((v) => `?${v}`);
  const cells = b.rows.map((row) => b.variables.map((v) => (row[v] ? termSyntax(row[v] as Term, compactIri) : '')));
  const widths = header.map((h, i) => Math.max(displayWidth(h), ...cells.map((r) => displayWidth(r[i]))));
  // Trailing spaces of the last column are trimmed so lines do not wrap needlessly in narrow terminals.
  const line = (r: string[]) => r.map((c, i) => padEnd(c, widths[i])).join(' | ').trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('-+-');
  const count = `(${b.rows.length} ${b.rows.length === 1 ? 'row' : 'rows'})`;
  return [line(header), rule, ...cells.map(line), count].join('\n') + '\n';
}

function jsonTerm(t: Term): Record<string, string> {
  if (t.termType === 'NamedNode') return { type: 'uri', value: t.value };
  if (t.termType === 'BlankNode') return { type: 'bnode', value: t.value };
  if (t.termType !== 'Literal') throw new Error(`cannot write a ${t.termType} as a SPARQL result`);
  if (t.language) return { type: 'literal', value: t.value, 'xml:lang': t.language };
  if (t.datatype.value === xsd.string.value) return { type: 'literal', value: t.value };
  return { type: 'literal', value: t.value, datatype: t.datatype.value };
}

function json(result: Bindings | Extract<QueryResult, { kind: 'boolean' }>): string {
  if (result.kind === 'boolean') return JSON.stringify({ head: {}, boolean: result.value }, null, 2) + '\n';
  const bindings = result.rows.map((row) => {
    const out: Record<string, Record<string, string>> = {};
    for (const v of result.variables) if (row[v]) out[v] = jsonTerm(row[v] as Term);
    return out;
  });
  return JSON.stringify({ head: { vars: result.variables }, results: { bindings } }, null, 2) + '\n';
}

/** RFC 4180 quoting: only fields with a quote, comma or line break are quoted, quotes doubled. */
function csvField(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function csvValue(t: Term | undefined): string {
  if (!t) return '';
  return t.termType === 'BlankNode' ? `_:${t.value}` : t.value;
}

function csv(b: Bindings): string {
  const lines = [b.variables.map(csvField), ...b.rows.map((row) => b.variables.map((v) => csvField(csvValue(row[v]))))];
  return lines.map((l) => l.join(',') + '\r\n').join('');
}

function tsv(b: Bindings): string {
  const lines = [b.variables.map((v) => `?${v}`), ...b.rows.map((row) => b.variables.map((v) => (row[v] ? termSyntax(row[v] as Term) : '')))];
  return lines.map((l) => l.join('\t') + '\n').join('');
}

/**
 * ASK results have no CSV/TSV form in the W3C specs; like Apache Jena we write one `_askResult`
 * column so scripts still get a value.
 */
function askAsBindings(value: boolean): Bindings {
  return { kind: 'bindings', variables: ['_askResult'], rows: [{ _askResult: DataFactory.literal(String(value), xsd.boolean) }] };
}

/** Formats a query result as `table` (terminals), or W3C SPARQL 1.1 `json`, `csv` or `tsv`. */
export function formatResult(result: QueryResult, format: ResultFormat): string {
  const bindings = result.kind === 'quads' ? asBindings(result) : result;
  if (format === 'json') return json(bindings);
  if (bindings.kind === 'boolean' && format === 'table') return `${bindings.value}\n`;
  const tabular = bindings.kind === 'boolean' ? askAsBindings(bindings.value) : bindings;
  if (format === 'csv') return csv(tabular);
  if (format === 'tsv') return tsv(tabular);
  return table(tabular);
}
