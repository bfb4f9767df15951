import { articleGraphs } from '../../src/store/articleGraphs';
import { parseRdf } from '../../src/export/serialize';

const PREFIXES = '@prefix wkg: <https://w3id.org/wikikg/ontology#> . @prefix schema: <https://schema.org/> . @prefix ex: <http://example.org/> .\n';
const A = 'https://w3id.org/wikikg/article/en/Seoul';

function graphsOf(text: string, format: 'ttl' | 'nq' = 'ttl') {
  return articleGraphs(parseRdf(text, format)).map((g) => ({ iri: g.iri, triples: g.triples.length, graphs: new Set(g.triples.map((t) => t.graph.termType)) }));
}

describe('articleGraphs', () => {
  it('names a triple file after its one article', () => {
    expect(graphsOf(`${PREFIXES}<${A}> a schema:Article, wkg:Article . ex:seoul ex:name "Seoul" ; ex:name "Seoul" .`)).toEqual([
      { iri: A, triples: 3, graphs: new Set(['DefaultGraph']) },
    ]);
  });

  it('keeps the graphs a quad file names, as triples', () => {
    const nq = `<urn:s> <urn:p> "1" <${A}> .\n<urn:s> <urn:p> "2" <${A}> .\n<urn:s> <urn:p> "3" <${A}2> .\n`;
    expect(graphsOf(nq, 'nq')).toEqual([
      { iri: A, triples: 2, graphs: new Set(['DefaultGraph']) },
      { iri: `${A}2`, triples: 1, graphs: new Set(['DefaultGraph']) },
    ]);
  });

  it('refuses a triple file without an article', () => {
    expect(() => graphsOf(`${PREFIXES}ex:seoul ex:name "Seoul" .`)).toThrow('expected one article (a subject typed wkg:Article) to name the graph, found none');
  });

  it('refuses a triple file with two articles', () => {
    expect(() => graphsOf(`${PREFIXES}<${A}> a wkg:Article . <${A}2> a wkg:Article .`)).toThrow(`found 2: ${A}, ${A}2`);
  });
});
