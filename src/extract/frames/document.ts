import { fact } from '../build';
import type { ExtractionContext } from '../context';
import { forLanguages, type Extractor } from '../extractor';
import type { EntityKey, Fact } from '../fact';
import { frameWords } from '../lexicon/frames';
import { nameSuffixes } from '../lexicon/organizations';
import type { SentenceView, Token } from '../view';
import { readSettingBefore, subjectDefinition, subjectIsDocument, subjectIsEvent, subjectParticipants } from './event';
import { clauseDate, clauseEnd, clauseStart, datesIn, denied, everyOccurrence, isDocument, isEvent, isPerson, isSubject, occurrences, single, spanEvidence, tokenIndices } from './support';

/**
 * The document frame: who signed or issued a declaration, treaty, agreement or statement, when and
 * where.
 *
 * - The lead's definition, `X是A與B於DATE在PLACE簽署的條約`: signatories, date, place.
 * - A report, `A與B（兩人、雙方）在PLACE簽署了《DOC》、《DOC》`, `DATE，…通過《DOC》`, `由A與B代表雙方簽字`
 *   (the subject when it is the document); a bare class word (`簽署宣言`) means the last document of
 *   that kind the text named.
 * - A date it bears: `宣言所載日期為DATE`.
 */
export const documentFrame: Extractor = {
  id: 'document',
  appliesTo: forLanguages('zh'),
  extract(context) {
    return [...definitionFacts(context), ...signingFacts(context), ...bearsDateFacts(context), ...passiveFacts(context)];
  },
};

const CLASS_WORDS = nameSuffixes
  .filter((r) => r.types.includes('Document') || r.types.includes('Declaration'))
  .map((r) => r.suffix)
  .sort((a, b) => b.length - a.length);

function definitionFacts(context: ExtractionContext): Fact[] {
  const d = subjectDefinition(context);
  if (!d || d.kind !== 'document') return [];
  const evidence = spanEvidence(context, d.view, d.sentence, d.start, d.verbAt + d.verb.length, 'document/definition');
  return [
    fact.entity(context.subject, ['Document'], evidence),
    ...d.participants.flatMap((t) => (single(t) ? [fact.link(context.subject, 'signatory', single(t)!, evidence)] : [])),
    ...(d.date ? [fact.relation(context.subject, 'pointInTime', d.date.value, evidence)] : []),
    ...(d.place && single(d.place) ? [fact.link(context.subject, 'location', single(d.place)!, evidence)] : []),
  ];
}

/** The last document the text named before a position whose name ends with `word`. */
function lastDocument(context: ExtractionContext, sentence: number, before: number, word: string): EntityKey | undefined {
  // The antecedent is near: this sentence or the few before it, else the lead (the subject's own documents).
  for (let s = sentence; s >= 0; s--) {
    if (s < sentence - 3 && context.article.sentences[s].section !== 0) continue;
    const view = context.views[s];
    const indices = tokenIndices(view).filter((i) => s < sentence || i < before).reverse();
    for (const i of indices) {
      const t = view.tokenAt(i)!;
      if (isDocument(t) && single(t) && (t.text.endsWith(word) || single(t)!.endsWith(word))) return single(t);
    }
  }
  return undefined;
}

/** The documents right after masked index `k`: tokens joined by `、` `及` `和`, or one bare class word. */
function documentsAt(context: ExtractionContext, view: SentenceView, sentence: number, k: number): { documents: EntityKey[]; end: number } {
  const masked = view.masked;
  const documents: EntityKey[] = [];
  // Titles stand in `《》`: step over the marks around each one.
  const open = (at: number) => (masked[at] === '《' ? at + 1 : at);
  const close = (at: number) => (masked[at] === '》' ? at + 1 : at);
  let i = open(k);
  const isDoc = (t: Token | undefined) => isDocument(t) || isSubject(context, t) && subjectIsDocument(context);
  while (isDoc(view.tokenAt(i)) && single(view.tokenAt(i))) {
    documents.push(single(view.tokenAt(i))!);
    i = close(i + 1);
    const joiner = ['、', '及', '和', '与', '與', '以及'].find((j) => masked.startsWith(j, i));
    if (!joiner || !isDoc(view.tokenAt(open(i + joiner.length)))) break;
    i = open(i + joiner.length);
  }
  if (documents.length > 0) return { documents, end: i };
  const word = CLASS_WORDS.find((w) => masked.startsWith(w, k));
  if (word && !/[\u3400-\u9FFF]/.test(masked[k + word.length] ?? '')) {
    const found = lastDocument(context, sentence, k, word);
    if (found) return { documents: [found], end: k + word.length };
  }
  return { documents: [], end: k };
}

