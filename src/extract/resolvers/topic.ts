import type { EntityKey } from '../fact';
import { titleAt } from '../names';
import { FUNCTION_TAGS, segment, type Word } from '../text/segmenter';
import { isPlaceholder, tokenSlot, type SentenceView, type Slot, type Token } from '../view';

/**
 * The clause subject: what a clause is about when a pattern does not name it (`曾任某會董事長` in a
 * biography, `1992年設立` in a list item). Chinese drops a subject that the sentence, or the sentences
 * before it in the paragraph, already gave; a reader takes the nearest clause head. The resolver does the
 * same and answers only when the head is clear:
 *
 * 1. the head of the clause itself, before the pattern's match: a mention that opens it (after dates and
 *    adverbs such as `其後`, `同年`), when a predicate follows it (`[[X]]於…`, `X曾任`), not a noun (`中華民國政治人物`
 *    is an apposition, not a subject); `[[部]]長官[[X]]` has `X` as head; `A與B…` has no single head;
 * 2. else the heads of the clauses before it in the sentence, nearest first;
 * 3. else the heads of up to three sentences before it in the same paragraph;
 * 4. else the article's subject (a page is about its subject), unless the caller asks for none.
 *
 * A head of another kind than the caller wants ends the search: the clause is about something else. A
 * subject that is a noun phrase the resolver cannot name (`該條約的簽署`, `他的父親`) ends it too.
 */

export interface Topic {
  entity: EntityKey;
  slot: Slot;
  token?: Token;
}

export interface TopicContext {
  views: readonly SentenceView[];
  /** Paragraph index of each sentence. */
  paragraphOf: (sentence: number) => number;
  subject: EntityKey;
  subjectSlot: Slot;
}

/** Words that may open a clause before its head: times, adverbs, conjunctions. */
const HEAD_SKIP = [
  '其後', '其后', '此後', '此后', '隨後', '随后', '之後', '之后', '後來', '后来', '同年', '當年', '当年', '翌年', '次年', '當時', '当时',
  '於是', '于是', '因此', '此外', '另外', '然而', '但是', '最終', '最终', '並且', '并且', '同時', '同时', '先後', '先后', '早年', '晚年',
  '當時的', '当时的', '此時的', '此时的', '時任', '时任', '現任', '现任', '前任', '首任',
  '並', '并', '也', '亦', '則', '则', '又', '再', '曾', '而', '但', '後', '后', '前', '原',
  '上午', '下午', '晚間', '晚间', '清晨', '凌晨', '期間', '期间', '時', '时', '起', '，', '、', ' ',
];
const SKIP = [...new Set(HEAD_SKIP)].sort((a, b) => b.length - a.length);
/** Prepositions: before a date they are skipped; before anything else the clause has dropped its subject (`在[[X]]任職`). */
const PREPOSITIONS = ['在', '於', '于', '自', '從', '从', '至', '到', '由', '與', '与', '和', '同', '向', '對', '对', '為', '为', '被'];
const PRONOUNS = ['他', '她'];
/** `X的前身Y`, `X所屬的Y`: words after which the clause is about the next mention. */
const SHIFTS = ['的前身是', '的前身為', '的前身为', '的前身', '之前身', '所屬的', '所属的', '下屬的', '下属的', '直屬的', '直属的', '轄下的', '辖下的', '旗下的', '附屬的', '附属的'];
const CLAUSE_BREAK = /[，。；：！？]/;

/** Where the clause starting at `start` ends: at a clause break outside parentheses, or the text's end. */
function clauseEndAt(masked: string, start: number): number {
  let depth = 0;
  for (let i = start; i < masked.length; i++) {
    const ch = masked[i];
    if (ch === '（' || ch === '(') depth++;
    else if ((ch === '）' || ch === ')') && depth > 0) depth--;
    else if (depth === 0 && CLAUSE_BREAK.test(ch)) return i;
  }
  return masked.length;
}

/** The clauses of a masked text: `[start, end)` spans between clause breaks (a break inside parentheses is none). */
function clauses(masked: string): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  for (let start = 0; start <= masked.length; ) {
    const end = clauseEndAt(masked, start);
    found.push([start, end]);
    start = end + 1;
  }
  return found;
}

