import type { LiteralValue } from '../fact';
import { makeDate } from './dates';

/**
 * Dates as a reader resolves them, in the order the article states them: a month-day takes the year
 * last stated (`同年4月3日`), `同月22日` the month too, `翌日`/`次日` the day after the last full date,
 * `當日`/`同日` that day; `13日至15日` and `8月9日至28日` are ranges. Never throws; an expression that
 * cannot be resolved (no year stated before it) gives nothing.
 */
export interface StatedDate {
  /** Position in the sentence's plain text. */
  index: number;
  length: number;
  value: LiteralValue;
  /** The last day of a range (`至15日`), when the expression is one. */
  end?: LiteralValue;
}

const EXPRESSION = new RegExp(
  [
    '(?<ymd>(?<y1>\\d{4})\\s*年\\s*(?<m1>\\d{1,2})\\s*月\\s*(?<d1>\\d{1,2})\\s*[日號号])',
    '(?<iso>(?<y2>\\d{4})-(?<m2>\\d{2})-(?<d2>\\d{2}))',
    '(?<sameMonth>同月(?<d3>\\d{1,2})[日號号])',
    '(?<nextYear>(?:翌年|次年|隔年)(?<m8>\\d{1,2})\\s*月(?:\\s*(?<d8>\\d{1,2})\\s*[日號号])?)',
    '(?<md>(?<m4>\\d{1,2})\\s*月\\s*(?<d4>\\d{1,2})\\s*[日號号])',
    '(?<ym>(?<y5>\\d{4})\\s*年\\s*(?<m5>\\d{1,2})\\s*月(?!\\d))',
    '(?<sameYearMonth>(?:同年|當年|当年)(?<m6>\\d{1,2})\\s*月(?!\\s*\\d))',
    '(?<y>(?<y7>\\d{4})\\s*年(?!\\s*代|\\d))',
    '(?<dayOnly>(?<![\\d月])(?<d9>\\d{1,2})\\s*[日號号](?![本語语])(?=[上下]午|晚|凌晨|清晨|傍晚|起|至|到|在|於|于|抵|前往|召開|召开|舉行|举行|宣布|表示|發表|发表|會見|会见|出席|，))',
    '(?<next>翌日|次日|隔日|第二天|第二日)',
    '(?<same>當日|当日|當天|当天|同日)',
  ].join('|'),
  'g',
);
const RANGE_END = /^\s*(?:至|到|－|-|–|~|～)\s*(?:(\d{1,2})\s*月\s*)?(\d{1,2})\s*[日號号]/;

/** The state carried from one sentence to the next: the last year and full date stated. */
export interface DateState {
  year?: number;
  month?: number;
  day?: number;
  /** The year and month the article's subject is dated by (its first full date in the lead). */
  anchor?: { year: number; month: number };
  /** The sentence being read, and the one whose explicit year `year` is. */
  sentence?: number;
  yearSentence?: number;
}

const num = (s: string | undefined) => (s === undefined ? undefined : Number(s));

/** Words before a date that the narrative looks ahead to (a limit, a plan), which sets no year for what follows. */
const AHEAD = /(?:到|直到|直至|預計|预计|預定|预定|預期|预期|計劃|计划|計畫|计画|將|将)(?:於|于|在)?$/;

/** Every date of `text`, resolved against (and updating) `state`. */
export function readDates(text: string, narrative: DateState, skip: ReadonlyArray<{ start: number; end: number }> = []): StatedDate[] {
  const found: StatedDate[] = [];
  // Inside a sentence every date sets the context of the next; across sentences only the narrative's do:
  // the sentence's first date and those that open a clause (`…，1979年4月3日，…`), not one the text
  // mentions in passing (`該條約於翌年4月3日失效`).
  const state: DateState = { ...narrative };
  let consumed = 0;
  for (const m of text.matchAll(EXPRESSION)) {
    // The end of a range (`13日至15日`) is part of the date before it.
    if (m.index! < consumed) continue;
    // A year inside a name (`[[2000年首腦會談]]`, `《…》`) is part of the name, not a date the text states.
    if (skip.some((s) => m.index! >= s.start && m.index! < s.end)) continue;
    const g = m.groups!;
    let y: number | undefined;
    let mo: number | undefined;
    let d: number | undefined;
    if (g.ymd) [y, mo, d] = [num(g.y1), num(g.m1), num(g.d1)];
    else if (g.iso) [y, mo, d] = [num(g.y2), num(g.m2), num(g.d2)];
    else if (g.sameMonth) [y, mo, d] = [state.year, state.month, num(g.d3)];
    else if (g.nextYear) [y, mo, d] = [state.year === undefined ? undefined : state.year + 1, num(g.m8), num(g.d8)];
    else if (g.md) {
      const month = num(g.m4);
      // A month-day of the month the subject is dated by, read away from any year, is of the subject's year.
      const anchored = state.anchor && month === state.anchor.month && state.yearSentence !== state.sentence;
      [y, mo, d] = [anchored ? state.anchor!.year : state.year, month, num(g.d4)];
    }
    else if (g.ym) [y, mo] = [num(g.y5), num(g.m5)];
    else if (g.sameYearMonth) [y, mo] = [state.year, num(g.m6)];
    else if (g.y) y = num(g.y7);
    else if (g.dayOnly) [y, mo, d] = [state.year, state.month, num(g.d9)];
    else if (g.next && state.year && state.month && state.day) {
      const next = new Date(Date.UTC(state.year, state.month - 1, state.day + 1));
      [y, mo, d] = [next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate()];
    } else if (g.same) [y, mo, d] = [state.year, state.month, state.day];
    if (y === undefined) continue;
    const value = makeDate(y, mo, d);
    if (!value) continue;
    let length = m[0].length;
    let end: LiteralValue | undefined;
    if (d !== undefined) {
      const range = RANGE_END.exec(text.slice(m.index! + length));
      if (range) {
        end = makeDate(y, num(range[1]) ?? mo, Number(range[2]));
        if (end) length += range[0].length;
      }
    }
    found.push({ index: m.index!, length, value, end });
    consumed = m.index! + length;
    const explicitYear = !!(g.ymd || g.iso || g.ym || g.y || g.nextYear);
    // `到1944年春`, `預計於2020年`: a date the narrative looks ahead to is not when it stands.
    const ahead = AHEAD.test(text.slice(Math.max(0, m.index! - 4), m.index!));
    const opensClause = !ahead && (found.length === 1 || m.index === 0 || '，；。'.includes(text[m.index! - 1]));
    for (const target of opensClause ? [state, narrative] : [state]) {
      if (explicitYear) target.yearSentence = target.sentence;
      target.year = y;
      if (mo !== undefined) target.month = mo;
      target.day = d;
    }
  }
  return found;
}
