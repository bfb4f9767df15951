/** Mentions found in a sentence's plain text itself: terms in quote brackets and titles in title brackets. */
import type { Mention } from './model';
import { QUOTED_TERM_BRACKETS, TITLE_BRACKETS } from './lexicon/punctuation';

/** Opening bracket → what it opens: read once per character, so a Map rather than two object lookups. */
const OPENERS = new Map<string, { closer: string; kind: Mention['kind'] }>([
  ...Object.entries(QUOTED_TERM_BRACKETS).map(([open, closer]) => [open, { closer, kind: 'quoted' as const }] as const),
  ...Object.entries(TITLE_BRACKETS).map(([open, closer]) => [open, { closer, kind: 'title-quoted' as const }] as const),
]);

/** Where a plain range came from, to give a mention its source span (code points). */
export type SourceOf = (plainStart: number, plainEnd: number) => { start: number; end: number };

/** `「X」`/`『X』` as `quoted` and `《X》` as `title-quoted`; plain indices cover X, the span the brackets. */
export function bracketMentions(text: string, sourceOf: SourceOf): Mention[] {
  const mentions: Mention[] = [];
  const stack: { at: number; closer: string; kind: Mention['kind'] }[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const opener = OPENERS.get(ch);
    if (opener) {
      stack.push({ at: i, ...opener });
      continue;
    }
    if (stack.length === 0) continue;
    const k = findOpen(stack, ch);
    if (k === -1) continue;
    const open = stack[k];
    stack.length = k;
    if (i > open.at + 1) {
      const span = sourceOf(open.at, i + 1);
      mentions.push({ kind: open.kind, text: text.slice(open.at + 1, i), plainStart: open.at + 1, plainEnd: i, ...span });
    }
  }
  return mentions.sort((a, b) => a.plainStart - b.plainStart);
}

function findOpen(stack: readonly { closer: string }[], ch: string): number {
  for (let k = stack.length - 1; k >= 0; k--) if (stack[k].closer === ch) return k;
  return -1;
}
