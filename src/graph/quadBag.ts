/** A duplicate-free collector of default-graph triples. */
import { DataFactory, Literal as N3Literal, NamedNode as N3NamedNode } from 'n3';
import type { NamedNode, Quad, Quad_Object, Quad_Subject, Term } from '@rdfjs/types';
import { rdf } from './vocab';
import { compareStrings, markCanonical, termKey, termRank, termSortKey } from './terms';

/**
 * A unique string per term, cheap for N3.js terms: their `id` is already one (N-Triples-like, language
 * lower-cased, `xsd:string` left out), kept as a field, so no key is escaped or built. IRIs and literals
 * only: a blank node's id could equal an IRI's (`_:b`), so it and other libraries' terms use `termKey`,
 * marked with a leading `\0` no id starts with.
 */
function bagKey(t: Term): string {
  return t instanceof N3NamedNode || t instanceof N3Literal ? t.id : `\0${termKey(t)}`;
}

const RDF_TYPE = rdf.type.value;

/**
 * Collects triples once each, so builders may add the same triple twice (shared sentences, citations).
 *
 * The triples are kept by subject, then predicate, then object key: a lookup hashes the terms' own
 * key strings (V8 caches a string's hash), where one joined key per triple would build and hash a new
 * string each time, long when the object is a sentence's text.
 */
export class QuadBag {
  private readonly bySubject = new Map<string, Map<string, Map<string, Quad>>>();
  private count = 0;

  /** Adds `s p o` unless it is already there. */
  add(subject: Quad_Subject, predicate: NamedNode, object: Quad_Object): void {
    const sKey = bagKey(subject);
    let byPredicate = this.bySubject.get(sKey);
    if (!byPredicate) this.bySubject.set(sKey, (byPredicate = new Map()));
    const pKey = bagKey(predicate);
    let byObject = byPredicate.get(pKey);
    if (!byObject) byPredicate.set(pKey, (byObject = new Map()));
    const oKey = bagKey(object);
    if (byObject.has(oKey)) return;
    byObject.set(oKey, DataFactory.quad(subject, predicate, object));
    this.count += 1;
  }

  /** True when the triple was added before. */
  has(subject: Quad_Subject, predicate: NamedNode, object: Quad_Object): boolean {
    return this.bySubject.get(bagKey(subject))?.get(bagKey(predicate))?.has(bagKey(object)) ?? false;
  }

  /** How many distinct triples were added. */
  get size(): number {
    return this.count;
  }

  /**
   * The quads in canonical order (`compareQuads`), marked as such (`markCanonical`): the same list
   * `canonicalQuads` would make, found by sorting the bag's distinct subjects, each subject's
   * predicates and each predicate's objects (most have one), without keying every term of every quad.
   */
  canonicalQuads(): readonly Quad[] {
    const quads: Quad[] = [];
    const subjects = [...this.bySubject.values()].map((byPredicate) => {
      const first = firstQuad(byPredicate);
      return { term: first.subject, byPredicate };
    });
    for (const { byPredicate } of sortByTerm(subjects)) {
      const predicates = [...byPredicate.values()].map((byObject) => ({ term: firstValue(byObject).predicate, byObject }));
      for (const { byObject } of sortPredicates(predicates)) {
        if (byObject.size === 1) quads.push(firstValue(byObject));
        else for (const { quad } of sortByTerm([...byObject.values()].map((quad) => ({ term: quad.object, quad })))) quads.push(quad);
      }
    }
    return markCanonical(quads);
  }
}

function firstValue<T>(map: Map<string, T>): T {
  return map.values().next().value as T;
}

function firstQuad(byPredicate: Map<string, Map<string, Quad>>): Quad {
  return firstValue(firstValue(byPredicate));
}

/** Sorts items by their term in canonical term order (rank, then sort key). */
function sortByTerm<T extends { term: Term }>(items: T[]): T[] {
  const keyed = items.map((item) => ({ item, rank: termRank(item.term), key: termSortKey(item.term) }));
  keyed.sort((a, b) => a.rank - b.rank || compareStrings(a.key, b.key));
  return keyed.map(({ item }) => item);
}

/** Sorts predicates as `compareQuads` does: `rdf:type` first, then canonical term order. */
function sortPredicates<T extends { term: Term }>(items: T[]): T[] {
  const [types, others] = [items.filter((i) => i.term.value === RDF_TYPE), items.filter((i) => i.term.value !== RDF_TYPE)];
  return [...sortByTerm(types), ...sortByTerm(others)];
}
