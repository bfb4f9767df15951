/**
 * Sentence boundaries in plain text.
 *
 * A sentence ends at a terminal mark outside brackets and quotes; closing marks right after it stay
 * with it (`「…。」`). In CJK languages the terminal ends the sentence at once; elsewhere it must be
 * followed by whitespace (or the end) and the next word must not start in lower case, which keeps
 * `e.g. this` and `3.5` whole. Brackets that never close are ignored, so one stray `（` cannot swallow a
 * paragraph.
 */
import {
  BRACKET_PAIRS,
  CJK_LANGUAGES,
  CJK_SENTENCE_TERMINALS,
  LATIN_SENTENCE_TERMINALS,
  QUOTES_ENDING_SENTENCE,
  TRAILING_CLOSERS,
} from './lexicon/punctuation';

/** A sentence as a half-open range of UTF-16 indices into the plain text, whitespace trimmed. */
export interface SentenceRange {
  start: number;
  end: number;
}

/** Opening bracket or quote → its closer, and the closers, as Map and Set (read once per character). */
const OPENERS = new Map(Object.entries(BRACKET_PAIRS));
const CLOSERS = new Set(OPENERS.values());
const TRAILING = new Set(TRAILING_CLOSERS);
const WHITESPACE = /\s/;

/** Whether a language writes sentences without spaces between them. */
export function isCjkLanguage(lang: string): boolean {
  return CJK_LANGUAGES.includes(lang) || CJK_LANGUAGES.includes(lang.split('-')[0]);
}

/** Indices of openers that have a matching closer later in the text (one stack pass). */
function matchedOpeners(text: string): Set<number> {
  const matched = new Set<number>();
  const stack: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (OPENERS.has(ch)) stack.push(i);
    else if (CLOSERS.has(ch)) {
      const at = findOpener(text, stack, ch);
      if (at !== -1) {
        matched.add(stack[at]);
        stack.length = at;
      }
    }
  }
  return matched;
}

/** Position in the stack of the nearest opener closed by `closer`, or -1. */
function findOpener(text: string, stack: readonly number[], closer: string): number {
  for (let k = stack.length - 1; k >= 0; k--) if (OPENERS.get(text[stack[k]]) === closer) return k;
  return -1;
}

/** Splits plain text into sentences for a language. */
export function splitSentences(text: string, lang: string): SentenceRange[] {
  const cjk = isCjkLanguage(lang);
  const terminals = new Set(cjk ? CJK_SENTENCE_TERMINALS : LATIN_SENTENCE_TERMINALS);
  const matched = matchedOpeners(text);
  const ranges: SentenceRange[] = [];
  const stack: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (matched.has(i)) stack.push(OPENERS.get(ch)!);
    else if (stack.length && ch === stack[stack.length - 1]) {
      stack.pop();
      if (stack.length === 0 && endsAfterCloser(text, i, terminals, cjk)) i = cut(i + 1);
    } else if (stack.length === 0 && terminals.has(ch)) {
      const end = sentenceEnd(text, i, terminals, cjk);
      if (end !== -1) i = cut(end);
    }
  }
  pushRange(ranges, text, start, text.length);
  return ranges;

  function cut(end: number): number {
    const closers = skipClosers(text, end);
    pushRange(ranges, text, start, closers);
    start = closers;
    return closers - 1;
  }
}

/** After a terminal at `at`, where the sentence ends (past repeated terminals), or -1 if it does not. */
function sentenceEnd(text: string, at: number, terminals: Set<string>, cjk: boolean): number {
  let end = at + 1;
  while (end < text.length && terminals.has(text[end])) end++;
  if (cjk || isWideTerminal(text[at])) return end;
  const after = skipClosers(text, end);
  if (after < text.length && !WHITESPACE.test(text[after])) return -1;
  let k = after;
  while (k < text.length && WHITESPACE.test(text[k])) k++;
  const next = text[k];
  return next !== undefined && next.toLowerCase() === next && next.toUpperCase() !== next ? -1 : end;
}

function isWideTerminal(ch: string): boolean {
  return ch === '。' || ch === '！' || ch === '？';
}

/** `「…。」`: a closing quote right after a terminal ends the sentence once the brackets are all closed. */
function endsAfterCloser(text: string, closerAt: number, terminals: Set<string>, cjk: boolean): boolean {
  if (!QUOTES_ENDING_SENTENCE.includes(text[closerAt])) return false;
  let k = closerAt - 1;
  while (k >= 0 && TRAILING.has(text[k])) k--;
  if (k < 0 || !terminals.has(text[k])) return false;
  const after = skipClosers(text, closerAt + 1);
  return cjk || isWideTerminal(text[k]) || after >= text.length || WHITESPACE.test(text[after]);
}

/** Index after any closing marks starting at `from`. */
function skipClosers(text: string, from: number): number {
  let end = from;
  while (end < text.length && TRAILING.has(text[end])) end++;
  return end;
}

/** Adds [start, end) trimmed of whitespace, unless nothing is left. */
function pushRange(ranges: SentenceRange[], text: string, start: number, end: number): void {
  while (start < end && WHITESPACE.test(text[start])) start++;
  while (end > start && WHITESPACE.test(text[end - 1])) end--;
  if (end > start) ranges.push({ start, end });
}
