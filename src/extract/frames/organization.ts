import { fact } from '../build';
import type { ExtractionContext } from '../context';
import { forLanguages, type Extractor } from '../extractor';
import type { Fact, PropertyName } from '../fact';
import { frameWords } from '../lexicon/frames';
import { triggers } from '../lexicon/triggers';
import type { SentenceView, Token } from '../view';
import {
  clauseDate, clauseEnd, clauseStart, denied, isDocument, ORGANIZATION_TYPES, isOrganization, isPerson, isPlace, isSubject, sentenceTopic, single, spanEvidence, occurrences, tokenIndices,
} from './support';
import { subjectDefinition, subjectIsOrganization } from './event';
import { classifyName } from '../classify';

/**
 * The organisation frame: a body's founding or opening date, what it was renamed into or replaced, the
 * body it belongs to or is supervised by, its counterpart, who operates it, whom it speaks for. The body
 * is the one the clause (else the sentence) is about; `X的前身Y` and `X所屬的Y` shift that to `Y`.
 */
export const organizationFrame: Extractor = {
  id: 'organization',
  appliesTo: forLanguages('zh'),
  extract(context) {
    const facts: Fact[] = [...definitionPlace(context), ...definitionFounding(context)];
    context.views.forEach((view, sentence) => {
      facts.push(...foundingFacts(context, view, sentence));
      facts.push(...renameFacts(context, view, sentence));
      facts.push(...linkFacts(context, view, sentence));
    });
    return facts;
  },
};

/** A body: a token typed as one, or the subject when it is one (a field of study founds nothing). */
const isBody = (context: ExtractionContext, t: Token | undefined) =>
  !!t && !!single(t) && (isSubject(context, t) ? subjectIsOrganization(context) : isOrganization(t));
const PLANNED = [...triggers.planned, '擬', '拟', '計劃', '计划'];
/** A clause that opens with a preposition or a date continues the sentence's topic (`，於2001年…開院`). */
const CONTINUES_TOPIC = /^(?:並|并|且|後|后|再|隨後|随后)?(?:於|于|在|自|同日|當日|当日|\d|同年|翌年|翌日)/;

/** The body a clause is about: its first body (shifted by `的前身`/`所屬的`), else the sentence's when the clause continues it. */
function clauseTopic(context: ExtractionContext, view: SentenceView, start: number, at: number): { token: Token; index: number } | undefined {
  for (const i of tokenIndices(view)) {
    if (i < start || i >= at) continue;
    const t = view.tokenAt(i)!;
    if (isPerson(t)) return undefined;
    // `由X設立`, `被X…`: X is who acted, not what the clause is about.
    if (!isBody(context, t) || i > 0 && '由被'.includes(view.masked[i - 1])) continue;
    const rest = view.masked.slice(i + 1);
    const shift = [...frameWords.predecessor, ...frameWords.belongsTo].find((w) => rest.startsWith(w));
    if (shift && isBody(context, view.tokenAt(i + 1 + shift.length)) && i + 1 + shift.length < at) return { token: view.tokenAt(i + 1 + shift.length)!, index: i + 1 + shift.length };
    return { token: t, index: i };
  }
  if (!CONTINUES_TOPIC.test(view.plainText(start, at))) return undefined;
  const topic = sentenceTopic(context, view, start);
  return topic && isBody(context, topic.token) ? topic : undefined;
}

