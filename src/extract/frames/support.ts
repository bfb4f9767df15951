import { fact } from '../build';
import { perArticle, type ExtractionContext } from '../context';
import { sentenceEvidence } from '../evidence';
import type { EntityKey, EntityType, Evidence, Fact } from '../fact';
import { nameLabels } from '../labels';
import { frameWords } from '../lexicon/frames';
import { readDates, type DateState, type StatedDate } from '../values/dateContext';
import type { SentenceView, Token } from '../view';

/**
 * What the frames share: the typed mentions of a sentence read as kinds (a person, a body, a place), the
 * topic a clause is about, the dates the article states in order, and evidence. A frame is a pure
 * function of the context; nothing here knows one article's sentences.
 */

export const ORGANIZATION_TYPES: ReadonlySet<EntityType> = new Set([
  'Organization', 'GovernmentOrganization', 'GovernmentMinistry', 'Committee', 'LiaisonOffice', 'NewsOrganization',
]);
export const EVENT_TYPES: ReadonlySet<EntityType> = new Set(['Event', 'Summit', 'Meeting']);
export const DOCUMENT_TYPES: ReadonlySet<EntityType> = new Set(['Document', 'Declaration']);

export const isPerson = (t: Token | undefined): boolean => !!t && t.types.includes('Person');
export const isCountry = (t: Token | undefined): boolean => !!t && t.types.includes('Country');
export const isOrganization = (t: Token | undefined): boolean => !!t && t.types.some((x) => ORGANIZATION_TYPES.has(x));
export const isDocument = (t: Token | undefined): boolean => !!t && t.types.some((x) => DOCUMENT_TYPES.has(x));
export const isEvent = (t: Token | undefined): boolean => !!t && t.types.some((x) => EVENT_TYPES.has(x));
export const isPlace = (t: Token | undefined): boolean => !!t && t.types.includes('Place');

/** Whether a token refers to the article's subject (by name, bold term or class noun). */
export const isSubject = (context: ExtractionContext, t: Token | undefined): boolean => !!t && t.entities.includes(context.subject) && t.via !== 'pair';

/** The one entity a token names, or nothing for tokens that name several (`兩國`). */
export function single(t: Token | undefined): EntityKey | undefined {
  return t && t.entities.length === 1 ? t.entities[0] : undefined;
}

/** Every place in `text` where one of `words` stands, with the word, word by word in the order given. */
export function occurrences(text: string, words: readonly string[]): Array<[number, string]> {
  const found: Array<[number, string]> = [];
  for (const word of words) for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) found.push([at, word]);
  return found;
}

/** Every token of every sentence, in reading order, with its view, sentence index and masked index. */
export function* everyToken(context: ExtractionContext): Generator<{ view: SentenceView; sentence: number; index: number; token: Token }> {
  for (const [sentence, view] of context.views.entries()) {
    for (const index of tokenIndices(view)) yield { view, sentence, index, token: view.tokenAt(index)! };
  }
}

/** Every place in every sentence's masked text where one of `words` stands, sentence by sentence. */
export function* everyOccurrence(context: ExtractionContext, words: readonly string[]): Generator<{ view: SentenceView; sentence: number; at: number; word: string }> {
  for (const [sentence, view] of context.views.entries()) {
    for (const [at, word] of occurrences(view.masked, words)) yield { view, sentence, at, word };
  }
}

/** Masked indices of a view's tokens, in order. */
export function tokenIndices(view: SentenceView): number[] {
  const found: number[] = [];
  for (let i = 0; i < view.masked.length; i++) if (view.tokenAt(i)) found.push(i);
  return found;
}

/** The masked index where the clause holding `i` starts (after `，。；：` or at 0). */
export function clauseStart(masked: string, i: number): number {
  for (let k = i - 1; k >= 0; k--) if ('，。；：'.includes(masked[k])) return k + 1;
  return 0;
}

/** The masked index where the clause holding `i` ends (at `，。；：` or the end). */
export function clauseEnd(masked: string, i: number): number {
  for (let k = i; k < masked.length; k++) if ('，。；：'.includes(masked[k])) return k;
  return masked.length;
}

/**
 * What a sentence is about before position `before`: its first token that is a body, an event, a
 * document or the subject; `X的前身Y` and `X所屬的Y` make it `Y`.
 */
