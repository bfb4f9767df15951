/**
 * Limits on what the parser is given. wikiparser-node recurses once per level of nesting: near 600
 * levels of `{{…[[…` it runs out of stack, and well before that it slows down sharply (200 levels take
 * seconds). Real articles nest a dozen levels at most, so input nested deeper than the limit is
 * refused with a diagnostic that says where, instead of being parsed.
 */

/** Deepest nesting of `{{ }}`, `[[ ]]` and `{| |}` (counted together) that is parsed. */
export const MAX_NESTING_DEPTH = 100;

/** Where nesting first goes past `max` levels (UTF-16 index of the opener), or undefined if it never does. */
export function excessiveNesting(text: string, max = MAX_NESTING_DEPTH): number | undefined {
  let depth = 0;
  for (let i = 0; i < text.length - 1; i++) {
    const pair = text[i] + text[i + 1];
    const lineStart = i === 0 || text[i - 1] === '\n';
    if (pair === '{{' || pair === '[[' || (pair === '{|' && lineStart)) {
      if (++depth > max) return i;
      i++;
    } else if (pair === '}}' || pair === ']]' || (pair === '|}' && lineStart)) {
      // Stray closers are text to MediaWiki: they never take the depth below zero.
      depth = Math.max(0, depth - 1);
      i++;
    }
  }
  return undefined;
}
