import { join } from 'path';
import { readDumpArticles } from '../../src/source/dumpArticles';
import { CORPUS, corpusPresent, dumpFiles, problemsOf } from './corpus';

if (!corpusPresent) {
  it.skip(`builds the shared corpus's XML dumps (not found at ${CORPUS}; it lives next to the repository)`, () => undefined);
} else {
  describe('every article page of every dump of the shared corpus', () => {
    it('is in one of the 10 dumps', () => expect(dumpFiles()).toHaveLength(10));

    it.each(dumpFiles())('in %s builds into a sound graph, every 50th page read by all three parsers', async (name) => {
      const { articles } = await readDumpArticles(join(CORPUS, 'xml', name));
      expect(articles.length).toBeGreaterThan(0);
      expect(await problemsOf(articles, (_, i) => i % 50 === 0)).toEqual([]);
    });
  });
}
