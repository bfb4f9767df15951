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
  { title: '德國', names: ['德意志聯邦共和國', '德意志联邦共和国', '德國', '德国', '西德', '聯邦德國', '联邦德国'], abbreviations: ['德'] },
  { title: '越南', names: ['越南社會主義共和國', '越南社会主义共和国', '越南'], abbreviations: ['越'] },
  { title: '蒙古國', names: ['蒙古國', '蒙古国'], abbreviations: ['蒙'] },
  // Southeast Asia. `新方` is left out: prose writes `新方案`, `新方法` far more often than Singapore's side.
  { title: '新加坡', names: ['新加坡共和國', '新加坡共和国', '新加坡'], abbreviations: [] },
  { title: '泰國', names: ['泰王國', '泰王国', '泰國', '泰国'], abbreviations: ['泰'] },
  { title: '菲律賓', names: ['菲律賓共和國', '菲律宾共和国', '菲律賓', '菲律宾'], abbreviations: ['菲'] },
  { title: '印度尼西亞', names: ['印度尼西亞共和國', '印度尼西亚共和国', '印度尼西亞', '印度尼西亚', '印尼'], abbreviations: [] },
  { title: '馬來西亞', names: ['馬來西亞', '马来西亚'], abbreviations: ['馬', '马'] },
  { title: '緬甸', names: ['緬甸聯邦共和國', '缅甸联邦共和国', '緬甸', '缅甸'], abbreviations: ['緬', '缅'] },
  { title: '柬埔寨', names: ['柬埔寨王國', '柬埔寨王国', '柬埔寨'], abbreviations: ['柬'] },
  { title: '老撾', names: ['老撾人民民主共和國', '老挝人民民主共和国', '老撾', '老挝', '寮國', '寮国'], abbreviations: [] },
  { title: '汶萊', names: ['汶萊達魯薩蘭國', '汶莱达鲁萨兰国', '文萊達魯薩蘭國', '文莱达鲁萨兰国', '汶萊', '汶莱', '文萊', '文莱'], abbreviations: [] },
  { title: '東帝汶', names: ['東帝汶民主共和國', '东帝汶民主共和国', '東帝汶', '东帝汶'], abbreviations: [] },
  // South Asia, Central Asia, the Middle East. `以方` (`以方便`), `伊方` (Iran or Iraq), `巴方` (Pakistan,
  // Palestine or Brazil), `土方` (earthwork) and `卡方` (chi-square) are left out.
  { title: '印度', names: ['印度共和國', '印度共和国', '印度'], abbreviations: ['印'] },
  { title: '巴基斯坦', names: ['巴基斯坦伊斯蘭共和國', '巴基斯坦伊斯兰共和国', '巴基斯坦'], abbreviations: [] },
  { title: '孟加拉國', names: ['孟加拉人民共和國', '孟加拉人民共和国', '孟加拉國', '孟加拉国'], abbreviations: [] },
  { title: '斯里蘭卡', names: ['斯里蘭卡民主社會主義共和國', '斯里兰卡民主社会主义共和国', '斯里蘭卡', '斯里兰卡'], abbreviations: [] },
  { title: '阿富汗', names: ['阿富汗'], abbreviations: [] },
  { title: '哈薩克斯坦', names: ['哈薩克斯坦共和國', '哈萨克斯坦共和国', '哈薩克斯坦', '哈萨克斯坦', '哈薩克', '哈萨克'], abbreviations: [] },
  { title: '伊朗', names: ['伊朗伊斯蘭共和國', '伊朗伊斯兰共和国', '伊朗'], abbreviations: [] },
  { title: '伊拉克', names: ['伊拉克共和國', '伊拉克共和国', '伊拉克'], abbreviations: [] },
  { title: '敘利亞', names: ['阿拉伯敘利亞共和國', '阿拉伯叙利亚共和国', '敘利亞', '敍利亞', '叙利亚'], abbreviations: ['敘', '叙'] },
  { title: '以色列', names: ['以色列國', '以色列国', '以色列'], abbreviations: [] },
  { title: '沙烏地阿拉伯', names: ['沙烏地阿拉伯王國', '沙乌地阿拉伯王国', '沙特阿拉伯王國', '沙特阿拉伯王国', '沙烏地阿拉伯', '沙乌地阿拉伯', '沙特阿拉伯', '沙地阿拉伯', '沙烏地', '沙乌地', '沙特'], abbreviations: ['沙'] },
  { title: '卡塔爾', names: ['卡塔爾國', '卡塔尔国', '卡塔爾', '卡塔尔', '卡達', '卡达'], abbreviations: [] },
  { title: '阿拉伯聯合酋長國', names: ['阿拉伯聯合酋長國', '阿拉伯联合酋长国', '阿拉伯聯合大公國', '阿拉伯联合大公国', '阿聯酋', '阿联酋'], abbreviations: [] },
  { title: '土耳其', names: ['土耳其共和國', '土耳其共和国', '土耳其'], abbreviations: [] },
  { title: '埃及', names: ['阿拉伯埃及共和國', '阿拉伯埃及共和国', '埃及'], abbreviations: ['埃'] },
  // Africa, the Americas, Oceania. `加方` is left out: `參加方` (a participating party) reads as Canada's side.
  { title: '南非', names: ['南非共和國', '南非共和国', '南非'], abbreviations: [] },
  { title: '加拿大', names: ['加拿大'], abbreviations: [] },
  { title: '墨西哥', names: ['墨西哥合眾國', '墨西哥合众国', '墨西哥'], abbreviations: ['墨'] },
  { title: '巴西', names: ['巴西聯邦共和國', '巴西联邦共和国', '巴西'], abbreviations: [] },
  { title: '阿根廷', names: ['阿根廷共和國', '阿根廷共和国', '阿根廷'], abbreviations: [] },
  { title: '智利', names: ['智利共和國', '智利共和国', '智利'], abbreviations: [] },
  { title: '古巴', names: ['古巴共和國', '古巴共和国', '古巴'], abbreviations: [] },
  { title: '委內瑞拉', names: ['委內瑞拉玻利瓦爾共和國', '委内瑞拉玻利瓦尔共和国', '委內瑞拉', '委内瑞拉'], abbreviations: [] },
  { title: '澳大利亞', names: ['澳大利亞聯邦', '澳大利亚联邦', '澳大利亞', '澳大利亚', '澳洲'], abbreviations: ['澳'] },
  { title: '新西蘭', names: ['新西蘭', '新西兰', '紐西蘭', '纽西兰'], abbreviations: [] },
  // Europe. `西方` is the West, `比方` an example, `瑞` both Sweden and Switzerland: left out.
  { title: '義大利', names: ['義大利共和國', '义大利共和国', '意大利共和國', '意大利共和国', '義大利', '义大利', '意大利'], abbreviations: ['意'] },
  { title: '西班牙', names: ['西班牙王國', '西班牙王国', '西班牙'], abbreviations: [] },
  { title: '葡萄牙', names: ['葡萄牙共和國', '葡萄牙共和国', '葡萄牙'], abbreviations: ['葡'] },
  { title: '荷蘭', names: ['荷蘭王國', '荷兰王国', '荷蘭', '荷兰', '尼德蘭', '尼德兰'], abbreviations: ['荷'] },
  { title: '比利時', names: ['比利時王國', '比利时王国', '比利時', '比利时'], abbreviations: [] },
  { title: '瑞士', names: ['瑞士聯邦', '瑞士联邦', '瑞士'], abbreviations: [] },
  { title: '奧地利', names: ['奧地利共和國', '奥地利共和国', '奧地利', '奥地利'], abbreviations: [] },
  { title: '波蘭', names: ['波蘭共和國', '波兰共和国', '波蘭', '波兰'], abbreviations: [] },
  { title: '捷克', names: ['捷克共和國', '捷克共和国', '捷克'], abbreviations: [] },
  { title: '匈牙利', names: ['匈牙利'], abbreviations: [] },
  { title: '羅馬尼亞', names: ['羅馬尼亞', '罗马尼亚'], abbreviations: [] },
  { title: '希臘', names: ['希臘共和國', '希腊共和国', '希臘', '希腊'], abbreviations: [] },
  { title: '瑞典', names: ['瑞典王國', '瑞典王国', '瑞典'], abbreviations: [] },
  { title: '挪威', names: ['挪威王國', '挪威王国', '挪威'], abbreviations: [] },
  { title: '丹麥', names: ['丹麥王國', '丹麦王国', '丹麥', '丹麦'], abbreviations: [] },
  { title: '芬蘭', names: ['芬蘭共和國', '芬兰共和国', '芬蘭', '芬兰'], abbreviations: [] },
  { title: '愛爾蘭', names: ['愛爾蘭', '爱尔兰'], abbreviations: [] },
  { title: '烏克蘭', names: ['烏克蘭', '乌克兰'], abbreviations: ['烏', '乌'] },
  { title: '白俄羅斯', names: ['白俄羅斯共和國', '白俄罗斯共和国', '白俄羅斯', '白俄罗斯', '白羅斯', '白罗斯'], abbreviations: [] },
  { title: '塞爾維亞', names: ['塞爾維亞共和國', '塞尔维亚共和国', '塞爾維亞', '塞尔维亚'], abbreviations: [] },
  { title: '梵蒂岡', names: ['梵蒂岡城國', '梵蒂冈城国', '梵蒂岡', '梵蒂冈'], abbreviations: [] },
  // States that no longer exist but that the prose of their time names.
  { title: '蘇聯', names: ['蘇維埃社會主義共和國聯盟', '苏维埃社会主义共和国联盟', '蘇維埃聯盟', '苏维埃联盟', '蘇聯', '苏联'], abbreviations: ['蘇', '苏'] },
  { title: '德意志民主共和國', names: ['德意志民主共和國', '德意志民主共和国', '民主德國', '民主德国', '東德', '东德'], abbreviations: [] },
  { title: '越南共和國', names: ['越南共和國', '越南共和国'], abbreviations: [] },
  { title: '捷克斯洛伐克', names: ['捷克斯洛伐克'], abbreviations: [] },
  { title: '大韓帝國', names: ['大韓帝國', '大韩帝国'], abbreviations: [] },
  { title: '大日本帝國', names: ['大日本帝國', '大日本帝国'], abbreviations: [] },
  { title: '滿洲國', names: ['滿洲國', '满洲国'], abbreviations: [] },
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
export const blockedContinuations = ['半島', '半岛', '族', '語', '语', '文', '王朝', '戰爭', '战争', '時代', '时代', '總督府', '总督府',
  // `印度洋` is an ocean, `印度支那` a peninsula, `印度次大陸` a subcontinent.
  '洋', '支那', '次大陸', '次大陆'];

/** Words that refer back to the states the text has just named together: `兩國`, `雙方`. */
export const pairReferences = ['兩國', '两国', '雙方', '双方', '兩韓', '两韩'];
