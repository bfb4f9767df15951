/**
 * Small helpers over RDF/JS terms shared by graph building, export and tests: literal constructors with
 * our datatypes, an N-Triples-like key per term, and the canonical order of quads.
 */
import { DataFactory } from 'n3';
import type { BaseQuad, Literal, Quad, Term } from '@rdfjs/types';
import type { LiteralValue } from '../extract/fact';
import { DATATYPE, rdf, xsd } from './vocab';
import { tagOfWiki } from './languages';

/** A literal for a fact value; a `langString` without a tag falls back to the article language. */
export function factLiteral(value: LiteralValue, fallbackLang: string): Literal {
  switch (value.datatype) {
    case 'langString':
      return DataFactory.literal(value.literal, tagOfWiki(value.lang || fallbackLang));
    case 'string':
      return DataFactory.literal(value.literal);
    default:
      return DataFactory.literal(value.literal, DATATYPE[value.datatype]);
  }
}

/** An `xsd:nonNegativeInteger` literal (NIF offsets). */
export function offsetLiteral(n: number): Literal {
  return DataFactory.literal(String(n), xsd.nonNegativeInteger);
}

const TERM_RANK: Record<string, number> = { NamedNode: 0, BlankNode: 1, Literal: 2, Quad: 3, DefaultGraph: 4, Variable: 5 };

function escape(s: string): string {
  return s.replace(/[\\"\n\r]/g, (c) => ({ '\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r' })[c] as string);
}

/** A unique string per term (N-Triples syntax; language tags lower-cased as RDF compares them). */
export function termKey(t: Term): string {
  switch (t.termType) {
    case 'NamedNode':
      return `<${t.value}>`;
    case 'BlankNode':
      return `_:${t.value}`;
    case 'Literal':
      if (t.language) return `"${escape(t.value)}"@${t.language.toLowerCase()}`;
      return t.datatype.value === xsd.string.value ? `"${escape(t.value)}"` : `"${escape(t.value)}"^^<${t.datatype.value}>`;
    case 'DefaultGraph':
      return '';
    case 'Quad':
      return `<<${quadKey(t)}>>`;
    default:
      return `?${t.value}`;
  }
}

/** A unique string per quad. */
export function quadKey(q: BaseQuad): string {
  return `${termKey(q.subject)} ${termKey(q.predicate)} ${termKey(q.object)} ${termKey(q.graph)}`;
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Canonical term order: IRIs, then blank nodes, then literals; within a kind by N-Triples key. */
export function compareTerms(a: Term, b: Term): number {
  const rank = TERM_RANK[a.termType] - TERM_RANK[b.termType];
  return rank !== 0 ? rank : compareStrings(termKey(a), termKey(b));
}

/** Canonical quad order: graph, subject, predicate (`rdf:type` first, for readable Turtle), object. */
export function compareQuads(a: Quad, b: Quad): number {
  return (
    compareTerms(a.graph, b.graph) ||
    compareTerms(a.subject, b.subject) ||
    comparePredicates(a.predicate, b.predicate) ||
    compareTerms(a.object, b.object)
  );
}

function comparePredicates(a: Term, b: Term): number {
  const aType = a.value === rdf.type.value ? 0 : 1;
  const bType = b.value === rdf.type.value ? 0 : 1;
  return aType - bType || compareTerms(a, b);
}

/** A quad with its four sort keys: the term's rank as one digit, then its N-Triples key. */
interface RankedQuad {
  quad: Quad;
  graph: string;
  subject: string;
  predicate: string;
  object: string;
}

/**
 * Sorted, duplicate-free copy of a list of quads, in the order of `compareQuads`. Each term's key is
 * built once per quad rather than twice per comparison (sorting compares n·log n times; that made
 * `compareQuads` the pipeline's hottest function). A rank digit before a key orders as `compareTerms`
 * does: by rank first, then by key.
 */
export function canonicalQuads(quads: Iterable<Quad>): Quad[] {
  const unique = new Map<string, RankedQuad>();
  for (const q of quads) {
    const [g, s, p, o] = [termKey(q.graph), termKey(q.subject), termKey(q.predicate), termKey(q.object)];
    const typeFirst = q.predicate.value === rdf.type.value ? '0' : '1';
    unique.set(`${s} ${p} ${o} ${g}`, {
      quad: q,
      graph: TERM_RANK[q.graph.termType] + g,
      subject: TERM_RANK[q.subject.termType] + s,
      predicate: typeFirst + TERM_RANK[q.predicate.termType] + p,
      object: TERM_RANK[q.object.termType] + o,
    });
  }
  return [...unique.values()].sort(compareRanked).map((ranked) => ranked.quad);
}

function compareRanked(a: RankedQuad, b: RankedQuad): number {
  return (
    compareStrings(a.graph, b.graph) ||
    compareStrings(a.subject, b.subject) ||
    compareStrings(a.predicate, b.predicate) ||
    compareStrings(a.object, b.object)
  );
}