function foundingFacts(context: ExtractionContext, view: SentenceView, sentence: number): Fact[] {
  const facts: Fact[] = [];
  const masked = view.masked;
  const verbs: Array<[string, PropertyName]> = [
    ...frameWords.foundingVerbs.map((v): [string, PropertyName] => [v, 'foundingDate']),
    ...frameWords.openingVerbs.map((v): [string, PropertyName] => [v, 'openingDate']),
  ];
  for (const [verb, property] of verbs) {
    for (let at = masked.indexOf(verb); at >= 0; at = masked.indexOf(verb, at + 1)) {
      if (view.tokenAt(at)) continue;
      const start = clauseStart(masked, at);
      if (PLANNED.some((w) => masked.slice(start, at).includes(w)) || denied(masked, start, at)) continue;
      const objectAt = at + verb.length + (masked[at + verb.length] === '了' ? 1 : 0);
      const next = masked[objectAt];
      let body: { token: Token; index: number } | undefined;
      if (isBody(context, view.tokenAt(objectAt))) body = { token: view.tokenAt(objectAt)!, index: objectAt };
      // Else the verb must end its clause (`…在某市成立，`): `成立70周年`, `創辦人`, `成立後`, `創立了某系` say something else.
      else if (next !== undefined && !'，。；、）<'.includes(next)) continue;
      else body = clauseTopic(context, view, start, at);
      if (!body) continue;
      const date = clauseDate(context, view, sentence, start, at);
      if (!date) continue;
      const evidence = spanEvidence(context, view, sentence, Math.min(start, body.index), Math.max(at + verb.length, body.index + 1), `organization/${property === 'foundingDate' ? 'founded' : 'opened'}`);
      facts.push(fact.relation(single(body.token)!, property, date.value, evidence));
    }
  }
  return facts;
}

/** `X改稱Y`: Y replaces X, dated by the clause. */
function renameFacts(context: ExtractionContext, view: SentenceView, sentence: number): Fact[] {
  const facts: Fact[] = [];
  const masked = view.masked;
  for (const [at, verb] of occurrences(masked, frameWords.renameVerbs)) {
    const after = view.tokenAt(at + verb.length);
    if (!isBody(context, after)) continue;
    const start = clauseStart(masked, at);
    const before = view.tokenAt(at - 1);
    // The body renamed stands right before the verb, or heads a clause that only dates the change.
    const topic = clauseTopic(context, view, start, at);
    const onlyDated = topic && /^(?:[於于在自]?[0-9年月日同翌當当]*起?|正式|再)*$/.test(view.plainText(topic.index + 1, at));
    const old = isBody(context, before) ? { token: before!, index: at - 1 } : onlyDated ? topic : undefined;
    if (!old || single(old.token) === single(after)) continue;
    const date = clauseDate(context, view, sentence, start, at);
    const evidence = spanEvidence(context, view, sentence, Math.min(start, old.index), at + verb.length + 1, 'organization/renamed');
    facts.push(fact.link(single(after)!, 'replaces', single(old.token)!, evidence, date ? [{ name: 'pointInTime', value: date.value }] : []));
  }
  return facts;
}

