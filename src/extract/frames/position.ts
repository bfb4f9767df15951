import { fact } from '../build';
import type { ExtractionContext } from '../context';
import { forLanguages, type Extractor } from '../extractor';
import { entityKey, literal, type EntityKey, type Fact } from '../fact';
import { nameLabels } from '../labels';
import { frameWords } from '../lexicon/frames';
import { isHan, organizationEnding, titleAt, titleEndingAt } from '../names';
import { skipGloss } from '../nameIndex';
import type { SentenceView, Token } from '../view';
import { subjectIsOrganization } from './event';
import { isCountry, isDocument, isEvent, isOrganization, isPerson, isPlace, isSubject, sentenceTopic, single, spanEvidence, tokenIndices } from './support';

/**
 * The position apposition frame: a person named with the post they hold and the body or state it
 * belongs to, whatever the sentence is about.
 *
 * - `[ORG|STATE] TITLE PERSON`: `[[甲部]]長官[[王某]]`, `某國總統李某`, with a unit or a gloss
 *   inside the title (`[[黨]]中央委員會書記兼某部部長[[X]]`, `次官（副部長）X`) and chained
 *   posts (`[[黨]]總書記、[[國]]主席[[X]]`);
 * - `ORG的TITLE為PERSON`, and `TITLE為PERSON` / `由PERSON出任TITLE` / `A與B任TITLE` of the body the
 *   sentence is about;
 * - `PERSON出任/獲推選為 ORG TITLE`.
 *
 * The holder must stand right before the title (only the unit words of the title between them), so an
 * official is never tied to a body named elsewhere in the sentence; when unsure, nothing is written.
 */
export const positionFrame: Extractor = {
  id: 'position',
  appliesTo: forLanguages('zh'),
  extract(context) {
    const facts: Fact[] = [];
    context.views.forEach((view, sentence) => {
      for (const i of tokenIndices(view)) {
        const person = view.tokenAt(i)!;
        if (!isPerson(person) || !single(person)) continue;
        facts.push(...titledBefore(context, view, sentence, i, person));
        facts.push(...titledAfter(context, view, sentence, i, person));
        facts.push(...postTakenAfter(context, view, sentence, i, person));
      }
    });
    return facts;
  },
};

/** Characters a title's unit may hold between the holder and the title (no function words). */
const UNIT_STOP = new Set('的與与和及由在於于是為为將将向對对從从把被令使讓让同跟並并也則则，。；：、「」《》“”'.split(''));

interface Post {
  holder: Token;
  holderIndex: number;
  title: string;
  titleStart: number;
}

/** The post written right before masked index `end` (`[[部]]長官`), or nothing. */
function postEndingAt(context: ExtractionContext, view: SentenceView, end: number, allowTopic: boolean, sentence: number): Post | undefined {
  const masked = view.masked;
  const titleStart = titleEndingAt(masked, end);
  if (titleStart === undefined) return splitTitle(view, end);
  // Walk left over the title's unit words to the body or state that holds the post.
  let k = titleStart;
  while (k > 0 && titleStart - k < 16) {
    const ch = masked[k - 1];
    const token = view.tokenAt(k - 1);
    if (token) {
      if (isPerson(token) || isDocument(token) || token.via === 'side' || token.via === 'pair') return undefined;
      // `[[某黨中央委員會主席|…主席]]兼總理[[X]]`: a link to a post is a post, not the body that holds one.
      if (isPostName(token)) return undefined;
      // `駐[[某國]]大使`: the state after 駐 hosts the post, it does not hold it.
      if (k >= 2 && '駐驻'.includes(masked[k - 2])) return undefined;
      // A state inside a unit (`[[國務院]]北韓政策特別代表`) is the unit's topic when a body stands right before it.
      const before = view.tokenAt(k - 2);
      if (isCountry(token) && k < titleStart && before && !isCountry(before) && !isPerson(before)) {
        k--;
        continue;
      }
      return post(view, k - 1, titleStart, end);
    }
    if (ch === '的' && view.tokenAt(k - 2)) return post(view, k - 2, titleStart, end);
    // `[[基金會]]（簡稱…）董事長`: a gloss between the holder and the title.
    if (ch === '）' && k === titleStart) {
      const open = masked.lastIndexOf('（', k - 1);
      if (open > 0 && view.tokenAt(open - 1) && !isPerson(view.tokenAt(open - 1))) return post(view, open - 1, titleStart, end);
      break;
    }
    if (!isHan(ch) && ch !== '·') break;
    if (UNIT_STOP.has(ch) && ch !== '兼') break;
    k--;
  }
  // No holder in the clause's words: `首任長官為X`, `由X出任首任董事長` take the body the sentence is about.
  if (!allowTopic || k !== titleStart && !modifiersOnly(masked.slice(k, titleStart))) return undefined;
  if (k > 0 && !'，。；由'.includes(masked[k - 1])) return undefined;
  const topic = soleTopic(context, view, k);
  if (!topic) return undefined;
  void sentence;
  return { holder: topic.token, holderIndex: topic.index, title: masked.slice(k, end), titleStart: k };
}