/** The words of a masked text, placeholders read as spaces (computed once per view). */
const wordsOfView = new WeakMap<SentenceView, Word[]>();
export function maskedWords(view: SentenceView): Word[] {
  let found = wordsOfView.get(view);
  if (!found) {
    found = segment(view.masked.replace(/[\uE000-\uE0FF]/g, ' '));
    wordsOfView.set(view, found);
  }
  return found;
}

/** A clause's head: a mention, a pronoun, none (the subject is dropped), an apposition (`中華民國政治人物`), or a subject the resolver cannot name. */
/** `adverbial`: the clause opens with a preposition (`據統計，…`, `在[[X]]…`): a sentence's head may come after it. */
type Head = { kind: 'entity'; token: Token; index: number } | { kind: 'pronoun' } | { kind: 'none'; adverbial?: boolean } | { kind: 'empty' } | { kind: 'apposition' } | { kind: 'other' };

/** What opens the clause `[start, limit)`. */
function headOf(view: SentenceView, start: number, limit: number): Head {
  const masked = view.masked;
  let k = start;
  for (;;) {
    // A clause of nothing but dates and adverbs (`2001年2月3日，`) has no head of its own.
    if (k >= limit) return { kind: limit === clauseEndAt(masked, start) ? 'empty' : 'none' };
    if (view.tokenAt(k)?.date) {
      k++;
      continue;
    }
    const preposition = PREPOSITIONS.find((w) => masked.startsWith(w, k));
    if (preposition) {
      if (!view.tokenAt(k + preposition.length)?.date) return { kind: 'none', adverbial: true };
      k += preposition.length;
      continue;
    }
    const skip = SKIP.find((w) => masked.startsWith(w, k));
    if (!skip) break;
    k += skip.length;
  }
  if (PRONOUNS.some((p) => masked.startsWith(p, k) && !masked.startsWith(p + '們', k) && !masked.startsWith(p + '们', k))) return { kind: 'pronoun' };
  // `由[[某基金會]]頒發，該基金會於…創立`: `該` and a noun refer to the nearest mention before it that ends in that noun.
  const demonstrative = !view.tokenAt(k) ? DEMONSTRATIVES.find((d) => masked.startsWith(d, k)) : undefined;
  if (demonstrative) {
    const at = k + demonstrative.length;
    const noun = maskedWords(view).find((w) => w.start === at);
    const referent = nearestEndingIn(view, k, masked.slice(at, at + 4));
    if (referent !== undefined) return { kind: 'entity', token: view.tokenAt(referent)!, index: referent };
    if (noun && noun.tag.startsWith('n')) return { kind: 'other' };
  }
  const whole = limit === clauseEndAt(masked, start);
  // `長子[[X]]`, `美國總統[[X]]`: nouns and titles before a person make the person the head.
  const person = leadingPerson(view, k, limit);
  if (person !== undefined) return { kind: 'entity', token: view.tokenAt(person)!, index: person };
  // `* [[X]]：1992年設立`: a clause that is one name is the topic of what follows.
  const only = view.tokenAt(k);
  if (whole && only && !only.date && /^[\s）)]*$/.test(masked.slice(k + 1, limit))) return { kind: 'entity', token: only, index: k };
  // `祖籍[[中國]]福建`, `[[某黨]]黨員`: a whole clause without a verb is set beside the sentence's head.
  if (whole && apposition(view, k, limit)) return { kind: 'apposition' };
  const token = view.tokenAt(k);
  if (!token) {
    // A clause that opens with a verb or an adverb has dropped its subject; with a noun it has one the
    // resolver cannot name.
    const word = maskedWords(view).find((w) => w.start === k);
    if (!word) return { kind: 'other' };
    if (word.tag === 'p') return { kind: 'none', adverbial: true };
    if (word.tag.startsWith('v') || FUNCTION_TAGS.has(word.tag) || word.tag === 'x' || word.tag === 'm' || word.tag === 't' || word.tag === 'f') return { kind: 'none' };
    // `全稱[[X]]`, `中華民國政治人物`: a clause without a verb is set beside the sentence's head.
    return apposition(view, k, limit) ? { kind: 'apposition' } : { kind: 'other' };
  }
  const after = masked.slice(k + 1, limit);
  // `X的前身[[Y]]`, `X所屬的[[Y]]`: the clause is about Y.
  const shift = SHIFTS.find((w) => after.startsWith(w));
  if (shift) {
    const next = view.tokenAt(k + 1 + shift.length);
    return next && !next.date ? { kind: 'entity', token: next, index: k + 1 + shift.length } : { kind: 'other' };
  }
  if (/^[的之]/.test(after)) return { kind: 'other' };
  // `A與B…`: two heads, none alone.
  if (/^(?:與|与|和|及|、|同)/.test(after) && isPlaceholder(after[1] === '及' ? after[2] : after.slice(/^(?:以及)/.test(after) ? 2 : 1)[0])) return { kind: 'other' };
  // `[[部]]長官[[X]]…`: the head is the person after the post.
  const title = titleAt(masked, k + 1);
  if (title > 0 && view.tokenAt(k + 1 + title) && tokenSlot(view.tokenAt(k + 1 + title)!) === 'PER') {
    return { kind: 'entity', token: view.tokenAt(k + 1 + title)!, index: k + 1 + title };
  }
  // `中華民國政治人物`: a mention before a noun modifies it.
  const next = maskedWords(view).find((w) => w.start === k + 1);
  if (next && next.tag.startsWith('n') && title === 0 && !isPlaceholder(masked[k + 1])) return apposition(view, k + 1, limit) ? { kind: 'apposition' } : { kind: 'other' };
  if (isPlaceholder(masked[k + 1]) && !view.tokenAt(k + 1)?.date) return { kind: 'other' };
  return { kind: 'entity', token, index: k };
}

