import { fact } from '../build';
import { perArticle, type ExtractionContext } from '../context';
import { forLanguages, type Extractor } from '../extractor';
import type { EntityKey, Fact, LiteralValue } from '../fact';
import { classifyName } from '../classify';
import { frameWords } from '../lexicon/frames';
import { triggers } from '../lexicon/triggers';
import type { StatedDate } from '../values/dateContext';
import type { SentenceView, Token } from '../view';
import {
  clauseDate, clauseEnd, clauseStart, datesIn, denied, isCountry, isDocument, isEvent, isOrganization, isPerson, isSubject, ORGANIZATION_TYPES, single, spanEvidence, everyToken, everyOccurrence, tokenIndices,
} from './support';

/**
 * The event frame: when and where an event took place and who took part, for the article's subject and
 * for any event the text names.
 *
 * - The lead's definition, `X是A與B於DATE在PLACE舉行的會談` (or `…簽署的條約`, read by the document
 *   frame through `subjectDefinition`): participants, date or date range, place.
 * - A report, `[會談]於DATE在PLACE舉行`, `會談自DATE起在PLACE舉行`, `會談在…[[PLACE]]開始`, and
 *   `A與B在PLACE舉行[[EVENT]]`. A plan (`原定於…舉行`) is not a report and gives nothing.
 */
export interface Definition {
  sentence: number;
  view: SentenceView;
  /** Masked span of the defining clause, from `是` to the verb. */
  start: number;
  verbAt: number;
  verb: string;
  kind: 'event' | 'document' | 'organization';
  /** The people the definition names before the date and place, else the states and bodies. */
  participants: Token[];
  date?: StatedDate;
  /** The noun the definition ends with (`…舉行的會談` → `會談`), as written. */
  noun: string;
  /** `自DATE起`: the date opens a period. */
  since: boolean;
  place?: Token;
}

const DEFINING_VERBS = [...frameWords.eventVerbs, ...frameWords.documentVerbs, ...frameWords.foundingVerbs].sort((a, b) => b.length - a.length);

/** The subject's definition in the lead, if it is written as an event or a document made by someone. */
export const subjectDefinition = perArticle((context: ExtractionContext): Definition | undefined => {
  for (const [sentence, view] of context.views.entries()) {
    if (context.article.sentences[sentence].section !== 0) break;
    const masked = view.masked;
    const subjectAt = tokenIndices(view).find((i) => isSubject(context, view.tokenAt(i)));
    if (subjectAt === undefined) continue;
    const copula = masked.indexOf('是', subjectAt);
    if (copula < 0) continue;
    const end = clauseEnd(masked, copula);
    let verbAt = -1;
    let verb = '';
    for (const v of DEFINING_VERBS) {
      const at = masked.lastIndexOf(v + '的', end);
      if (at > copula && at > verbAt) [verbAt, verb] = [at, v];
    }
    if (verbAt < 0) return undefined;
    const kind = frameWords.documentVerbs.includes(verb) ? 'document' : frameWords.foundingVerbs.includes(verb) ? 'organization' : 'event';
    const noun = view.plainText(verbAt + verb.length + 1, end);
    return { sentence, view, start: copula + 1, verbAt, verb, kind, noun, ...readSettingBefore(context, view, sentence, copula + 1, verbAt) };
  }
  return undefined;
});

/** Who, when and where in a masked span `A與B於DATE在PLACE`. */
export function readSettingBefore(context: ExtractionContext, view: SentenceView, sentence: number, start: number, end: number) {
  const masked = view.masked;
  const dates = datesIn(context, sentence, view.toPlain(start, end).start, view.toPlain(start, end).end);
  const date = dates[0];
  let whoEnd = end;
  let since = false;
  if (date) {
    const dateMasked = maskedIndexOfPlain(view, date.index);
    const opener = masked.slice(Math.max(start, dateMasked - 1), dateMasked);
    if (/[於于自从從]/.test(opener)) whoEnd = Math.min(whoEnd, dateMasked - 1);
    since = frameWords.sinceOpen.includes(opener) && frameWords.sinceClose.some((w) => view.sentence.text.startsWith(w, date.index + date.length));
  }
  let placeStart = -1;
  for (let k = start; k < end; k++) {
    if (masked[k] === '在' && !view.tokenAt(k)) {
      placeStart = k;
      break;
    }
  }
  if (placeStart >= 0) whoEnd = Math.min(whoEnd, placeStart);
  const inWho = tokenIndices(view).filter((i) => i >= start && i < whoEnd).map((i) => view.tokenAt(i)!);
  // People may also stand after the date (`A於DATE訪問X期間與B舉行的`), never in the place.
  const placeEnd = placeStart < 0 ? -1 : end;
  const people = tokenIndices(view)
    .filter((i) => i >= start && i < end && !(placeStart >= 0 && i > placeStart && i < placeEnd))
    .map((i) => view.tokenAt(i)!)
    .filter(isPerson);
  const participants = people.length > 0 ? people : inWho.filter((t) => isCountry(t) && t.via !== 'pair' || isOrganization(t));
  // `在[[X]]舉行`; not `在聲明上簽字` (a surface, not a place), nor the thing itself.
  const places = placeStart < 0
    ? []
    : tokenIndices(view)
      .filter((i) => i > placeStart && i < end && masked[i + 1] !== '上')
      .map((i) => view.tokenAt(i)!)
      .filter((t) => !isPerson(t) && single(t) && !isSubject(context, t) && !isDocument(t));
  return { participants, date, since, place: places[places.length - 1] };
}

