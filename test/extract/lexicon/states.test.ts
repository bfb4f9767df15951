import { createContext } from '../../../src/extract/context';
import { countries, parseStates, STATES_FILE } from '../../../src/extract/lexicon/countries';
import { simplify } from '../../../src/extract/text/chineseVariants';
import { parseArticle } from '../../../src/parse/parseArticle';
import { foldScript } from '../../../src/util/chineseScript';
import { factsOf, pairs, typesOf } from '../../helpers/extract';

/**
 * The state gazetteer (`patterns/zh/lexicon/states.tsv`): a file a domain expert extends, so the test checks
 * what a reader of the code would otherwise have to: that its rows are well formed, that no name is two
 * states', that both scripts are there, and that the words a state's name hides in are no state.
 */

/** The Country tokens the resolver finds in one sentence of an inline article: `text→entity`. */
function stateTokens(wikitext: string): string[] {
  const context = createContext(parseArticle({ title: '測試', lang: 'zh', text: wikitext }));
  return context.typedViews.flatMap((v) => v.tokens.filter((t) => t.types.includes('Country')).map((t) => `${t.text}→${t.entities[0]}`));
}

describe('the states file', () => {
  it('loads every state, present and former', () => {
    // 193 member states, two observers, the Republic of China, and the former states prose names.
    expect(countries.length).toBeGreaterThanOrEqual(220);
    expect(countries.every((c) => c.title && c.names.length + c.linkOnly.length > 0)).toBe(true);
    expect(countries.flatMap((c) => c.abbreviations).every((a) => [...a].length === 1)).toBe(true);
  });

  it('gives no name to two states', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const c of countries) {
      for (const name of new Set([c.title, ...c.names, ...c.linkOnly])) {
        if (owner.has(name) && owner.get(name) !== c.title) clashes.push(`${name}: ${owner.get(name)} and ${c.title}`);
        owner.set(name, c.title);
      }
    }
    const abbreviations = countries.flatMap((c) => c.abbreviations);
    expect(clashes).toEqual([]);
    expect(abbreviations.length).toBe(new Set(abbreviations).size);
  });

  it('writes every Traditional name in Simplified characters too, link-only names and not-inside words included', () => {
    const missing: string[] = [];
    for (const c of countries) {
      const names = new Set([c.title, ...c.names, ...c.linkOnly]);
      for (const name of names) {
        // OpenCC's Taiwan conversion leaves a character or two of Hong Kong's (`敍`): either form will do.
        if (simplify(name) !== name && !names.has(simplify(name)) && !names.has(foldScript(name))) missing.push(`${c.title}: ${name}`);
      }
      for (const word of c.notInside) {
        if (simplify(word) !== word && !c.notInside.includes(simplify(word))) missing.push(`${c.title} not-inside: ${word}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('says which line is wrong and what it expected', () => {
    const parse = (row: string) => () => parseStates(`# a header\n${row}\n`, 'states.tsv');
    expect(parse('甲國\t甲國,乙國\t甲')).not.toThrow();
    expect(parse('甲國\t')).toThrow(/^states\.tsv:2: expected title<TAB>names.* \(no name\)/);
    expect(parse('甲國\t甲國\t甲乙')).toThrow(/states\.tsv:2: .*one-character abbreviations, not 甲乙/);
    expect(parse('甲國\t甲國\t\t丙丁')).toThrow(/states\.tsv:2: .*not-inside words that hold one of the names, not 丙丁/);
    expect(parse('甲國\t甲國,[[甲國]]')).toThrow(/states\.tsv:2: .*甲國 either in links only or everywhere/);
    expect(parse('甲國\t甲國\t\t\tx')).toThrow(/states\.tsv:2: .*5 columns/);
    expect(parseStates('甲國\t甲國,[[甲]]\t\t甲國島', 'x')).toEqual([{ title: '甲國', names: ['甲國'], abbreviations: [], linkOnly: ['甲'], notInside: ['甲國島'] }]);
  });

  it('is the file the module read', () => {
    expect(STATES_FILE).toMatch(/patterns[\\/]zh[\\/]lexicon[\\/]states\.tsv$/);
  });
});

describe('a state the gazetteer did not know before', () => {
  it('fills the STATE slot of a pattern, linked or not', () => {
    const linked = factsOf('這一職位曾由來自[[秘鲁]]的[[約翰·史密斯]]擔任。');
    expect(pairs(linked, 'nationality')).toEqual([['page:約翰·史密斯', 'page:秘鲁']]);
    expect(typesOf(linked, 'page:秘鲁')).toContain('Country');
    const unlinked = factsOf('這一職位曾由來自秘魯的[[約翰·史密斯]]擔任。');
    expect(pairs(unlinked, 'nationality')).toEqual([['page:約翰·史密斯', 'page:秘魯']]);
  });

  it('is found under its regional and official names, in both scripts, as one state', () => {
    const found = stateTokens('他曾出使紐西蘭、新西兰、沙烏地阿拉伯、沙特阿拉伯和烏拉圭東岸共和國。').map((t) => t.split('→'));
    expect(found.map(([text]) => text)).toEqual(['紐西蘭', '新西兰', '沙烏地阿拉伯', '沙特阿拉伯', '烏拉圭東岸共和國']);
    const entities = found.map(([, entity]) => entity);
    expect(entities[0]).toBe(entities[1]);
    expect(entities[2]).toBe(entities[3]);
    expect(new Set(entities).size).toBe(3);
  });

  it('keeps a longer state name whole (`索馬里共和國` is no `馬里共和國`)', () => {
    expect(stateTokens('索馬里共和國與幾內亞比紹和捷克斯洛伐克共和國。')).toEqual(['索馬里共和國→page:索馬里共和國', '幾內亞比紹→page:幾內亞比紹', '捷克斯洛伐克共和國→page:捷克斯洛伐克']);
  });
});

describe('words that hold a state’s name but are no state', () => {
  it('a common word: many elder brothers, a sultan, a modified decoction, the coast', () => {
    expect(stateTokens('他家中多哥哥姐姐。')).toEqual([]);
    expect(stateTokens('奧斯曼帝國的蘇丹召見了大臣。')).toEqual(['奧斯曼帝國→page:奧斯曼帝國']);
    expect(stateTokens('此方以桂枝湯加減。')).toEqual([]);
    expect(stateTokens('沿海地區與上海地鐵。')).toEqual([]);
    expect(stateTokens('他不大清楚，大清早就出門了。')).toEqual([]);
  });

  it('another kind of name: a US state, a canal, an island, a person', () => {
    expect(stateTokens('他在馬里蘭州任教，乘船經巴拿馬運河到新幾內亞島。')).toEqual([]);
    expect(stateTokens('理查德·史密斯與彼得·摩納哥是朋友。')).toEqual([]);
  });

  it('but the same state, when the article links it or writes its full name', () => {
    expect(stateTokens('[[蘇丹]]與[[多哥]]建交。')).toEqual(['蘇丹→page:蘇丹', '多哥→page:多哥']);
    expect(stateTokens('蘇丹共和國與多哥共和國建交。')).toEqual(['蘇丹共和國→page:蘇丹共和國', '多哥共和國→page:多哥共和國']);
  });
});
