/** A duplicate-free collector of default-graph triples. */
import { DataFactory, Literal as N3Literal, NamedNode as N3NamedNode } from 'n3';
import type { NamedNode, Quad, Quad_Object, Quad_Subject, Term } from '@rdfjs/types';
import { termKey } from './terms';

/**
 * A unique string per term, cheap for N3.js terms: their `id` is already one (N-Triples-like, language
 * lower-cased, `xsd:string` left out), kept as a field, so no key is escaped or built. IRIs and literals
 * only: a blank node's id could equal an IRI's (`_:b`), so it and other libraries' terms use `termKey`,
 * marked with a leading `\0` no id starts with.
 */
function bagKey(t: Term): string {
  return t instanceof N3NamedNode || t instanceof N3Literal ? t.id : `\0${termKey(t)}`;
}

/** Collects triples once each, so builders may add the same triple twice (shared sentences, citations). */
export class QuadBag {
  private readonly byKey = new Map<string, Quad>();

  /** Adds `s p o` unless it is already there. */
  add(subject: Quad_Subject, predicate: NamedNode, object: Quad_Object): void {
    const key = tripleKey(subject, predicate, object);
    if (!this.byKey.has(key)) this.byKey.set(key, DataFactory.quad(subject, predicate, object));
  }

  /** True when the triple was added before. */
  has(subject: Quad_Subject, predicate: NamedNode, object: Quad_Object): boolean {
    return this.byKey.has(tripleKey(subject, predicate, object));
  }

  /** The quads in insertion order. */
  quads(): Quad[] {
    return [...this.byKey.values()];
  }
}

/** Subject and predicate keys hold no space (IRIs, blank nodes), so the joined key is unique per triple. */
function tripleKey(subject: Quad_Subject, predicate: NamedNode, object: Quad_Object): string {
  return `${bagKey(subject)} ${bagKey(predicate)} ${bagKey(object)}`;
}
