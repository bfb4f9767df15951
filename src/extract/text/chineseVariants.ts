import * as OpenCC from 'opencc-js';
import type { VariantRule } from '../../parse/model';

/**
 * The one adapter for opencc-js: Traditional ↔ Simplified conversion, corrected by the article's own
 * `{{noteTA}}` rules (which win, because editors wrote them for exactly these words).
 */

const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });
const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });

/** Maps our variant names to BCP 47 tags. */
export const VARIANT_TAGS: Record<string, string> = {
  'zh-hans': 'zh-Hans', 'zh-hant': 'zh-Hant', 'zh-cn': 'zh-CN', 'zh-tw': 'zh-TW', 'zh-hk': 'zh-HK',
  'zh-mo': 'zh-MO', 'zh-sg': 'zh-SG', 'zh-my': 'zh-MY',
};

/** Simplified Chinese of `text`: the noteTA rules first, OpenCC for the rest. */
export function simplify(text: string, rules: VariantRule[] = []): string {
  return applyRules(text, rules, ['zh-hans', 'zh-cn'], toSimplified);
}

/** Traditional Chinese of `text`, likewise. */
export function traditionalize(text: string, rules: VariantRule[] = []): string {
  return applyRules(text, rules, ['zh-hant', 'zh-tw', 'zh-hk'], toTraditional);
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
 * Replaces each word that a noteTA rule knows (in any variant) by the rule's form for the first of
 * `targets` it has, converting the stretches in between with `convert`.
 */
function applyRules(text: string, rules: VariantRule[], targets: string[], convert: (s: string) => string): string {
  const words = ruleWords(rules, targets);
  if (words.length === 0) return convert(text);
  let out = '';
  let i = 0;
  let pending = '';
  while (i < text.length) {
    const hit = words.find((w) => text.startsWith(w.word, i));
    if (hit) {
      out += convert(pending) + hit.replacement;
      pending = '';
      i += hit.word.length;
    } else {
      pending += text[i];
      i++;
    }
  }
  return out + convert(pending);
}

function ruleWords(rules: VariantRule[], targets: string[]): Array<{ word: string; replacement: string }> {
  const words: Array<{ word: string; replacement: string }> = [];
  for (const rule of rules) {
    const target = targets.map((t) => rule.variants[t]).find((v) => v);
    if (!target) continue;
    for (const form of Object.values(rule.variants)) if (form) words.push({ word: form, replacement: target });
  }
  return words.sort((a, b) => b.word.length - a.word.length);
}
