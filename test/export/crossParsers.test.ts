import type { Quad } from '@rdfjs/types';
import { factsToQuads } from '../../src/graph/toQuads';
import { isomorphic } from '../../src/graph/isomorphism';
import { parseRdf, RDF_FORMATS, serialize } from '../../src/export/serialize';
import { parseWithRdflib } from '../../src/export/rdflib';
import { parseWithOxigraph } from '../../src/store/oxigraph';
import { article, fact, liaisonOffice, reference, sentence } from '../graph/fixtures';
import { expectSameGraph } from '../graph/helpers';

const HOSTILE = 'A/B #?%<>"{}|\\^` 😀 e\u0301 \u200B';

/** An article whose title, names and citation fields try to break IRIs and every syntax. */
function hostileGraph(): readonly Quad[] {
  const text = `${HOSTILE} 由 "引號" 與 \\反斜線 設立。\n<ref>{{cite web|url=http://e.org/a b|archive-url=javascript:x|language=klingon}}</ref>`;
  const s = `${HOSTILE} 由 "引號" 與 \\反斜線 設立。`;
  const a = article(HOSTILE, text, {
    sentences: [sentence(0, text, s, s, ['ref-1'])],
    references: [reference('ref-1', { url: 'http://e.org/a b', archiveurl: 'javascript:x', language: 'klingon', title: 'x\ny' })],
  });
  const facts = [
    fact.entity(`page:${HOSTILE}`, ['Organization'], { sentence: 0, start: 0, end: 5 }),
    fact.relation(`name:${HOSTILE}#kind:${HOSTILE}`, 'foundedBy', { entity: `name:${HOSTILE}` }, [], { sentence: 0, start: 3, end: 9 }),
    fact.label(`page:${HOSTILE}`, HOSTILE, 'zh-Hant'),
  ];
  return factsToQuads(a, facts);
}

function article3(): readonly Quad[] {
  const { article: a, facts } = liaisonOffice();
  return factsToQuads(a, facts);
}

describe('the Turtle we emit', () => {
  test.each([['the liaison-office article', article3], ['a hostile article', hostileGraph]])(
    'reads as the same graph in n3, rdflib and oxigraph for %s',
    async (_, build) => {
      const ttl = await serialize(build(), 'ttl');
      const n3 = parseRdf(ttl, 'ttl');
      expectSameGraph(n3, build());
      expect(isomorphic(parseWithRdflib(ttl, 'text/turtle', 'https://example.invalid/'), n3)).toBe(true);
      expect(isomorphic(parseWithOxigraph(ttl, 'text/turtle'), n3)).toBe(true);
    },
  );

  test.each(RDF_FORMATS)('a hostile article round-trips through %s', async (format) => {
    expectSameGraph(parseRdf(await serialize(hostileGraph(), format), format), hostileGraph());
  });
});
