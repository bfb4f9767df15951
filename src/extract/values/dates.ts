import type { LiteralValue } from '../fact';

/**
 * Date expressions in Chinese and ISO form. A parser returns a value or nothing and never throws
 * (DBpedia's value-parser contract); a month-day date without a year takes the year the text last
 * stated, which the caller passes in.
 */

/** A date found in text, with its position in the string searched. */
export interface DateMatch {
  value: LiteralValue;
  /** Calendar year of the value, so later dates can inherit it. */
  year: number;
  /** True when the year came from context rather than from the expression itself. */
  inheritedYear: boolean;
  index: number;
  length: number;
}

const FULL = /(\d{4})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*[日號号])?|(\d{4})-(\d{2})-(\d{2})|(\d{1,2})\s*月\s*(\d{1,2})\s*[日號号]|(\d{4})\s*年(?!\s*代)/g;

/** The source of the date-expression regex, for rules that embed a date slot in a larger pattern. */
export const DATE_PATTERN = FULL.source;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function isValidDay(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** Builds the typed value for a year, year-month or full date, or nothing if it is no real date. */
export function makeDate(year: number, month?: number, day?: number): LiteralValue | undefined {
  if (!Number.isInteger(year) || year < 1 || year > 9999) return undefined;
  if (month === undefined) return { literal: String(year).padStart(4, '0'), datatype: 'gYear' };
  if (month < 1 || month > 12) return undefined;
  if (day === undefined) return { literal: `${String(year).padStart(4, '0')}-${pad(month)}`, datatype: 'gYearMonth' };
  if (!isValidDay(year, month, day)) return undefined;
  return { literal: `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`, datatype: 'date' };
}

function fromGroups(g: RegExpExecArray, contextYear: number | undefined): Omit<DateMatch, 'index' | 'length'> | undefined {
  const num = (i: number) => (g[i] === undefined ? undefined : Number(g[i]));
  if (g[1] !== undefined) {
    const value = makeDate(num(1)!, num(2), num(3));
    return value && { value, year: num(1)!, inheritedYear: false };
  }
  if (g[4] !== undefined) {
    const value = makeDate(num(4)!, num(5), num(6));
    return value && { value, year: num(4)!, inheritedYear: false };
  }
  if (g[7] !== undefined) {
    if (contextYear === undefined) return undefined;
    const value = makeDate(contextYear, num(7), num(8));
    return value && { value, year: contextYear, inheritedYear: true };
  }
  const value = makeDate(num(9)!);
  return value && { value, year: num(9)!, inheritedYear: false };
}

/**
 * Every date expression in `text`, left to right; a month-day expression takes the year of the closest
 * full date before it in `text`, else `contextYear`.
 */
export function findDates(text: string, contextYear?: number): DateMatch[] {
  const found: DateMatch[] = [];
  let year = contextYear;
  for (const m of text.matchAll(FULL)) {
    const g = m as RegExpExecArray;
    const parsed = fromGroups(g, year);
    if (!parsed) continue;
    found.push({ ...parsed, index: m.index!, length: m[0].length });
    year = parsed.year;
  }
  return found;
}

/** Parses one whole date expression (`2001年2月`, `3月4日`, `2001-02-03`), or nothing. */
export function parseDate(text: string, contextYear?: number): DateMatch | undefined {
  const trimmed = text.trim();
  const [first] = findDates(trimmed, contextYear);
  return first && first.index === 0 && first.length === trimmed.length ? first : undefined;
}
