import { readFileSync } from 'fs';
import { join } from 'path';
import type { ParsedArticle, Span } from '../../src/parse/model';
import { codePointSlice } from '../../src/parse/offsets';
import { parseArticle } from '../../src/parse/parseArticle';
import { parseWikitext } from '../../src/parse/wikiparser';

const text = readFileSync(join(__dirname, '../../seeds/南北共同聯絡辦公室.wiki'), 'utf8');
const article: ParsedArticle = parseArticle({ title: '南北共同聯絡辦公室', lang: 'zh', text });
const slice = (span: Span) => codePointSlice(text, span.start, span.end);
const sentenceWith = (fragment: string) => article.sentences.find((s) => s.text.includes(fragment))!;

describe('the seed article', () => {
  it('prints back to the exact wikitext from the parse tree', () => {
    expect(parseWikitext(text, 'zh').roundTrips).toBe(true);
    expect(article.diagnostics.filter((d) => d.code === 'round-trip')).toEqual([]);
  });

  it('has six distinct references with eight uses', () => {
    expect(article.references.map((r) => r.id)).toEqual(['bbc', 'yonhapnews', 'ref-3', 'ref-4', 'ref-5', 'ref-6']);
    expect(article.references.flatMap((r) => r.uses)).toHaveLength(8);
  });

  it('uses the bbc reference in two different sentences', () => {
    const bbc = article.references.find((r) => r.id === 'bbc')!;
    expect(new Set(bbc.uses.map((u) => u.sentence)).size).toBe(2);
    expect(bbc.uses.every((u) => u.sentence >= 0)).toBe(true);
  });

  it('reads agency and archive fields from the cite news refs', () => {
    const news = article.references.filter((r) => r.template === 'cite news');
    expect(news).toHaveLength(2);
    for (const ref of news) {
      expect(ref.fields.agency).toBe('韓聯社');
      expect(ref.fields.archiveurl).toMatch(/^http:\/\/chinese\.yonhapnews/);
      expect(ref.fields.archivedate).toBe('2018-09-13');
      expect(ref.fields.df).toBeUndefined();
    }
  });

  it('strips the link from the CNA work field and keeps its target in fieldLinks', () => {
    const cna = article.references.find((r) => r.fields.url?.includes('cna.com.tw'))!;
    expect(cna.fields.work).toBe('中央社');
    expect(cna.fieldLinks.work).toBe('中央社');
    expect(cna.fields.author).toBe('姜遠珍');
  });

  it('has three categories with sort keys', () => {
    expect(article.categories.map((c) => c.name)).toEqual(['朝鮮半島南北關係', '2018年朝鮮', '2018年韓國建立']);
    expect(article.categories[0].sortKey).toBe('Category:朝鮮半島南北關係');
  });

  it('has four noteTA variant rules', () => {
    expect(article.variantRules.map((r) => r.key)).toEqual(['1', '2', '3', '4']);
    expect(article.variantRules[1].variants).toEqual({ 'zh-hans': '朝鲜', 'zh-hk': '北韓', 'zh-tw': '北韓' });
  });

  it('has one Korean name in the first sentence', () => {
    expect(article.koreanNames).toEqual([
      expect.objectContaining({ hangul: '남북공동연락사무소 사무처', hanja: '南北共同連絡事務所 事務處', sentence: 0 }),
    ]);
  });

  it('starts the first sentence with the title and ends it at the first full stop', () => {
    const first = article.sentences[0];
    expect(first.text.startsWith('南北共同聯絡辦公室（')).toBe(true);
    expect(first.text.endsWith('內。')).toBe(true);
  });

  it('keeps the sentence with a quoted term whole', () => {
    const sentence = sentenceWith('常設聯絡辦事處');
    expect(sentence.text).toBe('其中，兩國會在開城設立「常設聯絡辦事處」。');
    expect(sentence.mentions).toEqual([expect.objectContaining({ kind: 'quoted', text: '常設聯絡辦事處' })]);
  });

  it('reads the last paragraph as one sentence with three reference uses', () => {
    const sentence = sentenceWith('，但是到了3月25日');
    expect(sentence.text.startsWith('然而，2019年3月22日')).toBe(true);
    expect(sentence.text.endsWith('辦公。')).toBe(true);
    expect(sentence.references).toHaveLength(3);
    expect(article.sentences.filter((s) => s.paragraph === sentence.paragraph)).toHaveLength(1);
  });

  it('places the first bbc ref just before the full stop of its sentence', () => {
    const sentence = sentenceWith('板門店宣言');
    expect(sentence.references.map((u) => u.referenceId)).toEqual(['bbc']);
    expect(sentence.references[0].plainOffset).toBe(sentence.text.length - 1);
    expect(slice(sentence).endsWith('</ref>。')).toBe(true);
  });

  it('marks the bold title in the lead', () => {
    expect(article.boldTerms.map((b) => b.text)).toEqual(['南北共同聯絡辦公室']);
  });

  it('finds the lead and one headed section', () => {
    expect(article.sections.map((s) => [s.level, s.heading])).toEqual([[0, ''], [2, '資料來源']]);
    expect(article.paragraphs).toHaveLength(3);
  });

  it('records links in refs as inReference and outside any sentence', () => {
    const inRefs = article.links.filter((l) => l.inReference);
    expect(inRefs.map((l) => l.target)).toEqual(['中央社', '韓國聯合通訊社', '韓國聯合通訊社']);
    expect(inRefs.every((l) => l.sentence === -1)).toBe(true);
    expect(article.links.filter((l) => !l.inReference).every((l) => l.sentence >= 0)).toBe(true);
  });
});

