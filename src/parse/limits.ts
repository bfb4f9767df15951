/**
 * Limits on what the parser is given. wikiparser-node recurses once per level of nesting: near 600
 * levels of `{{…[[…` it runs out of stack, and well before that it slows down sharply (200 levels take
 * seconds). Real articles nest a dozen levels at most, so input nested deeper than the limit is
 * refused with a diagnostic that says where, instead of being parsed.
 */

/** Deepest nesting of `{{ }}`, `[[ ]]` and `{| |}` (counted together) that is parsed. */
export const MAX_NESTING_DEPTH = 100;

const [OPEN_BRACE, CLOSE_BRACE, OPEN_BRACKET, CLOSE_BRACKET, PIPE, NEWLINE] = [...'{}[]|\n'].map((c) => c.charCodeAt(0));

/** Where nesting first goes past `max` levels (UTF-16 index of the opener), or undefined if it never does. */
export function excessiveNesting(text: string, max = MAX_NESTING_DEPTH): number | undefined {
  let depth = 0;
  for (let i = 0; i < text.length - 1; i++) {
    const c = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    const lineStart = i === 0 || text.charCodeAt(i - 1) === NEWLINE;
    if ((c === OPEN_BRACE && (next === OPEN_BRACE || (next === PIPE && lineStart))) || (c === OPEN_BRACKET && next === OPEN_BRACKET)) {
      if (++depth > max) return i;
      i++;
    } else if ((c === CLOSE_BRACE && next === CLOSE_BRACE) || (c === CLOSE_BRACKET && next === CLOSE_BRACKET) || (c === PIPE && next === CLOSE_BRACE && lineStart)) {
      // Stray closers are text to MediaWiki: they never take the depth below zero.
      depth = Math.max(0, depth - 1);
      i++;
    }
  }
  return undefined;
}
