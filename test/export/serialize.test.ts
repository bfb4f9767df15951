import type { Quad } from '@rdfjs/types';
import { DataFactory } from 'n3';
import { factsToQuads } from '../../src/graph/toQuads';
import { formatFromExtension, parseRdf, RDF_FORMATS, serialize } from '../../src/export/serialize';
import { liaisonOffice } from '../graph/fixtures';
import { expectSameGraph } from '../graph/helpers';

const { namedNode, literal, blankNode, quad } = DataFactory;

function graph(): readonly Quad[] {
  const { article, facts } = liaisonOffice();
  return factsToQuads(article, facts);
}

/** Awkward terms every writer must survive: blank nodes, quotes, newlines, non-ASCII, typed literals. */
function awkward(): Quad[] {
  const s = namedNode('https://w3id.org/wikikg/resource/zh/A_(B)%25');
  const p = namedNode('https://w3id.org/wikikg/ontology#mentions');
  return [
    quad(s, p, blankNode('x')),
    quad(blankNode('x'), p, literal('line\nbreak "quoted" \\ tab\t')),
    quad(blankNode('x'), p, literal('朝鮮', 'zh-hant')),
    quad(blankNode('x'), p, literal('emoji 😀 and 𠀀, a backslash before U: \\U0001F600')),
    quad(s, p, literal('42', namedNode('http://www.w3.org/2001/XMLSchema#integer'))),
    quad(s, namedNode('http://www.wikidata.org/prop/direct/P31'), namedNode('http://www.wikidata.org/entity/Q6256')),
  ];
}

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    const j = seed % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

describe('serialize', () => {
  test.each(RDF_FORMATS)('%s output does not depend on quad or fact order', async (format) => {
    const { article, facts } = liaisonOffice();
    const expected = await serialize(graph(), format);
    expect(await serialize(factsToQuads(article, shuffled(facts, 7)), format)).toBe(expected);
    expect(await serialize(shuffled(graph(), 3), format)).toBe(expected);
  });

  test.each(RDF_FORMATS)('%s round-trips the article graph to an isomorphic graph', async (format) => {
    expectSameGraph(parseRdf(await serialize(graph(), format), format), graph());
  });

  test.each(RDF_FORMATS)('%s round-trips awkward terms and blank nodes', async (format) => {
    expectSameGraph(parseRdf(await serialize(awkward(), format), format), awkward());
  });

  test('Turtle uses the fixed prefix table', async () => {
    const ttl = await serialize(graph(), 'ttl');
    expect(ttl).toContain('@prefix wkg: <https://w3id.org/wikikg/ontology#>.');
    expect(ttl).toContain('a rdf:Statement, wkg:Statement;');
  });

  test('RDF/XML has no relative IRIs', async () => {
    expect(await serialize(graph(), 'rdfxml')).not.toMatch(/rdf:(about|resource)="(?!https?:)/);
  });
});

describe('formatFromExtension', () => {
  test.each([
    ['out.ttl', 'ttl'], ['a/b.trig', 'trig'], ['x.nt', 'nt'], ['x.nq', 'nq'], ['x.jsonld', 'jsonld'],
    ['x.rdf', 'rdfxml'], ['x.XML', 'rdfxml'], ['ontology/wikikg.owl', 'rdfxml'],
  ])('%s is %s', (path, format) => {
    expect(formatFromExtension(path)).toBe(format);
  });

  test.each(['x.txt', 'noext', 'dir.ttl/file'])('%s has no RDF format', (path) => {
    expect(formatFromExtension(path)).toBeUndefined();
  });
});
