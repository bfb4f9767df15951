import { DataFactory } from 'n3';
import type { Literal, NamedNode, Quad, Term } from '@rdfjs/types';
import { canonicalQuads, compareQuads } from '../../src/graph/terms';
import { rdf, xsd } from '../../src/graph/vocab';

const { namedNode, blankNode, literal, quad, defaultGraph } = DataFactory;

/** A mixed bag: IRIs, blank nodes, literals of every kind, rdf:type, a named graph, a duplicate. */
function mixedQuads(): Quad[] {
  const [a, b] = [namedNode('http://example.org/a'), namedNode('http://example.org/b')];
  const [p, q] = [namedNode('http://example.org/p'), namedNode('http://example.org/q')];
  const g = namedNode('http://example.org/g');
  return [
    quad(b, p, literal('z')),
    quad(a, q, literal('1', xsd.nonNegativeInteger)),
    quad(a, rdf.type, namedNode('http://example.org/T')),
    quad(blankNode('x'), p, a),
    quad(a, p, literal('x', 'en')),
    quad(a, p, literal('x "quoted"\nline')),
    quad(a, p, blankNode('y')),
    quad(a, p, b, g),
    quad(a, q, literal('1', xsd.nonNegativeInteger)),
    quad(b, rdf.type, namedNode('http://example.org/A'), defaultGraph()),
    quad(a, p, namedNode('http://example.org/c')),
  ];
}

/** The reference: de-duplicate by value, then sort with the public comparator. */
function reference(quads: Quad[]): Quad[] {
  const unique = quads.filter((x, i) => quads.findIndex((y) => y.equals(x)) === i);
  return unique.sort(compareQuads);
}

/** A deterministic shuffle (a fixed linear congruential sequence). */
function shuffled<T>(items: T[], seed: number): T[] {
  const out = [...items];
  let state = seed;
  for (let i = out.length - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

describe('canonicalQuads', () => {
  it('drops duplicate quads', () => {
    expect(canonicalQuads(mixedQuads())).toHaveLength(mixedQuads().length - 1);
  });

  it('orders quads exactly as compareQuads does', () => {
    expect(canonicalQuads(mixedQuads())).toEqual(reference(mixedQuads()));
  });

  it('gives the same order whatever the input order', () => {
    const expected = canonicalQuads(mixedQuads());
    for (const seed of [1, 2, 3, 4, 5]) expect(canonicalQuads(shuffled(mixedQuads(), seed))).toEqual(expected);
  });

  it('puts rdf:type first among a subject’s triples, and the default graph after named graphs', () => {
    const sorted = canonicalQuads(mixedQuads());
    expect(sorted[0].graph.value).toBe('http://example.org/g');
    expect(sorted[1].predicate.equals(rdf.type)).toBe(true);
    expect(sorted[1].subject.value).toBe('http://example.org/a');
  });

  it('orders IRIs that start one another as their <IRI> keys do, and literals by their escaped form', () => {
    const iris = ['a', 'a#1', 'a-', 'a/', 'a>', 'ab', 'A'].map((local) => namedNode(`http://example.org/${local}`));
    const p = namedNode('http://example.org/p');
    const literals = ['a b', 'a\nb', 'a"b', 'a\\b', 'a'].map((text) => literal(text));
    const quads = [...iris.map((iri) => quad(iri, p, iri)), ...literals.map((l) => quad(iris[0], p, l))];
    for (const seed of [1, 2, 3]) expect(canonicalQuads(shuffled(quads, seed))).toEqual(reference(quads));
  });

  it('treats another library’s term like the N3.js term of the same value', () => {
    const foreign = (termType: 'NamedNode' | 'Literal', value: string, language = '') => ({
      termType,
      value,
      language,
      datatype: namedNode(language ? rdf.langString.value : xsd.string.value),
      equals: (other: Term | null) => !!other && other.termType === termType && other.value === value,
    });
    const [a, p] = [namedNode('http://example.org/a'), namedNode('http://example.org/p')];
    const quads = [quad(a, p, literal('x', 'en')), quad(foreign('NamedNode', a.value) as NamedNode, p, foreign('Literal', 'x', 'EN') as Literal)];
    expect(canonicalQuads(quads)).toEqual([quads[1]]);
  });
});