function signingFacts(context: ExtractionContext): Fact[] {
  const facts: Fact[] = [];
  const definition = subjectDefinition(context);
  const subjectIsDoc = subjectIsDocument(context);
  context.views.forEach((view, sentence) => {
    const masked = view.masked;
    for (const [at, verb] of occurrences(masked, frameWords.documentVerbs)) {
      // The definition's own verb is the definition frame's.
      if (definition && definition.sentence === sentence && at >= definition.start && at <= definition.verbAt) continue;
      let k = at + verb.length;
      if (k < masked.length && '了的'.includes(masked[k])) k++;
      let { documents, end } = documentsAt(context, view, sentence, k);
      // `由A與B代表雙方簽字`: the subject is the document signed, when it is one.
      const start = clauseStart(masked, at);
      if (denied(masked, start, at) || !madeHere(context, view, start, at, verb)) continue;
      const signers = signersBefore(context, view, start, at);
      if (documents.length === 0 && subjectIsDoc && k === clauseEnd(masked, at) && signers.length > 0) [documents, end] = [[context.subject], k];
      if (documents.length === 0) continue;
      const setting = readSettingBefore(context, view, sentence, start, at);
      const date = clauseDate(context, view, sentence, start, at);
      const evidence = spanEvidence(context, view, sentence, start, end, 'document/signed');
      for (const doc of documents) {
        for (const s of signers) facts.push(fact.link(doc, 'signatory', s, evidence));
        if (date) facts.push(fact.relation(doc, 'pointInTime', date.value, evidence));
        if (setting.place && single(setting.place) && signers.length > 0) facts.push(fact.link(doc, 'location', single(setting.place)!, evidence));
      }
    }
  });
  return facts;
}

/** The people who sign: persons in the clause before the verb, or `兩人`/`雙方` for the subject's two participants. */
function signersBefore(context: ExtractionContext, view: SentenceView, start: number, at: number): EntityKey[] {
  const people = tokenIndices(view).filter((i) => i >= start && i < at).map((i) => view.tokenAt(i)!).filter(isPerson);
  if (people.length > 0) return people.map(single).filter((e): e is EntityKey => !!e);
  const clause = view.plainText(start, at);
  if (frameWords.twoPeople.some((w) => clause.includes(w))) return subjectParticipants(context);
  return [];
}

/** `宣言所載日期為DATE`: the date a document bears. */
function bearsDateFacts(context: ExtractionContext): Fact[] {
  const facts: Fact[] = [];
  for (const { view, sentence, at, word: words } of everyOccurrence(context, frameWords.documentDate)) {
    const masked = view.masked;
    const start = clauseStart(masked, at);
    const token: Token | undefined = view.tokenAt(at - 1);
    let doc = isDocument(token) ? single(token) : undefined;
    if (!doc) {
      const word = CLASS_WORDS.find((w) => masked.slice(start, at) === w);
      if (word) doc = lastDocument(context, sentence, start, word);
    }
    if (!doc) continue;
    const after = view.toPlain(at + words.length, at + words.length).start;
    const date = datesIn(context, sentence, after, view.sentence.text.length).find((d) => d.index === after);
    if (!date) continue;
    facts.push(fact.relation(doc, 'pointInTime', date.value, spanEvidence(context, view, sentence, start, at + words.length + 1, 'document/bears-date')));
  }
  return facts;
}

/** `《DOC》於DATE正式簽署`, `宣言於翌年1月20日簽署`: a document dated by the clause that says it was signed. */
function passiveFacts(context: ExtractionContext): Fact[] {
  const facts: Fact[] = [];
  for (const { view, sentence, at, word: verb } of everyOccurrence(context, frameWords.documentVerbs)) {
    const masked = view.masked;
    const after = at + verb.length;
    if (after < masked.length && !'，。；'.includes(masked[after])) continue;
    const start = clauseStart(masked, at);
    if (denied(masked, start, at) || !madeHere(context, view, start, at, verb)) continue;
    let doc: EntityKey | undefined;
    const head = view.tokenAt(start) ?? (masked[start] === '《' ? view.tokenAt(start + 1) : undefined);
    if (isDocument(head) || isSubject(context, head) && subjectIsDocument(context)) doc = single(head);
    else {
      const word = CLASS_WORDS.find((w) => masked.startsWith(w, start));
      if (word) doc = lastDocument(context, sentence, start, word);
    }
    if (!doc) continue;
    const date = datesIn(context, sentence, view.toPlain(start, at).start, view.toPlain(start, at).end)[0];
    if (!date) continue;
    facts.push(fact.relation(doc, 'pointInTime', date.value, spanEvidence(context, view, sentence, start, after, 'document/signed-on')));
  }
  return facts;
}

const ADOPT = new Set(['通過', '通过']);
const MEETING_WORDS = ['會議', '会议', '會談', '会谈', '峰會', '峰会', '大會', '大会', '會晤', '会晤'];

/**
 * `通過` makes a document only where a meeting adopts it (`會議通過《X》`); a parliament that `通過` a
 * treaty ratifies one already made, on another date.
 */
function madeHere(context: ExtractionContext, view: SentenceView, start: number, at: number, verb: string): boolean {
  if (!ADOPT.has(verb)) return true;
  const clause = view.masked.slice(start, at);
  const tokens = tokenIndices(view).filter((i) => i >= start && i < at).map((i) => view.tokenAt(i)!);
  return tokens.some((t) => isEvent(t) || isSubject(context, t) && subjectIsEvent(context)) || MEETING_WORDS.some((w) => clause.includes(w));
}
