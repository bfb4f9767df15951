/**
 * Titles the script fold must leave as they are: OpenCC turns each into the same Simplified form as a
 * different word, so folding it would make one entity of two. Data: add a title when a wiki has two pages
 * (or a page and a different word) that conversion would merge. Compared after `_`/space and first-letter
 * normalisation, per wiki.
 */
export const HOMOGRAPHS: Readonly<Record<string, readonly string[]>> = {
  zh: [
    // Single characters whose Simplified form is another character's too: 乾/幹 and 干, 後 and 后
    // (empress), 髮 and 發 (发), 麵 and 面 (face), 穀 and 谷 (valley), 雲 and 云, 鬥 and 斗, 範 and 范
    // (a surname), 鬆 and 松 (pine), 闢 and 辟, 隻 and 只, 颱 and 臺 (台), 餘 and 余 (a surname), 塗 and
    // 涂 (a surname), 葉 and 叶 (xié), 鍾 and 鐘 (钟), 於 and 于, 麴 and 曲, 徵 and 征, 醜 and 丑, 裏 and 里.
    '乾', '幹', '後', '髮', '麵', '穀', '雲', '鬥', '範', '鬆', '闢', '隻', '颱', '餘', '塗', '葉', '鍾', '鐘',
    '於', '麴', '徵', '醜', '裏',
    // Surnames that Simplified Chinese keeps apart from the character OpenCC gives: 於 is not 于, 麴 is not 曲.
    '於姓', '麴姓',
  ],
};
