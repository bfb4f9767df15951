/**
 * A gazetteer of states as Chinese-language Wikipedia writes them: the page title first, then the other
 * names and short forms prose uses for the same state. General geography, not facts of any article.
 *
 * `abbreviations` are the one-character forms used in compounds such as `韓方` ("the Korean side") or
 * `朝美關係`; they are matched only inside side expressions (see `sideSuffixes`), never alone.
 */
export interface CountryEntry {
  /** zhwiki page title of the state, the key it is known by when the article does not link it. */
  title: string;
  names: string[];
  abbreviations: string[];
}

export const countries: CountryEntry[] = [
  { title: '大韓民國', names: ['大韓民國', '大韩民国', '韓國', '韩国', '南韓', '南韩'], abbreviations: ['韓', '韩'] },
  {
    title: '朝鮮民主主義人民共和國',
    names: ['朝鮮民主主義人民共和國', '朝鲜民主主义人民共和国', '北韓', '北韩', '北朝鮮', '北朝鲜', '朝鮮', '朝鲜'],
    abbreviations: ['朝'],
  },
  { title: '中華人民共和國', names: ['中華人民共和國', '中华人民共和国', '中國', '中国', '中國大陸', '中国大陆'], abbreviations: ['中'] },
  { title: '中華民國', names: ['中華民國', '中华民国', '臺灣', '台灣', '台湾'], abbreviations: ['台'] },
  { title: '日本', names: ['日本', '日本國', '日本国'], abbreviations: ['日'] },
  { title: '美國', names: ['美利堅合眾國', '美利坚合众国', '美國', '美国'], abbreviations: ['美'] },
  { title: '俄羅斯', names: ['俄羅斯聯邦', '俄罗斯联邦', '俄羅斯', '俄罗斯'], abbreviations: ['俄'] },
  { title: '英國', names: ['大不列顛及北愛爾蘭聯合王國', '英國', '英国'], abbreviations: ['英'] },
  { title: '法國', names: ['法蘭西共和國', '法兰西共和国', '法國', '法国'], abbreviations: ['法'] },
  { title: '德國', names: ['德意志聯邦共和國', '德意志联邦共和国', '德國', '德国'], abbreviations: ['德'] },
  { title: '越南', names: ['越南社會主義共和國', '越南社会主义共和国', '越南'], abbreviations: ['越'] },
  { title: '蒙古國', names: ['蒙古國', '蒙古国'], abbreviations: ['蒙'] },
];

/**
 * What turns a state's name into "that state's side" in negotiations: `朝方`, `韓國方面`.
 * Short suffixes go with abbreviations, long ones with full names.
 */
export const sideSuffixes = {
  afterAbbreviation: ['方'],
  afterName: ['方面', '方'],
};

/**
 * What may not follow a state's name for the match to count: `朝鮮半島` is the peninsula, `韓國語` the
 * language, not the state.
 */
export const blockedContinuations = ['半島', '半岛', '族', '語', '语', '文', '王朝', '戰爭', '战争', '時代', '时代', '總督府', '总督府'];

/** Words that refer back to the states the text has just named together: `兩國`, `雙方`. */
export const pairReferences = ['兩國', '两国', '雙方', '双方', '兩韓', '两韩'];
