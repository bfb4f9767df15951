/** A duplicate-free collector of default-graph triples. */
import { DataFactory } from 'n3';
import type { NamedNode, Quad, Quad_Object, Quad_Subject } from '@rdfjs/types';
import { quadKey } from './terms';

/** Collects triples once each, so builders may add the same triple twice (shared sentences, citations). */
export class QuadBag {
  private readonly byKey = new Map<string, Quad>();

  /** Adds `s p o` unless it is already there. */
  add(subject: Quad_Subject, predicate: NamedNode, object: Quad_Object): void {
    const q = DataFactory.quad(subject, predicate, object);
    const key = quadKey(q);
    if (!this.byKey.has(key)) this.byKey.set(key, q);
  }

  /** True when the triple was added before. */
  has(subject: Quad_Subject, predicate: NamedNode, object: Quad_Object): boolean {
    return this.byKey.has(quadKey(DataFactory.quad(subject, predicate, object)));
  }

  /** The quads in insertion order. */
  quads(): Quad[] {
    return [...this.byKey.values()];
  }
}
