import * as fs from 'fs';
import * as path from 'path';
import { isProseRule, languageGroup, proseRulesOfTurtle, readBuild, summariseYield } from '../../scripts/corpusYield';
import { tempDir, writeTree } from '../cli/helpers';

/** The prose-yield measure of `npm run quality` (scripts/corpusYield.ts, docs/QUALITY.md) on hand-made builds. */
describe('prose yield', () => {
  it('counts pattern rows and frames as prose, never article-level or infobox rules', () => {
    const prose = ['position/apposition', 'table/office-holder', 'event-dates/date-in-name', 'gloss/lang', 'figures/count', 'lists/term-holder'];
    const notProse = ['subject/bold-term', 'mentions/link', 'page/wiki-link', 'categories/category-link', 'citations/publisher', 'note-ta/rule', 'noteTA/rule', 'infobox/infobox-person/birth_place', 'infobox-mapping/infobox-country/capital'];
    expect(prose.filter((r) => !isProseRule(r))).toEqual([]);
    expect(notProse.filter(isProseRule)).toEqual([]);
  });

  it('groups zh, en, ja and de by themselves and every other wiki as other', () => {
    expect(['zh', 'en', 'ja', 'de', 'fr', 'zh-yue', 'wuu'].map(languageGroup)).toEqual(['zh', 'en', 'ja', 'de', 'other', 'other', 'other']);
  });

  const statement = (n: number, rule: string) =>
    `<https://w3id.org/wikikg/statement/x/${n}> a rdf:Statement; wkg:extractionRule ${JSON.stringify(rule)}.`;
  const turtle = (...rules: string[]) =>
    ['@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>.', '@prefix wkg: <https://w3id.org/wikikg/ontology#>.', ...rules.map((r, i) => statement(i, r))].join('\n');

  it("reads each statement's rule from Turtle, whatever the layout", () => {
    const text = `${turtle('mentions/link', 'figures/count')}\n<https://w3id.org/wikikg/statement/x/9> <https://w3id.org/wikikg/ontology#extractionRule> "gloss/lang" .`;
    expect(proseRulesOfTurtle(text)).toEqual(['figures/count', 'gloss/lang']);
  });

  it('reads a build through its manifest and reports per language, with the articles that have none', () => {
    const header = 'lang\ttitle\trevision\tsource_sha256\toutput\tgraph\ttriples\tsha256\tbuild';
    const row = (lang: string, title: string, output: string) => [lang, title, '', 'x', output, `https://w3id.org/wikikg/article/${lang}/${title}`, '1', 'y', 'wikikg'].join('\t');
    const out = writeTree(tempDir('wikikg-yield-'), {
      'manifest.tsv': [header, row('de', 'Ab', 'de/Ab.ttl'), row('fr', 'Cd', 'fr/Cd.ttl'), row('zh', '甲乙', 'zh/甲乙.ttl'), row('zh', '丙丁', 'zh/丙丁.ttl')].join('\n') + '\n',
      'de/Ab.ttl': turtle('page/wiki-link', 'infobox/x/y'),
      'fr/Cd.ttl': turtle('figures/count'),
      'zh/甲乙.ttl': turtle('position/apposition', 'position/apposition', 'mentions/link'),
      'zh/丙丁.ttl': turtle('subject/bold-term'),
    });
    const y = summariseYield(readBuild(out));
    expect(y.byLanguage.zh).toEqual({ articles: 2, proseFacts: 2, perArticle: 1, withoutProse: 1, shareWithoutProse: 0.5, byRule: { 'position/apposition': 2 } });
    expect([y.byLanguage.de.articles, y.byLanguage.de.withoutProse, y.byLanguage.en.articles, y.byLanguage.en.perArticle]).toEqual([1, 1, 0, 0]);
    expect(y.byLanguage.other.proseFacts).toBe(1);
    expect([y.byLanguage['zh+en+ja+de'].articles, y.byLanguage['zh+en+ja+de'].withoutProse]).toEqual([3, 2]);
    expect(y.byLanguage.all.byRule).toEqual({ 'position/apposition': 2, 'figures/count': 1 });
    expect(y.articles.map((a) => `${a.lang}/${a.title}:${a.prose}`)).toEqual(['de/Ab:0', 'fr/Cd:1', 'zh/甲乙:2', 'zh/丙丁:0']);
    expect(() => readBuild(path.join(out, 'de'))).toThrow(/manifest\.tsv/);
    fs.rmSync(out, { recursive: true, force: true });
  });
});
