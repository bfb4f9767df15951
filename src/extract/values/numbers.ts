/**
 * Counts written with Arabic or Chinese numerals (`15`, `十五`, `二十`, `兩百`). Returns a number or
 * nothing; never throws.
 */

const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 兩: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** The characters a count may be written with, for embedding in larger patterns. */
export const COUNT_PATTERN = '[0-9０-９]+|[零〇一二兩两三四五六七八九十百千]+';

function parseChinese(text: string): number | undefined {
  let total = 0;
  let digit: number | undefined;
  for (const ch of text) {
    // `零` only marks a skipped place (`一千零五`) once a higher unit has been read.
    if ((ch === '零' || ch === '〇') && total > 0 && digit === undefined) continue;
    if (ch in DIGITS) {
      if (digit !== undefined) return undefined;
      digit = DIGITS[ch];
    } else if (ch in UNITS) {
      total += (digit ?? 1) * UNITS[ch];
      digit = undefined;
    } else {
      return undefined;
    }
  }
  return total + (digit ?? 0);
}

/** Parses one count, or nothing when the text is not a whole number. */
export function parseCount(text: string): number | undefined {
  const t = text.trim().replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  if (/^[0-9]+$/.test(t)) return Number(t);
  if (t === '') return undefined;
  return parseChinese(t);
}