/** The masked index of a plain-text offset (the placeholder that covers it, or its own character). */
export function maskedIndexOfPlain(view: SentenceView, plain: number): number {
  for (let i = 0; i < view.masked.length; i++) if (view.toPlain(i, i + 1).end > plain) return i;
  return view.masked.length;
}

/** Whether the subject is an event: defined as one taking place, or named like one. */
export const subjectIsEvent = perArticle((context: ExtractionContext): boolean =>
  subjectDefinition(context)?.kind === 'event' || classifyName(context.article.source.title).some((t) => t === 'Event' || t === 'Summit' || t === 'Meeting'));

/** Whether the subject is a document: defined as one made by someone, or named like one. */
export const subjectIsDocument = perArticle((context: ExtractionContext): boolean =>
  subjectDefinition(context)?.kind === 'document' || classifyName(context.article.source.title).some((t) => t === 'Document' || t === 'Declaration'));

/** Whether the subject is named like a body (`…通訊社`, `…部`). */
export const subjectIsOrganization = perArticle((context: ExtractionContext): boolean =>
  [context.article.source.title, context.knowledge.classNoun ?? '', subjectDefinition(context)?.noun ?? '']
    .some((name) => classifyName(name).some((t) => ORGANIZATION_TYPES.has(t))));

/** The people an article's subject event joined, for `兩人`/`雙方` later in the text. */
export const subjectParticipants = perArticle((context: ExtractionContext): EntityKey[] => {
  const definition = subjectDefinition(context);
  if (!definition || definition.kind !== 'event') return [];
  const people = definition.participants.filter(isPerson).map(single).filter((e): e is EntityKey => !!e);
  return people.length === 2 ? people : [];
});

export const eventFrame: Extractor = {
  id: 'event',
  appliesTo: forLanguages('zh'),
  extract(context) {
    return [...definitionFacts(context), ...reportFacts(context), ...heldEventFacts(context), ...sinceFacts(context)];
  },
};

function definitionFacts(context: ExtractionContext): Fact[] {
  const d = subjectDefinition(context);
  if (!d || d.kind !== 'event') return [];
  const evidence = spanEvidence(context, d.view, d.sentence, d.start, d.verbAt + d.verb.length, 'event/definition');
  return [
    fact.entity(context.subject, ['Event'], evidence),
    ...d.participants.flatMap((t) => (single(t) ? [fact.link(context.subject, 'participant', single(t)!, evidence)] : [])),
    ...dateFacts(context.subject, d.date, d.since, false, evidence),
    ...(d.place && single(d.place) ? [fact.link(context.subject, 'location', single(d.place)!, evidence)] : []),
  ];
}

/** `pointInTime` for a day, `startTime`/`endTime` for a range or a period opened by `自…起`. */
export function dateFacts(subject: EntityKey, date: StatedDate | undefined, since: boolean, startOnly: boolean, evidence: Fact['evidence']): Fact[] {
  if (!date) return [];
  const at = (property: 'pointInTime' | 'startTime' | 'endTime', value: LiteralValue) => fact.relation(subject, property, value, evidence);
  if (since || startOnly) return [at('startTime', date.value)];
  if (date.end) return [at('startTime', date.value), at('endTime', date.end)];
  return [at('pointInTime', date.value)];
}

const PLANNED = [...triggers.planned, '擬', '拟', '計劃', '计划', '將於', '将于', '將在', '将在'];
const FIRST_ROUND = ['首輪', '首轮', '首次', '第一輪', '第一轮', '第一次'];

