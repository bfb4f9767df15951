import { DataFactory } from 'n3';
import type { Quad, Quad_Object, Quad_Subject } from '@rdfjs/types';
import { QuadBag } from '../../src/graph/quadBag';
import { canonicalQuads, compareQuads } from '../../src/graph/terms';
import { rdf, xsd } from '../../src/graph/vocab';

const { namedNode, blankNode, literal } = DataFactory;
const EX = 'http://example.org/';

/** Triples that stress the canonical order: IRIs that start one another, every kind of object, rdf:type. */
function awkwardTriples(): [Quad_Subject, string, Quad_Object][] {
  const iris = ['a', 'a#1', 'a-', 'a/', 'a/b', 'ab', 'A', 'é'].map((local) => namedNode(`${EX}${local}`));
  const triples: [Quad_Subject, string, Quad_Object][] = [];
  for (const [i, s] of iris.entries()) {
    triples.push([s, `${EX}p`, iris[(i + 3) % iris.length]]);
    triples.push([s, rdf.type.value, namedNode(`${EX}T${i % 3}`)]);
    triples.push([s, `${EX}p-`, literal(`x${i}`)]);
  }
  for (const text of ['a b', 'a\nb', 'a"b', 'a\\b', 'a', '']) triples.push([iris[0], `${EX}p`, literal(text)]);
  triples.push([iris[0], `${EX}p`, literal('a', 'en')], [iris[0], `${EX}p`, literal('a', xsd.nonNegativeInteger)]);
  triples.push([blankNode('b1'), `${EX}p`, iris[1]], [iris[1], `${EX}p`, blankNode('b0')], [iris[1], rdf.type.value, namedNode(`${EX}T0`)]);
  return triples;
}

function bagOf(triples: [Quad_Subject, string, Quad_Object][]): QuadBag {
  const bag = new QuadBag();
  for (const [s, p, o] of triples) bag.add(s, namedNode(p), o);
  return bag;
}

describe('QuadBag', () => {
  it('keeps each triple once', () => {
    const triples = awkwardTriples();
    const bag = bagOf([...triples, ...triples.slice(0, 5)]);
    expect(bag.size).toBe(triples.length);
    expect(bag.canonicalQuads()).toHaveLength(triples.length);
    expect(bag.has(triples[3][0], namedNode(triples[3][1]), triples[3][2])).toBe(true);
    expect(bag.has(triples[3][0], namedNode(`${EX}other`), triples[3][2])).toBe(false);
  });

  it('gives its quads in exactly the order canonicalQuads gives (the order of compareQuads)', () => {
    const bag = bagOf(awkwardTriples());
    const fromBag = bag.canonicalQuads();
    expect(fromBag).toEqual([...fromBag].reverse().sort(compareQuads));
    expect(fromBag).toEqual(canonicalQuads([...fromBag].reverse()));
  });

  it('marks that list so serialising it does not sort again, and freezes it so the mark stays true', () => {
    const fromBag = bagOf(awkwardTriples()).canonicalQuads();
    expect(Object.isFrozen(fromBag)).toBe(true);
    expect(canonicalQuads(fromBag)).toBe(fromBag);
    const copy: Quad[] = [...fromBag].reverse();
    expect(canonicalQuads(copy)).not.toBe(copy);
    expect(canonicalQuads(copy)).toEqual(fromBag);
  });
});