export function sentenceTopic(context: ExtractionContext, view: SentenceView, before = view.masked.length): { token: Token; index: number } | undefined {
  for (const i of tokenIndices(view)) {
    if (i >= before) return undefined;
    const t = view.tokenAt(i)!;
    if (isPerson(t)) return undefined;
    if (!(isSubject(context, t) || isOrganization(t) || isEvent(t) || isDocument(t))) continue;
    const rest = view.masked.slice(i + 1);
    const link = [...frameWords.predecessor, ...frameWords.belongsTo].find((w) => rest.startsWith(w));
    if (link) {
      const next = view.tokenAt(i + 1 + link.length);
      if (next && i + 1 + link.length < before) return { token: next, index: i + 1 + link.length };
    }
    return { token: t, index: i };
  }
  return undefined;
}

/** Every date the article states, sentence by sentence, each resolved against what came before it. */
export const articleDates = perArticle((context: ExtractionContext): StatedDate[][] => {
  const names = (i: number) => context.article.sentences[i].mentions
    .filter((m) => m.kind === 'link' || m.kind === 'title-quoted')
    .map((m) => ({ start: m.plainStart, end: m.plainEnd }));
  const state: DateState = {};
  const lead = context.article.sentences.findIndex((s) => s.mentions.some((m) => m.kind === 'bold'));
  if (lead >= 0) {
    const first = readDates(context.article.sentences[lead].text, {}, names(lead)).find((d) => d.value.datatype === 'date');
    if (first) state.anchor = { year: Number(first.value.literal.slice(0, 4)), month: Number(first.value.literal.slice(5, 7)) };
  }
  return context.article.sentences.map((s, i) => {
    state.sentence = i;
    return readDates(s.text, state, names(i));
  });
});

/** The dates stated inside a plain-text span of a sentence. */
export function datesIn(context: ExtractionContext, sentence: number, start: number, end: number): StatedDate[] {
  return articleDates(context)[sentence].filter((d) => d.index >= start && d.index + d.length <= end);
}

/**
 * The date a clause is dated by: the first date inside it that does not modify a noun (`1968年修訂的`),
 * else the date that opens the sentence (`2001年2月3日，…`).
 */
export function clauseDate(context: ExtractionContext, view: SentenceView, sentence: number, maskedStart: number, maskedEnd: number): StatedDate | undefined {
  const { start, end } = view.toPlain(maskedStart, maskedEnd);
  const text = view.sentence.text;
  const own = datesIn(context, sentence, start, end).find((d) => !/^.{0,4}的/.test(text.slice(d.index + d.length, d.index + d.length + 5)));
  if (own) return own;
  const opening = articleDates(context)[sentence].find((d) => d.index <= 2);
  if (opening && /^[上下]?午?[^，]{0,4}，/.test(text.slice(opening.index + opening.length)) ) return opening;
  return undefined;
}

/** Words that deny what follows (`沒有簽署`, `未達成`): a frame reads nothing from a denied clause. */
const NEGATIONS = ['沒有', '没有', '並未', '并未', '尚未', '未能', '未曾', '未', '不曾', '不再', '拒絕', '拒绝', '取消'];

/** Whether the masked span holds a denial. */
export function denied(masked: string, start: number, end: number): boolean {
  const span = masked.slice(start, end);
  return NEGATIONS.some((w) => span.includes(w));
}

/** Evidence for a masked span of a sentence. */
export function spanEvidence(context: ExtractionContext, view: SentenceView, sentence: number, maskedStart: number, maskedEnd: number, rule: string): Evidence {
  const { start, end } = view.toPlain(maskedStart, maskedEnd);
  return sentenceEvidence(context.article, sentence, start, end, rule);
}

/** An entity the frame found, with its types and the names the token gives it (not for the subject). */
export function entityFacts(context: ExtractionContext, token: Token, types: EntityType[], evidence: Evidence): Fact[] {
  const entity = single(token);
  if (!entity || entity === context.subject) return [];
  const name = entity.startsWith('name:') ? entity.slice(5) : undefined;
  return [fact.entity(entity, types, evidence), ...(name ? nameLabels(context, entity, name, evidence) : [])];
}
