import * as OpenCC from 'opencc-js';
import type { VariantRule } from '../../parse/model';

/**
 * The one adapter for opencc-js: Traditional ↔ Simplified conversion, corrected by the article's own
 * `{{noteTA}}` rules (which win for a name that is exactly one of their words, because editors wrote them
 * for exactly these words).
 */

// Built on first use: building them costs ~0.6 s, which an article in another language never needs.
let simplifier: ((text: string) => string) | undefined;
let traditionalizer: ((text: string) => string) | undefined;
const toSimplified = (text: string): string => (simplifier ??= OpenCC.Converter({ from: 'tw', to: 'cn' }))(text);
const toTraditional = (text: string): string => (traditionalizer ??= OpenCC.Converter({ from: 'cn', to: 'tw' }))(text);

/**
 * A Simplified copy of `text` of the same length, character for character (for tools whose dictionary is
 * Simplified, whose offsets must stay those of the text): OpenCC's conversion when it keeps the length,
 * else each character converted alone.
 */
export function toSimplifiedChars(text: string): string {
  const whole = toSimplified(text);
  if (whole.length === text.length) return whole;
  let out = '';
  for (const ch of text) {
    const one = toSimplified(ch);
    out += one.length === ch.length ? one : ch;
  }
  return out;
}

/** Maps our variant names to BCP 47 tags. */
export const VARIANT_TAGS: Record<string, string> = {
  'zh-hans': 'zh-Hans', 'zh-hant': 'zh-Hant', 'zh-cn': 'zh-CN', 'zh-tw': 'zh-TW', 'zh-hk': 'zh-HK',
  'zh-mo': 'zh-MO', 'zh-sg': 'zh-SG', 'zh-my': 'zh-MY',
};

/**
 * Simplified Chinese of the name `text`: a noteTA rule's form when one of the rule's forms is the whole
 * name, OpenCC otherwise. A rule never rewrites the middle of a name (MediaWiki converts whole matched
 * words, longest first, so a rule for `X` leaves the `X` inside a longer name `YX` alone).
 */
export function simplify(text: string, rules: VariantRule[] = []): string {
  return convertName(text, rules, ['zh-hans', 'zh-cn'], toSimplified);
}

/** Traditional Chinese of the name `text`, likewise. */
export function traditionalize(text: string, rules: VariantRule[] = []): string {
  return convertName(text, rules, ['zh-hant', 'zh-tw', 'zh-hk'], toTraditional);
}

/** Whether text is written in Traditional characters (it changes when simplified, and not the other way). */
export function isTraditional(text: string): boolean {
  const sample = text.slice(0, 4000);
  let trad = 0;
  let simp = 0;
  const s = toSimplified(sample);
  const t = toTraditional(sample);
  for (let i = 0; i < sample.length; i++) {
    if (s[i] !== sample[i]) trad++;
    if (t[i] !== sample[i]) simp++;
  }
  return trad >= simp;
}

/**
 * The form for the first of `targets` of the first rule that has the whole `name` as one of its forms;
 * `convert(name)` when no rule does.
 */
function convertName(name: string, rules: VariantRule[], targets: string[], convert: (s: string) => string): string {
  for (const rule of rules) {
    if (!Object.values(rule.variants).includes(name)) continue;
    const target = targets.map((t) => rule.variants[t]).find((v) => v);
    if (target) return target;
  }
  return convert(name);
}