/** Relations written `X的前身Y`, `X所屬的Y`, `受X監督`, `對口機構是X`, `由X經營`, `代表X發言`. */
function linkFacts(context: ExtractionContext, view: SentenceView, sentence: number): Fact[] {
  const facts: Fact[] = [];
  const masked = view.masked;
  const add = (subject: Token | undefined, property: PropertyName, object: Token | undefined, from: number, to: number, rule: string) => {
    const s = single(subject);
    const o = single(object);
    if (!s || !o || s === o) return;
    facts.push(fact.link(s, property, o, spanEvidence(context, view, sentence, from, to, rule)));
  };
  const each = (words: string[], handle: (at: number, word: string) => void) => {
    for (const w of words) for (let at = masked.indexOf(w); at >= 0; at = masked.indexOf(w, at + 1)) handle(at, w);
  };
  each(frameWords.predecessor, (at, w) => {
    const k = at + w.length + (['是', '為', '为'].includes(masked[at + w.length]) ? 1 : 0);
    if (isBody(context, view.tokenAt(at - 1)) && isBody(context, view.tokenAt(k))) add(view.tokenAt(at - 1), 'replaces', view.tokenAt(k), at - 1, k + 1, 'organization/predecessor');
  });
  each(frameWords.belongsTo, (at, w) => {
    if (isBody(context, view.tokenAt(at - 1)) && isOrganization(view.tokenAt(at + w.length))) {
      add(view.tokenAt(at + w.length), 'parentOrganization', view.tokenAt(at - 1), at - 1, at + w.length + 1, 'organization/belongs-to');
    }
  });
  const topicAt = (at: number) => sentenceTopic(context, view, at)?.token;
  each(frameWords.locatedAt, (at, w) => {
    // `[[X]]（則）設於[[Y]]`: where a body is.
    const k = ['則', '则', '也', '亦'].includes(masked[at - 1]) ? at - 1 : at;
    const body = view.tokenAt(k - 1);
    const place = view.tokenAt(at + w.length);
    if (isBody(context, body) && place && !isPerson(place) && !isDocument(place) && !isOrganization(place)) add(body, 'location', place, k - 1, at + w.length + 1, 'organization/located');
  });
  each(['受'], (at) => {
    const body = view.tokenAt(at + 1);
    const rest = masked.slice(at + 2);
    if (isBody(context, body) && frameWords.supervised.some((v) => rest.startsWith(v) || rest.startsWith('的' + v))) {
      add(topicAt(at), 'supervisedBy', body, at, at + 4, 'organization/supervised-by');
    }
  });
  each(frameWords.counterpart, (at, w) => {
    const k = at + w.length;
    if (!['是', '為', '为'].includes(masked[k])) return;
    const other = view.tokenAt(k + 1);
    if (isBody(context, other) || other && !isPerson(other) && !isPlace(other) && !isDocument(other) && other.via === 'link') {
      add(topicAt(clauseStart(masked, at)) ?? topicAt(at), 'counterpart', other, at, k + 2, 'organization/counterpart');
    }
  });
  each(frameWords.operate, (at, w) => {
    // `由（其子公司）X經營`: the operator stands right before the verb, after `由`.
    const operator = view.tokenAt(at - 1);
    const by = masked.lastIndexOf('由', at - 1);
    if (by < 0 || at - 1 - by > 6 || !isBody(context, operator) && operator?.via !== 'link' || isPerson(operator) || isPlace(operator)) return;
    if (masked.slice(by + 1, at - 1).split('').some((c) => '，。；'.includes(c))) return;
    add(topicAt(by), 'operator', operator, by, at + w.length, 'organization/operated-by');
  });
  each(['代表'], (at) => {
    const end = clauseEnd(masked, at);
    const speaks = frameWords.speaksFor.map((v) => masked.indexOf(v, at)).find((k) => k > at && k <= end);
    if (speaks === undefined) return;
    for (let k = at + 2; k < speaks; k++) {
      const t = view.tokenAt(k);
      if (t && (isOrganization(t) || t.via === 'link') && !isPerson(t)) add(topicAt(at), 'represents', t, at, speaks + 2, 'organization/speaks-for');
    }
  });
  return facts;
}



/** `X是位於[[A]][[B]]的…`: the subject's place, from its definition (the most specific place named). */
function definitionPlace(context: ExtractionContext): Fact[] {
  for (const [sentence, view] of context.views.entries()) {
    if (context.article.sentences[sentence].section !== 0) break;
    const masked = view.masked;
    const subjectAt = tokenIndices(view).find((i) => isSubject(context, view.tokenAt(i)));
    if (subjectAt === undefined) continue;
    const at = frameWords.locatedAt.map((w) => masked.indexOf('是' + w, subjectAt)).filter((k) => k > subjectAt).sort((a, b) => a - b)[0];
    if (at === undefined) return [];
    const of = masked.indexOf('的', at);
    const end = clauseEnd(masked, at);
    if (of < 0 || of > end) return [];
    const places = tokenIndices(view).filter((i) => i > at && i < of).map((i) => view.tokenAt(i)!).filter((t) => single(t) && !isPerson(t) && !isDocument(t) && !isOrganization(t));
    const place = places[places.length - 1];
    if (!place) return [];
    return [fact.link(context.subject, 'location', single(place)!, spanEvidence(context, view, sentence, at, of, 'organization/definition-place'))];
  }
  return [];
}

/** `X是…於DATE設立的機構`: the subject's founding date, from its definition. */
function definitionFounding(context: ExtractionContext): Fact[] {
  const d = subjectDefinition(context);
  if (!d || d.kind !== 'organization') return [];
  const evidence = spanEvidence(context, d.view, d.sentence, d.start, d.verbAt + d.verb.length, 'organization/definition-founded');
  // `…設立的政府間國際組織`: the noun says what kind of body the subject is.
  const types = classifyName(d.noun).filter((t) => ORGANIZATION_TYPES.has(t));
  return [
    ...(types.length > 0 ? [fact.entity(context.subject, types, evidence)] : []),
    ...(d.date ? [fact.relation(context.subject, 'foundingDate', d.date.value, evidence)] : []),
  ];
}
