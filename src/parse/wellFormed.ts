/**
 * Text that every RDF syntax can carry. A lone UTF-16 surrogate has no UTF-8 form: written to a file it
 * silently becomes U+FFFD, so the graph read back would differ from the graph built. Files decoded as
 * UTF-8 never hold one, but text handed to the library directly may; it is replaced here, once, with
 * U+FFFD (one code unit for one, so every offset stays where it was).
 */

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** `text` with each lone surrogate replaced by U+FFFD, and the UTF-16 index of the first one replaced. */
export function wellFormed(text: string): { text: string; firstReplaced?: number } {
  LONE_SURROGATE.lastIndex = 0;
  const first = LONE_SURROGATE.exec(text);
  if (!first) return { text };
  return { text: text.replace(LONE_SURROGATE, '\uFFFD'), firstReplaced: first.index };
}
