import * as OpenCC from 'opencc-js';

/**
 * The one adapter for opencc-js: Traditional ↔ Simplified conversion of Chinese text, and the script
 * fold that tells titles apart only by what they mean, not by the script they are written in. Shared by
 * the stages that need it: extraction (names in both scripts), the site index and the graph (one IRI
 * whatever the script of a title), linking (title variants).
 */

// Built on first use: building them costs ~0.6 s, which an article in another language never needs.
let simplifier: ((text: string) => string) | undefined;
let traditionalizer: ((text: string) => string) | undefined;
let fromHongKong: ((text: string) => string) | undefined;

/** Simplified characters of Taiwan-standard Traditional text (OpenCC `tw` → `cn`). */
export function toSimplified(text: string): string {
  return (simplifier ??= OpenCC.Converter({ from: 'tw', to: 'cn' }))(text);
}

/** Taiwan-standard Traditional characters of Simplified text (OpenCC `cn` → `tw`). */
export function toTraditional(text: string): string {
  return (traditionalizer ??= OpenCC.Converter({ from: 'cn', to: 'tw' }))(text);
}

/**
 * The script fold: Traditional text of any region (Taiwan, Hong Kong, OpenCC's standard forms) to
 * Simplified characters, so that `大韓民國`, `大韩民国` and a Hong Kong `衞` all meet. It is OpenCC's
 * `hk` → `cn` (Hong Kong variants, then Traditional to Simplified), which, unlike `tw` → `cn`, gives
 * the same result when applied twice: `tw` → `cn` turns the `著` of a Simplified `显著` into `着`.
 */
export function foldScript(text: string): string {
  return (fromHongKong ??= OpenCC.Converter({ from: 'hk', to: 'cn' }))(text);
}

/**
 * Whether text is written in Traditional characters (it changes when simplified, and not the other way).
 * Text that neither conversion changes counts as Traditional.
 */
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
 * The script a short text (a title, a name) is written in: `zh-Hant` when simplifying changes it,
 * `zh-Hans` when only making it Traditional does, and undefined when it is the same in both.
 */
export function scriptOf(text: string): 'zh-Hant' | 'zh-Hans' | undefined {
  if (foldScript(text) !== text) return 'zh-Hant';
  return toTraditional(text) !== text ? 'zh-Hans' : undefined;
}
