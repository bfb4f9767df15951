/**
 * Pattern helpers for prose rules. Rules run over a sentence's *masked* text, where every resolved
 * mention (a link, a state's name, the article's subject) is one private-use character; `ENTITY`
 * matches one such mention, so a rule reads like the sentence it describes: `由{E}和{E}共同開辦`.
 */

/** First and last private-use code units used as mention placeholders. */
export const MASK_BASE = 0xe000;
export const MASK_LIMIT = 0xf8ff;

/** One masked mention. */
export const ENTITY = '[\\uE000-\\uF8FF]';

/** A regex alternation of literal words, longest first so the longest word wins. */
export function alt(words: readonly string[]): string {
  const sorted = [...new Set(words)].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  return `(?:${sorted.map(escapeRegExp).join('|')})`;
}

/** Escapes regex metacharacters in a literal. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\\/-]/g, '\\$&');
}

/** Han characters, for names written without a link. */
export const HAN = '[\\u3400-\\u4DBF\\u4E00-\\u9FFF\\uF900-\\uFAFF]';

/** Clause boundary punctuation: a rule's lazy gaps never cross these. */
export const CLAUSE_BREAK = '，。；：！？,;';

/**
 * A lazy gap of up to `n` characters or parentheticals that stays inside a clause; a parenthetical
 * (`（韓語：…，…）`) counts as one step whatever punctuation it holds.
 */
export function gap(n: number): string {
  return `(?:（[^（）]*）|\\([^()]*\\)|[^${CLAUSE_BREAK}（(]){0,${n}}?`;
}
