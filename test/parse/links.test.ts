import { parse, sourceOf } from './helpers';

describe('links', () => {
  it('normalises targets: trim, underscores, fragment, leading colon, Latin first letter', () => {
    const article = parse('[[ foo_bar#x |a]]、[[:甲_乙]]、[[ébé]]、[[iPhone]]。');
    expect(article.links.map((l) => l.target)).toEqual(['Foo bar', '甲 乙', 'Ébé', 'IPhone']);
  });

  it('leaves out categories, files and interwiki links', () => {
    const article = parse('[[甲]]。[[Category:乙]][[File:a.png|說明[[丙]]]][[en:Foo]]');
    expect(article.links.map((l) => l.target)).toEqual(['甲', '丙']);
  });

  it('records the sentence of a link and whether it sits in a ref', () => {
    const article = parse('甲。乙[[丙]]<ref>[[丁]]</ref>。');
    expect(article.links.map((l) => [l.target, l.sentence, l.inReference])).toEqual([['丙', 1, false], ['丁', -1, true]]);
  });

  it('records link mentions with display text and plain range', () => {
    const article = parse('看[[甲|乙]]。');
    expect(article.sentences[0].mentions).toEqual([
      expect.objectContaining({ kind: 'link', text: '乙', target: '甲', plainStart: 1, plainEnd: 2 }),
    ]);
    expect(sourceOf(article, article.sentences[0].mentions[0])).toBe('[[甲|乙]]');
  });

  it('records 「」 terms as quoted and 《》 titles as title-quoted', () => {
    const mentions = parse('他讀了《書》，稱「好書」。').sentences[0].mentions;
    expect(mentions.map((m) => [m.kind, m.text])).toEqual([['title-quoted', '書'], ['quoted', '好書']]);
  });

  it('reads categories with localised namespaces and sort keys', () => {
    const article = parse('甲。\n[[Category:A_b|k]]\n[[分類:乙]]\n[[分类:丙]]');
    expect(article.categories.map((c) => [c.name, c.sortKey])).toEqual([['A b', 'k'], ['乙', undefined], ['丙', undefined]]);
    expect(sourceOf(article, article.categories[1])).toBe('[[分類:乙]]');
  });

  it('collects bold terms of the lead only', () => {
    const article = parse("'''甲'''是乙。\n== 節 ==\n'''丙'''。");
    expect(article.boldTerms.map((b) => b.text)).toEqual(['甲']);
  });
});
