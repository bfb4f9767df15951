import { createContext } from '../../../src/extract/context';
import { runRows } from '../../../src/extract/matcher/engine';
import { patternsFor } from '../../../src/extract/matcher/load';
import { parseArticle } from '../../../src/parse/parseArticle';

/**
 * Every row of `patterns/{lang}/*.tsv` carries an example (its fourth column, wikitext); the row alone
 * must make facts from it. A row whose example no longer fires has been broken by a change to a word
 * class, a resolver or the segmenter, and the test names it.
 */
describe.each(['zh', 'en'])('the %s pattern rows', (lang) => {
  const { rows } = patternsFor(lang);

  it('are there', () => {
    expect(rows.length).toBeGreaterThan(lang === 'zh' ? 30 : 3);
  });

  it.each(rows.map((row) => [row.rule, row]))('%s fires on its example', (_rule, row) => {
    const title = /'''(.+?)'''/.exec(row.example)?.[1] ?? '測試';
    const context = createContext(parseArticle({ title, lang, text: row.example }));
    expect(runRows(context, [row]).length).toBeGreaterThan(0);
  });
});