/**
 * The body a sentence is about when a post is named without one (`首任長官為X`): the sentence's head, a
 * body (or the subject) that opens it after any date, alone (`[[A黨]]與[[B黨]]組成…` has no one head).
 */
export function soleTopic(context: ExtractionContext, view: SentenceView, before: number): { token: Token; index: number } | undefined {
  // A `；` ends a sentence as far as its head goes.
  const from = view.masked.lastIndexOf('；', before - 1) + 1;
  const first = tokenIndices(view).find((i) => i >= from && i < before);
  if (first === undefined) return undefined;
  const token = view.tokenAt(first)!;
  if (!(isSubject(context, token) ? subjectIsOrganization(context) : isOrganization(token)) || !single(token)) return undefined;
  const lead = view.plainText(from, first).replace(DATE_WORDS, '');
  if (!HEAD_PREFIX.test(lead)) return undefined;
  const after = view.masked.slice(first + 1);
  if (/^[與与和及、]/.test(after) && view.tokenAt(first + 2)) return undefined;
  if (continuesAsName(after)) return undefined;
  return { token, index: first };
}

/** Whether the text right after a name makes it part of a longer one (`[[某社]]香港分社`): Han characters up to an organisation ending. */
export function continuesAsName(after: string): boolean {
  const run = /^[\u3400-\u9FFF]{1,8}/.exec(after)?.[0] ?? '';
  for (let n = run.length; n >= 1; n--) if (organizationEnding('甲' + run.slice(0, n))) return true;
  return false;
}

/** Dates and times that may open a sentence before its head. */
const DATE_WORDS = /\d{4}年(?:\d{1,2}月)?(?:\d{1,2}[日號号])?|\d{1,2}月(?:\d{1,2}[日號号])?|\d{1,2}[日號号]|同年|翌年|當年|当年|翌日|次日|當日|当日|當時|当时|[上下]午|晚間|晚间|清晨|傍晚/g;
/** What may stand before a sentence's head once dates are gone: punctuation and words that point back. */
const HEAD_PREFIX = /^(?:[，、\s]|的|其後|其后|此後|此后|隨後|随后|其|該|该|這|这)*$/;

const SUCCESSION = ['接替', '接任', '取代', '替代', '繼任', '继任'];

/** Whether a token names a post (its text or its page ends with an office title). */
function isPostName(token: Token): boolean {
  return [token.text, token.mention?.target ?? ''].some((n) => n.length > 0 && titleEndingAt(n, n.length) !== undefined);
}

/**
 * `[[某國外交部|外交部]]長[[X]]`: a title whose first character ends the link before it (部 + 長). The
 * linked body holds the post; the title is that character and the rest.
 */
function splitTitle(view: SentenceView, end: number): Post | undefined {
  const holderIndex = end - 2;
  const holder = view.tokenAt(holderIndex);
  if (!holder || isPerson(holder) || !['link', 'organization', 'alias'].includes(holder.via) || !isOrganization(holder)) return undefined;
  const rest = view.masked.slice(holderIndex + 1, end);
  const title = holder.text.slice(-1) + rest;
  return titleAt(title, 0) === title.length ? { holder, holderIndex, title, titleStart: holderIndex + 1 } : undefined;
}

function modifiersOnly(text: string): boolean {
  return titleAt(text + '主任', 0) === text.length + 2;
}
function post(view: SentenceView, holderIndex: number, titleStart: number, end: number): Post {
  const holder = view.tokenAt(holderIndex)!;
  const unitStart = holderIndex + 1 + (view.masked[holderIndex + 1] === '的' ? 1 : 0);
  return { holder, holderIndex, title: view.plainText(unitStart, end).replace(/（[^）]*）/g, ''), titleStart };
}

/** `[ORG] TITLE（gloss）PERSON`, `ORG的TITLE為PERSON`, and chained posts before them. */
function titledBefore(context: ExtractionContext, view: SentenceView, sentence: number, i: number, person: Token): Fact[] {
  const masked = view.masked;
  let end = i;
  // `TITLE（gloss）PERSON`: step back over one parenthetical.
  if (masked[end - 1] === '）') {
    const open = masked.lastIndexOf('（', end - 1);
    if (open >= 0 && skipGloss(masked, open) === end) end = open;
  }
  let copula = false;
  const c = frameWords.postCopula.find((w) => masked.slice(0, end).endsWith(w));
  if (c && titleEndingAt(masked, end - c.length) !== undefined) {
    end -= c.length;
    copula = true;
  }
  const first = postEndingAt(context, view, end, true, sentence);
  if (!first) return [];
  const facts = holdingFacts(context, view, sentence, person, i, first, copula ? 'position/post-is-person' : 'position/apposition');
  // `[[黨]]總書記、[[國]]主席[[X]]`: a post chained before the holder belongs to the same person.
  const joiner = masked[first.holderIndex - 1];
  if (first.holderIndex !== first.titleStart && (joiner === '、' || joiner === '兼')) {
    const second = postEndingAt(context, view, first.holderIndex - 1, false, sentence);
    if (second) facts.push(...holdingFacts(context, view, sentence, person, i, second, 'position/chained'));
  }
  return facts;
}

