import type { EntityType } from './fact';
import { countries } from './lexicon/countries';
import { nameSuffixes } from './lexicon/organizations';

const countryNames = new Set(countries.flatMap((c) => [c.title, ...c.names, ...c.linkOnly]));
const suffixesLongestFirst = [...nameSuffixes].sort((a, b) => b.suffix.length - a.suffix.length);
/** The endings by their last code unit, longest first: a name is compared only with those it could end with. */
const suffixesByLast = new Map<number, typeof suffixesLongestFirst>();
for (const rule of suffixesLongestFirst) {
  const last = rule.suffix.charCodeAt(rule.suffix.length - 1);
  const list = suffixesByLast.get(last);
  if (list) list.push(rule);
  else suffixesByLast.set(last, [rule]);
}

/** The lexicon endings `name` could have (those ending in its last code unit), longest first. */
function endingsOf(name: string): typeof suffixesLongestFirst {
  return suffixesByLast.get(name.charCodeAt(name.length - 1)) ?? [];
}

/**
 * What kind of thing a name names, from the gazetteer and the name-ending lexicon; empty when neither
 * knows (the caller decides the fallback).
 */
export function classifyName(written: string): EntityType[] {
  // `經濟部 (中華民國)`: a page title's disambiguation says which, not what.
  const name = written.replace(/\s*[（(][^（）()]*[）)]$/, '');
  if (countryNames.has(name)) return ['Country'];
  for (const rule of endingsOf(name)) {
    if (!name.endsWith(rule.suffix) || name === rule.suffix) continue;
    if (rule.except?.some((e) => name.endsWith(e))) continue;
    return [...rule.types];
  }
  return [];
}

/** The lexicon ending a name has, if any (`大阪工業區` → `工業區`). */
export function nameSuffix(name: string): string | undefined {
  return endingsOf(name).find((r) => name.endsWith(r.suffix) && name !== r.suffix)?.suffix;
}

/**
 * Whether a name's ending alone may give the generic family of its class (`name-endings.tsv`: an ending
 * of two characters or more, or one marked `family`), the exceptions of that ending aside.
 */
export function endingGivesFamily(written: string): boolean {
  const name = written.replace(/\s*[（(][^（）()]*[）)]$/, '');
  const rule = endingsOf(name).find((r) => name.endsWith(r.suffix) && name !== r.suffix);
  if (!rule || rule.except?.some((e) => name.endsWith(e))) return false;
  return rule.alone === true || [...rule.suffix].length >= 2;
}

/** A list page's title (`List of …`, `…列表`, `…名單`, `…一覧`): a page that stands for no one thing a fact could be about. */
export function isListPage(title: string): boolean {
  return /^Lists? of |(?:列表|一覽|一览|一覧|名單|名单)$|列表 \(/.test(title);
}
