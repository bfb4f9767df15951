import { existsSync, readdirSync, readFileSync, statSync } from 'fs';
import { basename, join } from 'path';
import { extractFacts } from '../../src/extract';
import { patternsFolder, patternsFor } from '../../src/extract/matcher/load';
import { parseArticle } from '../../src/parse/parseArticle';
import { CORPUS, corpusPresent, manifest } from './corpus';

/**
 * Generality is checked, not hoped for (issue 17): every pattern row and every rule id of the extract
 * stage must fire on at least two distinct articles of the shared corpus, the dev set and the real set
 * together. A rule that fires on one article only is fitted to that article's sentence.
 *
 * Exempt: the infobox rules (`infobox/…`, `infobox-mapping/…`), one per mapped field of the mapping
 * files, which are data a domain expert extends like a lexicon, not rules over sentences.
 */
const SHARED = join(CORPUS, '..');
const SETS = ['devset', 'realset'].map((set) => join(SHARED, set, 'articles'));
const present = corpusPresent && SETS.every((dir) => existsSync(dir));
const MIN_ARTICLES = 2;
const exempt = (rule: string) => /^infobox(?:-mapping)?\//.test(rule);

if (!present) {
  it.skip(`checks that every rule fires on two articles (the shared corpus, dev set and real set live next to the repository; not found at ${SHARED})`, () => undefined);
} else {
  describe('every rule of the extract stage', () => {
    const articles = new Map<string, Set<string>>();
    // Every language with a patterns folder; a pattern row is counted per language (`en:biography/born-in`),
    // since two languages may give rows the same file/id and each must generalise on its own articles.
    const LANGS = readdirSync(patternsFolder()).filter((name) => statSync(join(patternsFolder(), name)).isDirectory());
    const rowIds = new Map(LANGS.map((lang) => [lang, new Set(patternsFor(lang).rows.map((row) => row.rule))]));
    const keyOf = (lang: string, rule: string) => (rowIds.get(lang)?.has(rule) ? `${lang}:${rule}` : rule);
    beforeAll(() => {
      const sources = [
        ...manifest().map((entry) => ({ id: entry.file, title: entry.title, lang: entry.lang, file: join(CORPUS, entry.file) })),
        ...SETS.flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.wiki')).map((f) => ({ id: join(dir, f), title: basename(f, '.wiki'), lang: 'zh', file: join(dir, f) }))),
      ];
      for (const source of sources) {
        const facts = extractFacts(parseArticle({ title: source.title, lang: source.lang, text: readFileSync(source.file, 'utf8') }));
        for (const fact of facts) {
          if (exempt(fact.evidence.rule)) continue;
          const rule = keyOf(source.lang, fact.evidence.rule);
          if (!articles.has(rule)) articles.set(rule, new Set());
          articles.get(rule)!.add(source.id);
        }
      }
    }, 600_000);

    const count = (rule: string) => articles.get(rule)?.size ?? 0;

    it('fires on many rules at all (the check reads the articles)', () => {
      expect(articles.size).toBeGreaterThan(30);
    });

    it(`fires on ${MIN_ARTICLES} articles or more, every pattern row of every patterns/{lang} included`, () => {
      const rows = LANGS.flatMap((lang) => [...rowIds.get(lang)!].map((rule) => keyOf(lang, rule)));
      const lonely = [...new Set([...rows, ...articles.keys()])].filter((rule) => count(rule) < MIN_ARTICLES).map((rule) => `${rule}: ${count(rule)}`);
      expect(lonely).toEqual([]);
    });
  });
}
