/**
 * Validation reports: SHACL results in a stable order, and their text and JSON forms.
 *
 * A graph conforms when no result has severity `sh:Violation`. This departs from SHACL's `sh:conforms`
 * (false on any result) on purpose: warnings mark values kept on purpose that a consumer may still want
 * to know about, and they must not stop a build.
 */
import type { Term } from '@rdfjs/types';
import { NS } from '../graph/vocab';
import { compareTerms, termKey } from '../graph/terms';
import type { ShaclResult } from './shacl';

/** Severity of a result: the local name of `sh:Violation`, `sh:Warning`, `sh:Info`. */
export type Severity = 'Violation' | 'Warning' | 'Info';

/** One thing wrong with one node. */
export interface Violation {
  focusNode: Term;
  path?: Term;
  message: string;
  severity: Severity;
  shape: Term;
  value?: Term;
}

/** The outcome of validating one graph. */
export interface Report {
  /** True when there is no result of severity Violation. */
  conforms: boolean;
  violations: Violation[];
}

function severityOf(term: Term): Severity {
  const local = term.value.slice(term.value.lastIndexOf('#') + 1);
  return local === 'Warning' || local === 'Info' ? local : 'Violation';
}

function compareOptional(a: Term | undefined, b: Term | undefined): number {
  if (!a || !b) return (a ? 1 : 0) - (b ? 1 : 0);
  return compareTerms(a, b);
}

/** Canonical order: focus node, path, shape, value, message; the library's own order is not stable. */
export function compareViolations(a: Violation, b: Violation): number {
  return (
    compareTerms(a.focusNode, b.focusNode) ||
    compareOptional(a.path, b.path) ||
    compareTerms(a.shape, b.shape) ||
    compareOptional(a.value, b.value) ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  );
}

/** Turns SHACL results into a report in canonical order, without duplicates. */
export function toReport(results: ShaclResult[]): Report {
  const unique = new Map<string, Violation>();
  for (const result of results) {
    const violation: Violation = {
      focusNode: result.focusNode,
      path: result.path,
      message: result.messages.join('; ') || 'does not conform',
      severity: severityOf(result.severity),
      shape: result.shape,
      value: result.value,
    };
    unique.set(JSON.stringify(violationJson(violation)), violation);
  }
  const violations = [...unique.values()].sort(compareViolations);
  return { conforms: violations.every((v) => v.severity !== 'Violation'), violations };
}

/** An IRI as `prefix:local` when a prefix of the table covers it and the rest is a plain name, else `<iri>`. */
export function compactIri(iri: string, prefixes: Record<string, string> = NS): string {
  for (const [prefix, namespace] of Object.entries(prefixes)) {
    const local = iri.startsWith(namespace) ? iri.slice(namespace.length) : undefined;
    if (local !== undefined && /^[A-Za-z_][\w-]*$/.test(local)) return `${prefix}:${local}`;
  }
  return `<${iri}>`;
}

/** A term for people: IRIs compacted, literals and blank nodes in N-Triples syntax. */
export function showTerm(term: Term, prefixes: Record<string, string> = NS): string {
  if (term.termType === 'NamedNode') return compactIri(term.value, prefixes);
  const key = termKey(term);
  const typed = /^(".*")\^\^<([^>]*)>$/s.exec(key);
  return typed ? `${typed[1]}^^${compactIri(typed[2], prefixes)}` : key;
}

/** One line: severity, focus node, path, message and the offending value. */
export function formatViolation(v: Violation, prefixes: Record<string, string> = NS): string {
  const path = v.path ? ` ${showTerm(v.path, prefixes)}` : '';
  const value = v.value && !v.value.equals(v.focusNode) ? ` (value ${truncate(showTerm(v.value, prefixes), 80)})` : '';
  return `${v.severity.toLowerCase()}: ${showTerm(v.focusNode, prefixes)}${path}: ${v.message}${value}`;
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** JSON form of a violation: IRIs as strings, blank nodes as `_:id`, values in N-Triples syntax. */
export function violationJson(v: Violation): Record<string, string | null> {
  const node = (t: Term | undefined) => (t === undefined ? null : t.termType === 'NamedNode' ? t.value : termKey(t));
  return {
    focusNode: node(v.focusNode),
    path: node(v.path),
    message: v.message,
    severity: v.severity,
    shape: node(v.shape),
    value: v.value === undefined ? null : termKey(v.value),
  };
}
