/**
 * When two written titles name one page. MediaWiki stores a title with spaces for `_`, one space for a
 * run of them and its first letter upper-cased (every Wikipedia sets `$wgCapitalLinks`), and on the
 * Chinese Wikipedia a reader may write a title in either script: zhwiki serves the same page for
 * `大韓民國` and `大韩民国`. `titleKey` is the form under which all of these meet; for a title no index
 * knows, it is also the one canonical form the graph names the page by (Simplified characters: the
 * Traditional → Simplified direction of OpenCC is many-to-one and so reliable, the other is a guess
 * among several characters).
 */
import { foldScript } from '../util/chineseScript';
import { HOMOGRAPHS } from './lexicon/homographs';

/** Wikis whose readers may write a title in either script (MediaWiki's LanguageConverter for Chinese). */
const SCRIPT_FOLDED_WIKIS = new Set(['zh']);

const HOMOGRAPH_SETS = new Map(Object.entries(HOMOGRAPHS).map(([wiki, titles]) => [wiki, new Set(titles.map(normaliseTitle))]));

/**
 * A title as MediaWiki stores it: trimmed, `_` and runs of white space as one space, the first letter
 * upper-cased when that gives one letter (`ß` stays: MediaWiki keeps it too).
 */
export function normaliseTitle(title: string): string {
  const spaced = title.replace(/[_\s]+/g, ' ').trim();
  const first = spaced.codePointAt(0);
  if (first === undefined) return spaced;
  const letter = String.fromCodePoint(first);
  const upper = letter.toUpperCase();
  return upper === letter || [...upper].length !== 1 ? spaced : upper + spaced.slice(letter.length);
}

/** Whether a wiki's titles are the same page in either script. */
export function foldsScript(lang: string): boolean {
  return SCRIPT_FOLDED_WIKIS.has(lang);
}

/**
 * The key under which every way of writing one title of a wiki meets: normalised, and on a wiki of both
 * scripts folded to Simplified characters, unless the title is a homograph of the lexicon.
 */
export function titleKey(lang: string, title: string): string {
  const normal = normaliseTitle(title);
  if (!SCRIPT_FOLDED_WIKIS.has(lang) || HOMOGRAPH_SETS.get(lang)?.has(normal)) return normal;
  return foldScript(normal);
}

/** A piece of text below a title (a part's discriminator, a category's name) folded by script on such a wiki. */
export function foldText(lang: string, text: string): string {
  return SCRIPT_FOLDED_WIKIS.has(lang) && !HOMOGRAPH_SETS.get(lang)?.has(text) ? foldScript(text) : text;
}
