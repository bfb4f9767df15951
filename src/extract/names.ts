import { nameSuffixes } from './lexicon/organizations';
import { chineseSurnames, givenNameBlockers, koreanSurnames, personNouns } from './lexicon/people';
import { officeTitles, titleModifiers } from './lexicon/titles';
import { wordList } from './matcher/load';
import { segment, type SegmentedText } from './text/segmenter';

/**
 * Name shapes: where a person's or an organisation's name written without a link begins and ends.
 * Pure functions over plain text, driven by the lexicons (surnames, titles, name endings); they answer
 * only when the shape is clear and otherwise say nothing.
 */

const HAN_CHAR = /[\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF]/;
export const isHan = (ch: string | undefined): boolean => ch !== undefined && HAN_CHAR.test(ch);

const longestFirst = (words: readonly string[]): string[] => [...new Set(words)].filter((w) => w.length > 0).sort((a, b) => b.length - a.length);

const SURNAMES = longestFirst([...chineseSurnames, ...koreanSurnames]);
const TITLES = longestFirst(officeTitles);
const MODIFIERS = longestFirst(titleModifiers);
const PERSON_NOUNS = longestFirst(personNouns);
const BLOCKERS = new Set(givenNameBlockers);
/** Words after a name that end it (the Chinese patterns' `NAMEFOLLOW`, event and document verbs, and post verbs), read once. */
let followers: string[] | undefined;
const FOLLOWERS = (): string[] =>
  (followers ??= longestFirst(['NAMEFOLLOW', 'HELDEVENT', 'SIGN', 'ISSUE', 'ADOPT', 'TAKES'].flatMap((c) => wordList('zh', c)).filter((w) => w.length > 1 || !['任'].includes(w))));

/** Organisation endings (kinds that are bodies, not places, events or documents), longest first. */
const ORG_TYPES = new Set(['Organization', 'GovernmentOrganization', 'GovernmentMinistry', 'Committee', 'LiaisonOffice', 'NewsOrganization']);
const ORG_ENDINGS = [...nameSuffixes].filter((r) => r.types.some((t) => ORG_TYPES.has(t))).sort((a, b) => b.suffix.length - a.suffix.length);

/** Words by their first character, longest first: a look-up at a position tries only the words that can start there. */
const byFirst = new WeakMap<readonly string[], Map<string, string[]>>();

/** The longest word of `words` that starts at `i`, if any. */
function wordAt(text: string, i: number, words: readonly string[]): string | undefined {
  let index = byFirst.get(words);
  if (!index) {
    index = new Map();
    for (const w of words) {
      const list = index.get(w[0]) ?? [];
      list.push(w);
      index.set(w[0], list);
    }
    for (const list of index.values()) list.sort((a, b) => b.length - a.length);
    byFirst.set(words, index);
  }
  const candidates = index.get(text[i]);
  return candidates?.find((w) => text.startsWith(w, i));
}

/** The office title starting at `i` (with its modifiers, `首任`, and a trailing `助理`), if any: its length. */
export function titleAt(text: string, i: number): number {
  let j = i;
  for (let mod = wordAt(text, j, MODIFIERS); mod; mod = wordAt(text, j, MODIFIERS)) j += mod.length;
  const title = wordAt(text, j, TITLES);
  if (title) return j + title.length - i;
  // A word that is both a modifier and a title (`助理`) is the title when no other follows it.
  return wordAt(text, i, TITLES)?.length ?? 0;
}

/** The office title that ends exactly at `end` (the longest one), or nothing: its start. */
export function titleEndingAt(text: string, end: number): number | undefined {
  for (const t of TITLES) if (end - t.length >= 0 && text.startsWith(t, end - t.length)) return end - t.length;
  return undefined;
}

/** A person noun (`遊客`, `教授`) that ends exactly at `end`. */
export function personNounEndingAt(text: string, end: number): boolean {
  return PERSON_NOUNS.some((n) => end - n.length >= 0 && text.startsWith(n, end - n.length));
}

/** Whether `name` starts with a surname of the lexicons. */
export function hasSurname(name: string): boolean {
  return wordAt(name, 0, SURNAMES) !== undefined;
}

/** Whether a name may end before position `i`: the text ends, or a non-Han character, a blocker or a verb follows. */
export function nameMayEndAt(text: string, i: number, tokenStarts: ReadonlySet<number> = new Set()): boolean {
  if (i >= text.length) return true;
  const ch = text[i];
  if (!isHan(ch) || BLOCKERS.has(ch) || tokenStarts.has(i)) return true;
  return FOLLOWERS().some((f) => text.startsWith(f, i)) || titleAt(text, i) > 0;
}

