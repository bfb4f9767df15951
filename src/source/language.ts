/**
 * Which wiki an article comes from, when nobody said. The order is: the `--lang` option, then a folder
 * in the file's path named like a wiki language code (`articles/zh/某市.wiki` → `zh`, nearest folder
 * first), then a guess from the script of the text: any real share of kana → `ja` (Japanese mixes kana
 * with Han), more Hangul than Han → `ko`, enough Han → `zh`, otherwise `en`. The guess only needs to
 * tell the wikis this project reads apart; anything else should be given with `--lang`.
 */
import * as fs from 'fs';
import * as path from 'path';
import { AMBIGUOUS_LANGUAGE_CODES, WIKI_LANGUAGE_CODES } from './wikiLanguages';

/** How many folders above the file are looked at: `corpus/zh/politics/x.wiki` still counts, `/home/…` not. */
const FOLDER_DEPTH = 3;

/** The language named by one of the file's nearest parent folders, if any. */
export function languageFromPath(file: string): string | undefined {
  let dir = path.dirname(path.normalize(file));
  for (let depth = 0; depth < FOLDER_DEPTH; depth++) {
    const name = path.basename(dir).toLowerCase();
    if (WIKI_LANGUAGE_CODES.has(name)) return name;
    if (AMBIGUOUS_LANGUAGE_CODES.has(name) && besideWikiFolders(dir)) return name;
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return undefined;
}

/** Whether a folder has a sibling named like a wiki (`en/` beside `new/`). */
function besideWikiFolders(dir: string): boolean {
  try {
    return fs.readdirSync(path.dirname(dir)).some((name) => WIKI_LANGUAGE_CODES.has(name.toLowerCase()));
  } catch {
    return false;
  }
}

/** A wiki language guessed from the writing system of `text`: `ja`, `ko`, `zh` or `en`. */
export function languageFromScript(text: string): string {
  const counts = countScripts(text);
  const cjk = counts.han + counts.kana + counts.hangul;
  // Latin letters come from markup and citations too, so CJK text wins at a quarter of their number.
  if (cjk === 0 || cjk * 4 < counts.latin) return 'en';
  if (counts.kana * 10 >= cjk) return 'ja';
  if (counts.hangul > counts.han) return 'ko';
  return 'zh';
}

interface ScriptCounts {
  han: number;
  kana: number;
  hangul: number;
  latin: number;
}

function countScripts(text: string): ScriptCounts {
  const count = (pattern: RegExp): number => text.match(pattern)?.length ?? 0;
  return {
    han: count(/\p{Script=Han}/gu),
    kana: count(/[\p{Script=Hiragana}\p{Script=Katakana}]/gu),
    hangul: count(/\p{Script=Hangul}/gu),
    latin: count(/\p{Script=Latin}/gu),
  };
}
