import { splitSentences } from '../../src/parse/sentences';
import { parse, sentencesOf, sourceOf } from './helpers';

const split = (text: string, lang = 'zh') => splitSentences(text, lang).map((r) => text.slice(r.start, r.end));

describe('sentences', () => {
  it('ends Chinese sentences at 。！？ without needing a space', () => {
    expect(split('甲。乙！丙？丁')).toEqual(['甲。', '乙！', '丙？', '丁']);
  });

  it('keeps a closing quote after the final mark with its sentence', () => {
    expect(split('他說「好。」然後走了。')).toEqual(['他說「好。」', '然後走了。']);
  });

  it('does not split inside brackets or quotes', () => {
    expect(split('甲（乙。丙）丁。戊《己。》庚。')).toEqual(['甲（乙。丙）丁。', '戊《己。》庚。']);
  });

  it('ignores a bracket that never closes', () => {
    expect(split('甲（乙。丙。')).toEqual(['甲（乙。', '丙。']);
  });

  it('needs whitespace after a full stop in English', () => {
    expect(split('It is 3.5 m. Then more.', 'en')).toEqual(['It is 3.5 m.', 'Then more.']);
  });

  it('does not split English before a lower-case word', () => {
    expect(split('See e.g. this one. Next.', 'en')).toEqual(['See e.g. this one.', 'Next.']);
  });

  it('keeps a ref right after the final mark with its sentence', () => {
    const article = parse('甲。<ref>來源</ref>乙。');
    expect(article.sentences.map((s) => s.text)).toEqual(['甲。', '乙。']);
    expect(article.sentences[0].references).toHaveLength(1);
    expect(article.sentences[0].references[0].plainOffset).toBe(2);
    expect(sourceOf(article, article.sentences[0])).toBe('甲。<ref>來源</ref>');
  });

  it('keeps paragraphs apart at blank lines', () => {
    const article = parse('甲乙\n\n丙丁');
    expect(article.paragraphs).toHaveLength(2);
    expect(article.sentences.map((s) => [s.text, s.paragraph])).toEqual([['甲乙', 0], ['丙丁', 1]]);
  });

  it('does not read headings, categories, block templates, tables or file links as prose', () => {
    const text = '{{noteTA|1=zh-hans:甲;zh-hant:乙;}}\n甲。\n\n== 標題 ==\n{{Reflist}}\n{|\n|格\n|}\n[[File:A.jpg|thumb|說明]]\n\n[[Category:類]]';
    expect(sentencesOf(text)).toEqual(['甲。']);
  });

  it('counts section indices from the lead as 0', () => {
    const article = parse('導言。\n== 一 ==\n內容。\n=== 一之一 ===\n更多。');
    expect(article.sections.map((s) => [s.index, s.level, s.heading])).toEqual([[0, 0, ''], [1, 2, '一'], [2, 3, '一之一']]);
    expect(article.sentences.map((s) => s.section)).toEqual([0, 1, 2]);
  });

  it('starts a sentence span at the markup that opens its first character', () => {
    const article = parse("甲。'''乙'''是[[丙|丁]]。");
    expect(sourceOf(article, article.sentences[1])).toBe("'''乙'''是[[丙|丁]]。");
  });
});
