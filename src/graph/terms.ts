/**
 * Small helpers over RDF/JS terms shared by graph building, export and tests: literal constructors with
 * our datatypes, an N-Triples-like key per term, and the canonical order of quads.
 */
import { DataFactory, Literal as N3Literal, NamedNode as N3NamedNode } from 'n3';
import type { BaseQuad, Literal, Quad, Term } from '@rdfjs/types';
import type { LiteralValue } from '../extract/fact';
import { DATATYPE, rdf, xsd } from './vocab';
import { tagOfWiki } from './languages';
import { boundedMemo } from '../util/boundedMemo';

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

/** An `xsd:nonNegativeInteger` literal (NIF offsets), made once per number (an article's spans share their ends). */
export const offsetLiteral: (n: number) => Literal = boundedMemo((n: number) => DataFactory.literal(String(n), xsd.nonNegativeInteger), 100_000);

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

/** Code-unit order of two strings (term keys and sort keys). */
export function compareStrings(a: string, b: string): number {
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

const RDF_TYPE = rdf.type.value;

/** One distinct term of the quads being sorted: its sort key and its place among them all. */
interface TermSlot {
  /**
   * Compared as plain strings within a rank. A named node's key is its IRI followed by `>`, which
   * orders IRIs as their `<IRI>` keys do (where one IRI starts another, `>` meets the longer one's next
   * character); any other term's key is its `termKey`.
   */
  key: string;
  ordinal: number;
}

/** A quad with the slots of its terms; `typeFirst` is 0 for `rdf:type`, which sorts first. */
interface SlottedQuad {
  quad: Quad;
  graph: TermSlot;
  subject: TermSlot;
  typeFirst: number;
  predicate: TermSlot;
  object: TermSlot;
}

/**
 * The distinct terms of a list of quads, each keyed once and sorted once, so that sorting the quads
 * compares numbers. N3.js terms are told apart by their `id` (unique, kept as a field), so a literal
 * is escaped into its `termKey` once, not once per quad; other libraries' terms by `termKey`.
 */
class TermOrder {
  private readonly slotsByKind: Map<string, TermSlot>[] = [];
  /** The slots of each rank (`TERM_RANK`), in order of first sight. */
  private readonly slotsByRank: TermSlot[][] = Object.values(TERM_RANK).map(() => []);

  /** The slot of a term, made on first sight. */
  slot(t: Term): TermSlot {
    const rank = TERM_RANK[t.termType];
    const n3 = t instanceof N3NamedNode || t instanceof N3Literal;
    const kind = n3 ? rank : rank + 10;
    const byKey = (this.slotsByKind[kind] ??= new Map<string, TermSlot>());
    const id = n3 ? (t as N3NamedNode | N3Literal).id : termKey(t);
    let slot = byKey.get(id);
    if (slot === undefined) {
      slot = { key: termSortKey(t), ordinal: 0 };
      byKey.set(id, slot);
      this.slotsByRank[rank].push(slot);
    }
    return slot;
  }

  /** Numbers the slots in `compareTerms` order, rank by rank; terms with equal keys get the same number. */
  number(): void {
    let ordinal = 0;
    for (const slots of this.slotsByRank) {
      slots.sort(compareKeys);
      slots.forEach((slot, i) => {
        if (i > 0 && slots[i - 1].key !== slot.key) ordinal += 1;
        slot.ordinal = ordinal;
      });
      ordinal += 1;
    }
  }
}

function compareKeys(x: TermSlot, y: TermSlot): number {
  return compareStrings(x.key, y.key);
}

const CANONICAL = Symbol('wikikg canonical order');

/**
 * Marks a list of quads that is known to be duplicate-free and in the order of `compareQuads`, so that
 * `canonicalQuads` returns it as it is. The list is frozen, so the mark cannot go stale.
 */
export function markCanonical(quads: Quad[]): readonly Quad[] {
  Object.defineProperty(quads, CANONICAL, { value: true });
  return Object.freeze(quads);
}

function isMarkedCanonical(quads: Iterable<Quad>): quads is readonly Quad[] {
  return Array.isArray(quads) && Object.isFrozen(quads) && (quads as unknown as Record<symbol, unknown>)[CANONICAL] === true;
}

/** The sort key of a term within its rank (see `TermSlot.key`). */
export function termSortKey(t: Term): string {
  return t.termType === 'NamedNode' ? `${t.value}>` : termKey(t);
}

/** The rank of a term's kind in the canonical order: IRIs, blank nodes, literals, quoted triples. */
export function termRank(t: Term): number {
  return TERM_RANK[t.termType];
}

/**
 * Sorted, duplicate-free copy of a list of quads, in the order of `compareQuads` (frozen and marked,
 * see `markCanonical`; a marked list is returned as it is). Strings are compared only between distinct
 * terms; the quads are then sorted by the terms' numbers. Duplicates (equal numbers) end up next to
 * each other, in input order as the sort is stable; the last one is kept.
 */
export function canonicalQuads(quads: Iterable<Quad>): readonly Quad[] {
  if (isMarkedCanonical(quads)) return quads;
  const order = new TermOrder();
  const slotted: SlottedQuad[] = [];
  for (const quad of quads) {
    slotted.push({
      quad,
      graph: order.slot(quad.graph),
      subject: order.slot(quad.subject),
      typeFirst: quad.predicate.value === RDF_TYPE ? 0 : 1,
      predicate: order.slot(quad.predicate),
      object: order.slot(quad.object),
    });
  }
  order.number();
  slotted.sort(compareSlotted);
  const unique: Quad[] = [];
  for (let i = 0; i < slotted.length; i++) {
    if (i + 1 < slotted.length && compareSlotted(slotted[i], slotted[i + 1]) === 0) continue;
    unique.push(slotted[i].quad);
  }
  return markCanonical(unique);
}

function compareSlotted(a: SlottedQuad, b: SlottedQuad): number {
  return (
    a.graph.ordinal - b.graph.ordinal ||
    a.subject.ordinal - b.subject.ordinal ||
    a.typeFirst - b.typeFirst ||
    a.predicate.ordinal - b.predicate.ordinal ||
    a.object.ordinal - b.object.ordinal
  );
}
