import { existsSync, readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { codePointSlice } from '../../src/parse/offsets';
import { parseArticle } from '../../src/parse/parseArticle';

const corpus = join(__dirname, '../../../shared/corpus/articles');
const pick = (lang: string, count: number): string[] => {
  const folder = join(corpus, lang);
  return existsSync(folder) ? readdirSync(folder).filter((f) => f.endsWith('.wiki')).sort().slice(0, count) : [];
};
const cases = [
  ...pick('zh', Infinity).map((file) => ['zh', file]),
  ...pick('en', 6).map((file) => ['en', file]),
  ...pick('ja', 6).map((file) => ['ja', file]),
];

if (cases.length === 0) {
  // The shared corpus lives outside the repository; without it there is nothing to check here.
  it.skip(`parses the shared corpus (not found at ${corpus})`, () => undefined);
}

describe.each(cases)('the %s corpus article %s', (lang, file) => {
  const text = readFileSync(join(corpus, lang, file), 'utf8');
  const article = parseArticle({ title: file.replace(/\.wiki$/, ''), lang, text, origin: file });

  it('parses without a parse failure or round-trip error', () => {
    expect(article.diagnostics.filter((d) => d.code === 'round-trip')).toEqual([]);
    expect(article.sentences.length).toBeGreaterThan(0);
  });

  it('maps each sentence character from text back to the same source character', () => {
    for (const sentence of article.sentences) {
      expect(sentence.plainToSource).toHaveLength(sentence.text.length + 1);
      expect(sentence.start).toBeLessThanOrEqual(sentence.plainToSource[0]);
      expect(sentence.end).toBeGreaterThanOrEqual(sentence.plainToSource[sentence.text.length]);
      const first = sentence.plainToSource[0];
      expect(codePointSlice(text, first, first + 1)).toBe(String.fromCodePoint(sentence.text.codePointAt(0)!));
    }
  });

  it('slices links and references to their markup', () => {
    for (const link of article.links) expect(codePointSlice(text, link.start, link.end)).toMatch(/^\[\[[\s\S]*\]\]$/);
    for (const reference of article.references) {
      for (const use of reference.uses) expect(codePointSlice(text, use.start, use.end)).toMatch(/^<ref/i);
    }
  });
});
