import { officeTitles, titleModifiers } from '../lexicon/titles';
import { toSimplifiedChars } from './chineseVariants';

/**
 * The one adapter for the Chinese word segmenter, `@node-rs/jieba` (jieba-rs with its part-of-speech
 * dictionary). The dictionary is in Simplified characters, so a Traditional text is tagged through a
 * character-for-character Simplified copy: every word's offsets are those of the text given.
 *
 * Loaded on first use (the dictionary costs ~0.2 s per thread), and never taught an article's own words:
 * jieba's dictionary is global to the thread, so adding one article's names would make the next
 * article's segmentation depend on the order of the build. Callers segment the text *between* the names
 * they already know (links, the subject) instead.
 */

/** One word: its UTF-16 span in the text given, and jieba's tag (`nr` person, `ns` place, `nt` body, `v` verb, …). */
export interface Word {
  start: number;
  end: number;
  tag: string;
}

interface Jieba {
  tag(sentence: string, hmm?: boolean): Array<{ word: string; tag: string }>;
  loadDict(dict: Uint8Array): void;
}

let instance: Jieba | undefined;

function jieba(): Jieba {
  if (!instance) {
    // Required lazily: an article in another language never loads the native module or its dictionary.
    const { Jieba } = require('@node-rs/jieba') as { Jieba: { withDict(dict: Uint8Array): Jieba } };
    const { dict } = require('@node-rs/jieba/dict') as { dict: Uint8Array };
    instance = Jieba.withDict(dict);
    // The lexicons' office titles are words of their own (`次官|田中`, not `次|官田|中`); the same words
    // for every article, so the segmentation never depends on what else a build read.
    const titles = [...new Set([...officeTitles, ...titleModifiers].map(toSimplifiedChars))];
    instance.loadDict(Buffer.from(titles.map((w) => `${w} 50000 n`).join('\n'), 'utf8'));
  }
  return instance;
}

/** Tags that mark a word that is part of a name (a person, place, body or other proper name). */
export const NAME_TAGS: ReadonlySet<string> = new Set(['nr', 'nrt', 'nrfg', 'ns', 'nt', 'nz']);

/** Tags of function words that never start or end a name: prepositions, conjunctions, particles, pronouns, adverbs. */
export const FUNCTION_TAGS: ReadonlySet<string> = new Set(['p', 'c', 'u', 'uj', 'ul', 'uz', 'ug', 'uv', 'ud', 'r', 'd', 'y', 'e', 'o']);

/**
 * The words of a Chinese text, left to right, covering it without gaps. Never throws: a text the
 * segmenter cannot take (it should take any) gives one word per character.
 */
export function segment(text: string): Word[] {
  if (text.length === 0) return [];
  const simplified = toSimplifiedChars(text);
  let tagged: Array<{ word: string; tag: string }>;
  try {
    tagged = jieba().tag(simplified, true);
  } catch {
    return [...text].map((ch, i) => ({ start: i, end: i + ch.length, tag: 'x' }));
  }
  const words: Word[] = [];
  let at = 0;
  for (const { word, tag } of tagged) {
    // jieba returns the words of the text in order; a word it could not place is skipped, not misplaced.
    const start = simplified.startsWith(word, at) ? at : simplified.indexOf(word, at);
    if (start < 0) continue;
    if (start > at) words.push({ start: at, end: start, tag: 'x' });
    words.push({ start, end: start + word.length, tag });
    at = start + word.length;
  }
  if (at < text.length) words.push({ start: at, end: text.length, tag: 'x' });
  return words;
}

/**
 * The words of a sentence as a lookup: which word starts or ends at an index, and the word covering one.
 * Made once per sentence by `SegmentedText.of`.
 */
export class SegmentedText {
  private readonly starts = new Map<number, Word>();
  private readonly ends = new Map<number, Word>();

  private constructor(readonly words: readonly Word[]) {
    for (const w of words) {
      this.starts.set(w.start, w);
      this.ends.set(w.end, w);
    }
  }

  static of(text: string): SegmentedText {
    return new SegmentedText(segment(text));
  }

  /** The word starting at `i`, if a word boundary is there. */
  wordAt(i: number): Word | undefined {
    return this.starts.get(i);
  }

  /** The word ending at `i`, if a word boundary is there. */
  wordEndingAt(i: number): Word | undefined {
    return this.ends.get(i);
  }

  /** Whether `i` is a word boundary (the start or end of the text counts). */
  isBoundary(i: number): boolean {
    return i === 0 || this.starts.has(i) || this.ends.has(i);
  }

  /** The words inside `[start, end)`, when the span starts and ends on boundaries; else nothing. */
  wordsIn(start: number, end: number): Word[] | undefined {
    if (!this.isBoundary(start) || !(this.ends.has(end) || this.starts.has(end))) return undefined;
    return this.words.filter((w) => w.start >= start && w.end <= end);
  }
}

const bySentence = new WeakMap<object, SegmentedText>();

/** The words of a sentence's plain text, segmented once per sentence. */
export function wordsOf(sentence: { text: string }): SegmentedText {
  let found = bySentence.get(sentence);
  if (!found) bySentence.set(sentence, (found = SegmentedText.of(sentence.text)));
  return found;
}