/** `X（[[某部]]長官）`, `X（原某處主任）`: the post in a gloss right after the person. */
function titledAfter(context: ExtractionContext, view: SentenceView, sentence: number, i: number, person: Token): Fact[] {
  const masked = view.masked;
  if (masked[i + 1] !== '（') return [];
  const close = masked.indexOf('）', i + 2);
  if (close < 0 || close - i > 26) return [];
  const held = postEndingAt(context, view, close, false, sentence);
  if (!held || held.holderIndex <= i + 1) return [];
  return holdingFacts(context, view, sentence, person, i, held, 'position/gloss', i, close + 1);
}

/** `由X出任首任董事長`, `X與Y任副董事長`, `X獲推選為[[會]]董事長`. */
function postTakenAfter(context: ExtractionContext, view: SentenceView, sentence: number, i: number, person: Token): Fact[] {
  const masked = view.masked;
  // `A接替B任社長`: B is who left the post.
  if (SUCCESSION.some((w) => masked.slice(0, i).endsWith(w))) return [];
  let k = i + 1;
  const succeeds = SUCCESSION.find((w) => masked.startsWith(w, k));
  if (succeeds && isPerson(view.tokenAt(k + succeeds.length))) k += succeeds.length + 1;
  // `X與Y任…`: the post after a pair of people belongs to both.
  const joiner = frameWords.listJoiners.find((w) => masked.startsWith(w, k) && w !== '、');
  if (joiner && isPerson(view.tokenAt(k + joiner.length))) k += joiner.length + 1;
  const adverb = ['並', '并', '亦', '也', '則', '则', '後', '后'].find((w) => masked.startsWith(w, k));
  if (adverb) k += adverb.length;
  const verb = frameWords.takesPost.find((w) => masked.startsWith(w, k));
  if (!verb) return [];
  const start = k + verb.length;
  // The post runs to the clause's end, and must end with a title there.
  let end = start;
  while (end < masked.length && !'，。；：、（'.includes(masked[end]) && end - start < 20) end++;
  const titleStart = titleEndingAt(masked, end);
  if (titleStart === undefined || titleStart < start) return [];
  const holderToken = view.tokenAt(start);
  let holding: Post | undefined;
  if (holderToken && (holderToken.via === 'side' || holderToken.via === 'pair')) return [];
  if (holderToken && !isPerson(holderToken) && !isPlace(holderToken) && !isDocument(holderToken)) {
    holding = post(view, start, titleStart, end);
  } else if (titleAt(masked, start) > 0 && start + titleAt(masked, start) === end) {
    const topic = soleTopic(context, view, i);
    if (!topic) return [];
    holding = { holder: topic.token, holderIndex: topic.index, title: view.plainText(start, end), titleStart: start };
  }
  if (!holding) return [];
  const evidenceStart = Math.min(i, holding.holderIndex);
  return holdingFacts(context, view, sentence, person, i, holding, 'position/takes-post', evidenceStart, end);
}

function holdingFacts(
  context: ExtractionContext, view: SentenceView, sentence: number, person: Token, personIndex: number, post: Post, rule: string,
  from = post.holderIndex, to = personIndex + 1,
): Fact[] {
  const holder = single(post.holder);
  const personKey = single(person)!;
  const title = post.title.replace(/^(?:首任|前任|現任|现任|時任|时任|新任|前|原)/, '');
  if (!holder || holder === personKey || title.length === 0) return [];
  const evidence = spanEvidence(context, view, sentence, Math.min(from, to - 1), Math.max(from + 1, to), rule);
  const position: EntityKey = entityKey.part(holder, 'position', title);
  const holderName = view.plainText(post.holderIndex, post.holderIndex + 1);
  const facts: Fact[] = [
    fact.entity(personKey, ['Person'], evidence),
    fact.entity(position, ['Position'], evidence),
    ...nameLabels(context, position, holderName + title, evidence),
    fact.relation(position, 'positionTitle', literal.text(title, context.script), evidence),
    fact.link(position, isCountry(post.holder) ? 'jurisdiction' : 'ofOrganization', holder, evidence),
    fact.link(personKey, 'positionHeld', position, evidence),
  ];
  return facts;
}