describe('the seed article loses nothing', () => {
  it('maps every plain character from text or link text to the same source character', () => {
    for (const sentence of article.sentences) {
      expect(sentence.plainToSource).toHaveLength(sentence.text.length + 1);
      const kor = article.koreanNames.find((k) => k.sentence === sentence.index);
      for (let i = 0; i < sentence.text.length; i++) {
        const at = sentence.plainToSource[i];
        if (kor && at >= kor.start && at < kor.end && sentence.text[i] === '，') continue; // the kor separator
        expect(codePointSlice(text, at, at + 1)).toBe(sentence.text[i]);
      }
    }
  });

  it('slices each section, paragraph and sentence to its text', () => {
    expect(slice(article.sections[1]).startsWith('== 資料來源 ==')).toBe(true);
    expect(slice(article.sections[0]).startsWith('{{noteTA')).toBe(true);
    for (const paragraph of article.paragraphs) expect(slice(paragraph)).toMatch(/^'''|^聯絡|^然而/);
    for (const sentence of article.sentences) {
      const source = slice(sentence).replace(/^('''|\[\[[^|\]]*\|)/, '');
      expect(source.startsWith(sentence.text[0])).toBe(true);
      expect(slice(sentence)).toContain(sentence.text.slice(-1));
    }
  });

  it('slices each mention to its markup', () => {
    for (const mention of article.sentences.flatMap((s) => s.mentions)) {
      const source = slice(mention);
      if (mention.kind === 'link') expect(source).toMatch(/^\[\[[\s\S]*\]\]$/);
      if (mention.kind === 'bold') expect(source).toBe(`'''${mention.text}'''`);
      if (mention.kind === 'quoted') expect(source).toBe(`「${mention.text}」`);
      if (mention.kind === 'title-quoted') expect(source).toMatch(/^《[\s\S]*》$/);
      expect(source).toContain(mention.kind === 'title-quoted' ? '板門店宣言' : mention.text);
    }
  });

  it('slices each link, template, argument, category, rule and Korean name to its markup', () => {
    for (const link of article.links) expect(slice(link)).toMatch(new RegExp(`^\\[\\[${link.target}[|\\]][\\s\\S]*\\]\\]$`));
    for (const template of article.templates) {
      expect(slice(template)).toMatch(new RegExp(`^\\{\\{\\s*${template.name}[\\s\\S]*\\}\\}$`));
      for (const arg of template.args) expect(slice(arg)).toContain(arg.value);
    }
    for (const category of article.categories) expect(slice(category)).toBe(`[[Category:${category.name}|${category.sortKey}]]`);
    for (const rule of article.variantRules) expect(slice(rule)).toMatch(new RegExp(`^${rule.key} = zh-hans:`));
    for (const name of article.koreanNames) expect(slice(name)).toBe(`{{kor|${name.hangul}|${name.hanja}}}`);
    for (const bold of article.boldTerms) expect(slice(bold)).toBe(`'''${bold.text}'''`);
  });

  it('slices each reference and each use to a <ref> element', () => {
    for (const reference of article.references) {
      expect(slice(reference)).toMatch(/^<ref[\s\S]*<\/ref>$/);
      for (const use of reference.uses) {
        expect(slice(use)).toMatch(/^<ref/);
        expect(use.start).toBeGreaterThanOrEqual(article.sentences[use.sentence].start);
        expect(use.end).toBeLessThanOrEqual(article.sentences[use.sentence].end);
      }
    }
  });
});
