import type { ParsedArticle } from '../../parse/model';
import { readDates, type DateState, type StatedDate } from '../values/dateContext';
import type { SentenceView, Token } from '../view';

/**
 * Dates in context: every date the article states, sentence by sentence, resolved as a reader resolves
 * them (a month-day takes the year the paragraph last stated, `同月`, `翌日`, ranges), and the date a
 * clause is dated by.
 */

/** Every date of every sentence, each resolved against what came before it. A new paragraph keeps the year. */
export function statedDates(article: ParsedArticle): StatedDate[][] {
  const names = (i: number) => article.sentences[i].mentions
    .filter((m) => m.kind === 'link' || m.kind === 'title-quoted')
    .map((m) => ({ start: m.plainStart, end: m.plainEnd }));
  const state: DateState = {};
  const lead = article.sentences.findIndex((s) => s.mentions.some((m) => m.kind === 'bold'));
  if (lead >= 0) {
    const first = readDates(article.sentences[lead].text, {}, names(lead)).find((d) => d.value.datatype === 'date');
    if (first) state.anchor = { year: Number(first.value.literal.slice(0, 4)), month: Number(first.value.literal.slice(5, 7)) };
  }
  return article.sentences.map((s, i) => {
    state.sentence = i;
    return readDates(s.text, state, names(i));
  });
}

/** Date tokens of a sentence: one per stated date, for the masked view. */
export function dateTokens(text: string, dates: readonly StatedDate[]): Token[] {
  return dates.map((date) => ({
    plainStart: date.index, plainEnd: date.index + date.length, text: text.slice(date.index, date.index + date.length),
    entities: [], types: [], via: 'date', date,
  }));
}

/**
 * The date a clause (a masked span) is dated by: its first date that does not modify a noun (`1968年修訂的`),
 * else the date that opens the sentence (`2001年2月3日，…`).
 */
export function clauseDate(view: SentenceView, maskedStart: number, maskedEnd: number): StatedDate | undefined {
  const masked = view.masked;
  for (let i = maskedStart; i < maskedEnd; i++) {
    const t = view.tokenAt(i);
    if (!t?.date) continue;
    if (/^.{0,4}的/.test(masked.slice(i + 1, i + 6))) continue;
    return t.date;
  }
  // `2001年2月3日，…`, `同年4月3日上午，…`: a date that opens the sentence dates each of its clauses.
  const lead = /^(?:於|于|在|自|同年|當年|当年|翌年|次年)?/.exec(masked)![0].length;
  const first = view.tokenAt(lead)?.date ? lead : -1;
  if (first >= 0 && /^[上下]?午?[^，]{0,4}，/.test(masked.slice(first + 1))) return view.tokenAt(first)!.date;
  return undefined;
}
