/** Native Korean names given by `{{kor|hangul|hanja}}`, `{{Korean|hangul=…|hanja=…}}` and the lang-ko family. */
import { KOREAN_NAME_TEMPLATES } from './lexicon/templates';
import type { KoreanName } from './model';
import type { Placement } from './prose';
import { argumentValue, FoundTemplate } from './templates';

/** Strips markup a name argument may carry (links, quotes) from its value. */
function cleanName(value: string): string {
  return value
    .replace(/\[\[(?:[^|\]]*\|)?([^\]]*)\]\]/g, '$1')
    .replace(/'{2,}/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .trim();
}

/** One Korean name per template call that gives a hangul or hanja form. */
export function koreanNames(templates: readonly FoundTemplate[], placements: Map<unknown, Placement>): KoreanName[] {
  const names: KoreanName[] = [];
  for (const { call, node } of templates) {
    const shape = KOREAN_NAME_TEMPLATES[call.canonicalName];
    if (!shape) continue;
    const hangul = argumentValue(call, shape.hangul);
    const hanja = argumentValue(call, shape.hanja);
    if (!hangul && !hanja) continue;
    const name: KoreanName = { sentence: placements.get(node)?.sentence ?? -1, start: call.start, end: call.end };
    if (hangul) name.hangul = cleanName(hangul.value);
    if (hanja) name.hanja = cleanName(hanja.value);
    names.push(name);
  }
  return names;
}