/**
 * A person's name written without a link at `i`: a surname from the lexicons and a given name of two
 * characters (else one), which must be followed by a boundary. Returns its length, or 0.
 */
export function personNameAt(text: string, i: number, tokenStarts?: ReadonlySet<number>, givenLengths: readonly number[] = [2, 1]): number {
  // A transliterated name runs to its last dotted part (`羅伯特·史密斯`), whatever its first syllable.
  const dotted = DOTTED_AT.exec(text.slice(i));
  if (dotted) {
    const lastDot = Math.max(dotted[0].lastIndexOf('·'), dotted[0].lastIndexOf('・'));
    for (let end = i + lastDot + 2; end <= i + dotted[0].length; end++) if (nameMayEndAt(text, end, tokenStarts)) return end - i;
    return 0;
  }
  const surname = wordAt(text, i, SURNAMES);
  // A surname that is also a function word (`和`, `于`) is read as the word.
  if (!surname || BLOCKERS.has(surname)) return 0;
  for (const given of givenLengths) {
    const end = i + surname.length + given;
    if (end > text.length) continue;
    let allHan = true;
    for (let k = i + surname.length; k < end; k++) if (!isHan(text[k]) || BLOCKERS.has(text[k]) || tokenStarts?.has(k)) allHan = false;
    if (!allHan) continue;
    // A given name never holds a title (`金部長`) or is cut inside a verb.
    if (titleAt(text, i + surname.length) > 0) return 0;
    if (text[end] === '·' || text[end] === '・') return 0;
    if (nameMayEndAt(text, end, tokenStarts)) return end - i;
  }
  return 0;
}

/**
 * Characters that end a name written before an ending when walking left: function words that never sit
 * inside a name (strong), and conjunctions that may (`和平委員會`), which end it only once two characters
 * precede the ending.
 */
const STRONG_BOUNDARY = new Set('的在於于由與与是為为有被把將将從从令使讓让受經经、，。；：（）「」《》“”'.split(''));
const WEAK_BOUNDARY = new Set('和及同跟對对向'.split(''));

/**
 * An organisation's name written without a link that ends at `end` with a lexicon ending (`…委員會`):
 * walks left over Han characters to a boundary (a function word once at least two characters precede
 * the ending, punctuation, a token, the start). Returns its start, or nothing.
 */
export function organizationNameEndingAt(text: string, end: number, tokenEnds: ReadonlySet<number> = new Set(), maxLength = 20): number | undefined {
  const rule = ORG_ENDINGS.find((r) => end - r.suffix.length >= 0 && text.startsWith(r.suffix, end - r.suffix.length));
  if (!rule) return undefined;
  const endingStart = end - rule.suffix.length;
  let start = endingStart;
  while (start > 0 && end - start < maxLength) {
    const ch = text[start - 1];
    if (tokenEnds.has(start) || !isHan(ch) || STRONG_BOUNDARY.has(ch)) break;
    if (WEAK_BOUNDARY.has(ch) && endingStart - start >= 2) break;
    start--;
  }
  while (start < endingStart && WEAK_BOUNDARY.has(text[start])) start++;
  const name = text.slice(start, end);
  if (endingStart - start < 2 || rule.except?.some((e) => name.endsWith(e))) return undefined;
  return start;
}

/**
 * An organisation's name written without a link that starts at `start` (after `所屬的`, `改稱`): the
 * shortest stretch of Han characters, with no function word, that ends with an organisation ending.
 * Returns its end, or nothing.
 */
export function organizationNameStartingAt(text: string, start: number, tokenStarts: ReadonlySet<number> = new Set(), maxLength = 20): number | undefined {
  for (let end = start + 1; end <= Math.min(text.length, start + maxLength); end++) {
    const ch = text[end - 1];
    if (!isHan(ch) || STRONG_BOUNDARY.has(ch) || end - 1 > start && tokenStarts.has(end - 1)) return undefined;
    const ending = organizationEnding(text.slice(start, end));
    if (ending && end - start - ending.length >= 2) return end;
  }
  return undefined;
}

/** The lexicon ending of an organisation that ends `name`, if any. */
export function organizationEnding(name: string): string | undefined {
  return ORG_ENDINGS.find((r) => name.endsWith(r.suffix) && name !== r.suffix && !r.except?.some((e) => name.endsWith(e)))?.suffix;
}