/** `[會談]於DATE在PLACE舉行`: an event's date and place, reported. */
function reportFacts(context: ExtractionContext): Fact[] {
  const facts: Fact[] = [];
  for (const { view, sentence, index: i, token } of everyToken(context)) {
    const masked = view.masked;
    const subject = isSubject(context, token);
    if (subject ? !subjectIsEvent(context) : !isEvent(token)) continue;
    const event = single(token);
    if (!event) continue;
    const lead = masked.slice(clauseStart(masked, i), i);
    // A class noun refers to the subject only at the head of its clause (`會談在…`), or as its first round.
    let firstRound = false;
    if (token.via === 'anaphora') {
      firstRound = FIRST_ROUND.some((w) => lead.endsWith(w) && lead.length === w.length);
      if (lead.length > 0 && !firstRound) continue;
    }
    const end = clauseEnd(masked, i);
    const verbAt = frameWords.eventVerbs.map((v) => masked.indexOf(v, i + 1)).filter((k) => k > i && k < end).sort((a, b) => a - b)[0];
    if (verbAt === undefined) continue;
    const between = masked.slice(i + 1, verbAt);
    if (PLANNED.some((w) => between.includes(w) || lead.includes(w)) || denied(masked, i, verbAt + 2)) continue;
    const inside = tokenIndices(view).filter((k) => k > i && k < verbAt).map((k) => view.tokenAt(k)!);
    if (inside.some((t) => isPerson(t) || isSubject(context, t) || isEvent(t))) continue;
    const setting = readSettingBefore(context, view, sentence, i + 1, verbAt);
    if (!setting.place && !setting.date) continue;
    const evidence = spanEvidence(context, view, sentence, i, verbAt + 2, 'event/report');
    facts.push(...dateFacts(event, setting.date, setting.since, firstRound, evidence));
    if (setting.place && single(setting.place)) facts.push(fact.link(event, 'location', single(setting.place)!, evidence));
  }
  return facts;
}

/** `A與B在PLACE舉行[[EVENT]]`: the people who held a named event, where and when. */
function heldEventFacts(context: ExtractionContext): Fact[] {
  const facts: Fact[] = [];
  for (const { view, sentence, at, word: verb } of everyOccurrence(context, frameWords.eventVerbs)) {
    const masked = view.masked;
    const after = at + verb.length + (masked[at + verb.length] === '了' ? 1 : 0);
    const eventToken = view.tokenAt(after);
    if (!isEvent(eventToken) || !single(eventToken)) continue;
    const start = clauseStart(masked, at);
    if (PLANNED.some((w) => masked.slice(start, at).includes(w))) continue;
    const setting = readSettingBefore(context, view, sentence, start, at);
    const people = setting.participants.filter(isPerson);
    if (people.length === 0) continue;
    const event = single(eventToken)!;
    const evidence = spanEvidence(context, view, sentence, start, after + 1, 'event/held-by');
    for (const p of people) if (single(p)) facts.push(fact.link(event, 'participant', single(p)!, evidence));
    if (setting.place && single(setting.place)) facts.push(fact.link(event, 'location', single(setting.place)!, evidence));
    const date = clauseDate(context, view, sentence, start, at);
    facts.push(...dateFacts(event, date, false, false, evidence));
  }
  return facts;
}

/** `[X]自DATE起…`: the subject (or a body or event named at a clause's head) holds from that date on. */
function sinceFacts(context: ExtractionContext): Fact[] {
  const facts: Fact[] = [];
  for (const { view, sentence, index: i, token } of everyToken(context)) {
    const masked = view.masked;
    // A body's activities start (`…自2001年起出版`) after the body does: only events and the subject that is none.
    const subject = isSubject(context, token);
    if (!(subject ? !subjectIsOrganization(context) : isEvent(token)) || !single(token)) continue;
    if (token.via === 'anaphora' && clauseStart(masked, i) !== i) continue;
    const opener = frameWords.sinceOpen.find((w) => masked.startsWith(w, i + 1));
    if (!opener) continue;
    const plainAt = view.toPlain(i + 1 + opener.length, i + 2 + opener.length).start;
    const date = datesIn(context, sentence, plainAt, view.sentence.text.length).find((d) => d.index === plainAt);
    if (!date || !frameWords.sinceClose.some((w) => view.sentence.text.startsWith(w, date.index + date.length))) continue;
    if (reportedElsewhere(masked, i)) continue;
    const end = maskedIndexOfPlain(view, date.index + date.length) + 1;
    facts.push(fact.relation(single(token)!, 'startTime', date.value, spanEvidence(context, view, sentence, i, end, 'event/since')));
  }
  return facts;
}

/** `會談自DATE起在PLACE舉行` is a report, read by `reportFacts`. */
function reportedElsewhere(masked: string, i: number): boolean {
  const end = clauseEnd(masked, i);
  return frameWords.eventVerbs.some((v) => { const k = masked.indexOf(v, i); return k > i && k < end; });
}