/** Demonstratives that open a noun referring back (`該基金會`, `此案`). */
const DEMONSTRATIVES = ['該', '该', '這', '这', '此'];

/** The masked index of the nearest mention before `k` whose text ends with a start of `after` (longest first, one Han character at least). */
function nearestEndingIn(view: SentenceView, k: number, after: string): number | undefined {
  for (let n = Math.min(after.length, 4); n >= 1; n--) {
    const noun = after.slice(0, n);
    if (!/^[\u3400-\u9FFF]+$/.test(noun)) continue;
    for (let i = k - 1; i >= 0; i--) {
      const t = view.tokenAt(i);
      if (t && !t.date && t.entities.length === 1 && t.text.endsWith(noun) && t.text !== noun) return i;
    }
  }
  return undefined;
}

/** The masked index of a person that opens `[k, limit)` after nouns only (`次子[[X]]`, `外交部長X`), if any. */
function leadingPerson(view: SentenceView, k: number, limit: number): number | undefined {
  if (view.tokenAt(k)) return undefined;
  for (let i = k + 1; i < limit && i < k + 12; i++) {
    const t = view.tokenAt(i);
    if (!t) continue;
    if (t.date || tokenSlot(t) !== 'PER') return undefined;
    const between = maskedWords(view).filter((w) => w.start >= k && w.end <= i);
    return between.length > 0 && between.every((w) => w.tag.startsWith('n') && !/[，。；：、（）]/.test(view.masked.slice(w.start, w.end))) ? i : undefined;
  }
  return undefined;
}

/** Whether `[k, limit)` holds no verb: the clause is a noun phrase set beside the sentence's head (`，中華民國政治人物，`). */
function apposition(view: SentenceView, k: number, limit: number): boolean {
  return maskedWords(view).every((w) => w.end <= k || w.start >= limit || !(w.tag.startsWith('v') || w.tag === 'p'));
}

/**
 * The noun a run of subjectless clauses describes (`於1809年成立，擁有27名得主的[[X]]也位於此處`): the mention after
 * `的` in the next clause, when that clause also opens with a verb and a predicate follows the mention (else
 * the mention is an object, `…，並兼任[[A]]的[[B]]主席`).
 */