const DOTTED_AT = /^[\u3400-\u9FFF]{1,6}(?:[·・][\u3400-\u9FFF]{1,6})+/;

/** A transliterated foreign name: Han syllables joined by a middle dot (`約翰·史密斯`). */
export function isDottedName(name: string): boolean {
  if (!/^[\u3400-\u9FFF]{1,8}(?:[·・•‧][\u3400-\u9FFF]{1,8})+$/.test(name)) return false;
  // `四·二五文化會館`, `六·一五宣言`: a date-like name with an ending is no person.
  if (name.split(/[·・•‧]/).some((part) => /^[〇零一二三四五六七八九十]+$/.test(part))) return false;
  return organizationEnding(name) === undefined && !nameSuffixes.some((r) => name.endsWith(r.suffix));
}

/** Tags of words that break a name written without a link: prepositions, conjunctions, particles, pronouns. */
const NAME_BREAK_TAGS = new Set(['p', 'c', 'u', 'uj', 'ul', 'uz', 'ug', 'uv', 'ud', 'r', 'y', 'e', 'o']);
/** Tags of words a name never starts with: those, verbs, adverbs, time and place words. */
const NAME_START_BLOCKERS = new Set([...NAME_BREAK_TAGS, 'v', 'vd', 'vg', 'd', 'f']);

/** Tags of common words a name never is, nor ends with (`申請`, `畢業`, `中文`). */
const COMMON_WORD_TAGS = new Set(['n', 'ng', 'nl', 'v', 'vn', 'vd', 'a', 'ad', 'an', 'nz', 'ns', 'nt', 'i', 'l', 'd', 't', 's', 'f', 'b', 'z', 'j']);

/**
 * Whether the segmenter reads `text` alone as one common word of the language (`社會學`, `單獨`): nobody's
 * name. A proper noun it knows (`nz`) is not common: a linked page so written may be a person's.
 */
export function isCommonWord(text: string): boolean {
  const words = segment(text);
  return words.length === 1 && words[0].tag !== 'nz' && COMMON_WORD_TAGS.has(words[0].tag);
}
/** Tags of the common words a name does not end with (`成中文`): nouns and adjectives; a verb may be a given name (`朴大成`). */
const NOUN_TAGS = new Set(['n', 'nz', 'ns', 'nt', 'a', 'an']);

/**
 * Whether `[start, end)` of a segmented sentence can be a person's name written without a link: it starts
 * and ends on word boundaries (or inside a word jieba only guessed, tag `x`), it is not one common word
 * (`申請`, `畢業`), and it does not end with one (`成中文`). jieba's person tag (`nr`) is what a name looks like.
 */
export function isPersonSpan(words: SegmentedText, start: number, end: number): boolean {
  const inside = words.words.filter((w) => w.end > start && w.start < end);
  if (inside.length === 0) return false;
  const first = inside[0];
  const last = inside[inside.length - 1];
  if (first.start < start && first.tag !== 'x' || last.end > end && last.tag !== 'x') return false;
  if (inside.length === 1 && first.start === start && first.end === end) return first.tag.startsWith('nr') || first.tag === 'x' || !COMMON_WORD_TAGS.has(first.tag);
  return !(last.start > start && last.end === end && last.end - last.start >= 2 && NOUN_TAGS.has(last.tag));
}

/**
 * Where an organisation's name written without a link really starts, given a candidate `[start, end)`
 * found by its ending: never inside a word, never at a particle, preposition, conjunction or verb
 * (`創辦了中國大學` → `中國大學`, `且某集團` → `某集團`); nothing when too little is left before its ending.
 */
export function organizationStart(words: SegmentedText, start: number, end: number, endingLength: number): number | undefined {
  const covering = words.words.filter((w) => w.end > start && w.start < end);
  // Walking left from the ending, a breaking word ends the name.
  let from = covering.length;
  for (let i = covering.length - 1; i >= 0; i--) {
    if (covering[i].start < start) break;
    if (NAME_BREAK_TAGS.has(covering[i].tag) && covering[i].end <= end - endingLength) break;
    from = i;
  }
  while (from < covering.length && NAME_START_BLOCKERS.has(covering[from].tag) && covering[from].end <= end - endingLength) from++;
  if (from >= covering.length) return undefined;
  const at = covering[from].start;
  return end - endingLength - at >= 2 ? at : undefined;
}
