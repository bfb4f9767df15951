/** Shared helpers for graph tests: parse Turtle, compare graphs, look up triples. */
import { Parser } from 'n3';
import type { Quad } from '@rdfjs/types';
import { difference, isomorphic } from '../../src/graph/isomorphism';
import { NS } from '../../src/graph/vocab';

const PREFIXES = Object.entries(NS).map(([p, iri]) => `@prefix ${p}: <${iri}> .`).join('\n');

/** Parses a Turtle snippet with our prefixes predeclared. */
export function turtle(text: string): Quad[] {
  return new Parser({ format: 'Turtle' }).parse(`${PREFIXES}\n${text}`);
}

/** Asserts that two graphs are isomorphic, showing the triples that differ when not. */
export function expectSameGraph(actual: readonly Quad[], expected: readonly Quad[]): void {
  if (isomorphic(actual, expected)) return;
  expect({ missing: difference(expected, actual), unexpected: difference(actual, expected) }).toEqual({ missing: [], unexpected: [] });
}

/** The objects of `subject predicate ?o` as N-Triples-like strings. */
export function objectsOf(quads: readonly Quad[], subject: string, predicate: string): string[] {
  return quads.filter((q) => q.subject.value === subject && q.predicate.value === predicate).map((q) => q.object.value);
}