function relativeHead(view: SentenceView, spans: Array<[number, number]>, current: number): Token | undefined {
  const next = spans[current + 1];
  if (!next) return undefined;
  const [start, end] = next;
  const head = headOf(view, start, end);
  if (head.kind !== 'none' || head.adverbial) return undefined;
  for (let i = view.masked.indexOf('的', start); i >= 0 && i < end - 1; i = view.masked.indexOf('的', i + 1)) {
    const token = view.tokenAt(i + 1);
    if (!token || token.date || token.entities.length !== 1) continue;
    const predicate = maskedWords(view).some((w) => w.start > i + 1 && w.end <= end && w.tag.startsWith('v'));
    return predicate ? token : undefined;
  }
  return undefined;
}

function asTopic(token: Token): Topic | undefined {
  return token.entities.length === 1 ? { entity: token.entities[0], slot: tokenSlot(token), token } : undefined;
}

/**
 * The entity the clause holding masked index `at` of sentence `sentence` is about, when it is of a kind in
 * `want` (any kind when absent). `fallback: false` keeps the article's subject out (step 4).
 */
export function clauseTopic(context: TopicContext, sentence: number, at: number, want?: readonly Slot[], fallback = true): Topic | undefined {
  const accepts = (t: Topic | undefined) => t !== undefined && (!want || want.includes(t.slot));
  let pronoun = false;
  const paragraph = context.paragraphOf(sentence);
  for (let s = sentence, seen = 0; s >= 0 && seen <= 3 && context.paragraphOf(s) === paragraph; s--, seen++) {
    const view = context.views[s];
    const spans = clauses(view.masked);
    const current = s === sentence ? spans.findIndex(([a, b]) => at >= a && at <= b) : spans.length - 1;
    // In earlier sentences only the sentence's own head (its first clause) counts.
    const order = s === sentence ? spans.slice(0, current + 1).reverse() : spans.slice(0, 1);
    for (const [start, end] of order) {
      const limit = s === sentence && start <= at && at <= end ? at : end;
      const head = headOf(view, start, limit);
      if (s === sentence && start <= at && at <= end && head.kind === 'none' && !head.adverbial) {
        // `於1809年成立，擁有…的[[X]]也位於此處`: the clause describes the X of a relative clause after it.
        const described = relativeHead(view, spans, current);
        if (described) return accepts(asTopic(described)) ? asTopic(described) : undefined;
      }
      if (head.kind === 'none' || head.kind === 'empty' || head.kind === 'apposition') continue;
      if (head.kind === 'pronoun') {
        pronoun = true;
        continue;
      }
      if (head.kind === 'other') {
        if (pronoun) continue;
        return undefined;
      }
      const topic = asTopic(head.token);
      if (pronoun && topic?.slot !== 'PER') continue;
      return accepts(topic) ? topic : undefined;
    }
  }
  const subject: Topic = { entity: context.subject, slot: context.subjectSlot };
  if (pronoun && subject.slot !== 'PER') return undefined;
  return fallback && accepts(subject) ? subject : undefined;
}

/**
 * The head of the sentence holding sentence `sentence`: its first clause's, else the heads of up to three
 * sentences before it in the same paragraph (`首任長官為X` in a sentence about a body), else the article's
 * subject. A head of another kind than `want` gives nothing.
 */
export function sentenceTopic(context: TopicContext, sentence: number, want?: readonly Slot[]): Topic | undefined {
  const paragraph = context.paragraphOf(sentence);
  for (let s = sentence, seen = 0; s >= 0 && seen <= 3 && context.paragraphOf(s) === paragraph; s--, seen++) {
    const view = context.views[s];
    const spans = clauses(view.masked);
    let head: Head = { kind: 'empty' };
    for (const [start, end] of spans) {
      head = headOf(view, start, end);
      // `據統計，[[X]]總人口…`: past an opening adverbial clause to the one with the head.
      if (head.kind !== 'empty' && !(head.kind === 'none' && head.adverbial)) break;
    }
    if (head.kind === 'none' || head.kind === 'empty' || head.kind === 'apposition' || head.kind === 'pronoun') continue;
    if (head.kind === 'other') return undefined;
    const topic = asTopic(head.token);
    return topic && (!want || want.includes(topic.slot)) ? topic : undefined;
  }
  const subject: Topic = { entity: context.subject, slot: context.subjectSlot };
  return !want || want.includes(subject.slot) ? subject : undefined;
}
