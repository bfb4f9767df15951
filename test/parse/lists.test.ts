import type { ParsedArticle } from '../../src/parse/model';
import { parse, sourceOf } from './helpers';
import { describeRealset, realArticle } from './realset';

/** Each paragraph as [its source, its list marker or undefined]. */
const paragraphsOf = (article: ParsedArticle): Array<[string, string | undefined]> =>
  article.paragraphs.map((p) => [sourceOf(article, p), p.list?.marker]);

describe('a list item', () => {
  it.each([
    ['* 甲', '*', 1],
    ['** 甲', '**', 2],
    ['# 甲', '#', 1],
    ['#: 甲', '#:', 2],
    ['*: 甲', '*:', 2],
    [': 甲', ':', 1],
    ['; 甲', ';', 1],
    ['***甲', '***', 3],
  ])('%s is a paragraph with marker %s at depth %d', (text, marker, depth) => {
    const article = parse(text);
    expect(article.paragraphs).toHaveLength(1);
    expect(article.paragraphs[0].list).toEqual({ marker, depth });
    expect(sourceOf(article, article.paragraphs[0])).toBe('甲');
  });

  it('is a paragraph of its own, each item with its marker', () => {
    const article = parse('家族：\n* 長子[[甲]]\n** 孫[[乙]]\n* 次子丙\n結語。');
    expect(paragraphsOf(article)).toEqual([
      ['家族：', undefined],
      ['長子[[甲]]', '*'],
      ['孫[[乙]]', '**'],
      ['次子丙', '*'],
      ['結語。', undefined],
    ]);
  });

  it('gives sentences without its marker, with their mentions', () => {
    const article = parse('* [[某某数学奖]]：1990年设立。');
    expect(article.sentences.map((s) => s.text)).toEqual(['某某数学奖：1990年设立。']);
    expect(article.sentences[0].mentions.map((m) => m.target)).toEqual(['某某数学奖']);
    expect(article.sentences[0].paragraph).toBe(0);
  });

  it('is no paragraph when it shows nothing (only a template or a comment)', () => {
    expect(parse('* {{Wayback|url=x}}\n* <!-- 無 -->').paragraphs).toEqual([]);
  });
});

describe('a definition list', () => {
  it('makes the `;` term and each `:` definition a paragraph of its own', () => {
    expect(paragraphsOf(parse(';1950年\n:回國。\n:任教。'))).toEqual([
      ['1950年', ';'],
      ['回國。', ':'],
      ['任教。', ':'],
    ]);
  });

  it('makes the `;` term and the `*` items after it paragraphs of their own', () => {
    expect(paragraphsOf(parse('; 子女\n* 甲\n* 乙'))).toEqual([
      ['子女', ';'],
      ['甲', '*'],
      ['乙', '*'],
    ]);
  });

  it('keeps a term and its definition on one line as one paragraph, marked as a term', () => {
    expect(parse(';甲:乙').paragraphs.map((p) => p.list)).toEqual([{ marker: ';', depth: 1 }]);
  });
});

describe('prose', () => {
  it('has no list marker, not even an undefined one', () => {
    const article = parse('第一段。\n\n第二段。');
    expect(article.paragraphs).toHaveLength(2);
    for (const paragraph of article.paragraphs) expect('list' in paragraph).toBe(false);
  });
});

describeRealset('the lists of the real set', () => {
  /** The list item paragraphs of a section, by its heading. */
  const itemsUnder = (title: string, heading: string) => {
    const article = realArticle(title);
    const section = article.sections.find((s) => s.heading === heading)!;
    return article.paragraphs.filter((p) => p.section === section.index && p.list);
  };
  /** The link targets in the sentences of a paragraph. */
  const linksOf = (title: string, paragraph: number): string[] =>
    realArticle(title).sentences.filter((s) => s.paragraph === paragraph).flatMap((s) => s.mentions.filter((m) => m.kind === 'link').map((m) => m.target!));

  it('reads the family of 鄭周永: the spouse at depth 1, the nine children (eight sons, a daughter) at depth 2', () => {
    const items = itemsUnder('鄭周永', '配偶及子女');
    expect(items.map((p) => p.list!.marker)).toEqual(['*', ...Array(9).fill('**')]);
    expect(linksOf('鄭周永', items[2].index)).toContain('鄭夢九');
    expect(itemsUnder('鄭周永', '兄弟姐妹').map((p) => p.list!.depth)).toEqual([1, 1, 1, 1, 1, 1]);
  });

  it('reads what is named after 华罗庚, under 纪念', () => {
    const items = itemsUnder('华罗庚', '纪念');
    expect(items.map((p) => p.list)).toEqual(Array(4).fill({ marker: '*', depth: 1 }));
    expect(items.slice(0, 3).map((p) => linksOf('华罗庚', p.index)[0])).toEqual(['华罗庚数学奖', '华罗庚公园', '华罗庚中学']);
  });
});
