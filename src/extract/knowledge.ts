import type { ParsedArticle } from '../parse/model';
import { entityKey, type EntityKey } from './fact';
import { countries } from './lexicon/countries';
import { nameSuffix } from './classify';
import { placeDerivingSuffixes } from './lexicon/organizations';
import { buildNameIndex, type NameIndex } from './nameIndex';
import { segment } from './text/segmenter';
import { NameFinder } from './text/nameFinder';

/**
 * What the resolver needs to know about the whole article before it reads any sentence: who the
 * subject is and how the text refers to it, and which key each state goes by.
 */
export interface ArticleKnowledge {
  subject: EntityKey;
  /** The wiki language of the article. */
  lang: string;
  /** Names that denote the subject: the title and the bold terms of the lead. */
  subjectNames: string[];
  /**
   * The class noun the lead defines the subject as (`…是一個…的[[X]]`), else the title's lexicon
   * ending; a bare `X` later in the text refers back to the subject when the title ends with it
   * (`中日…聯絡處` … `聯絡處`).
   */
  classNoun?: string;
  /** Every name of every state (gazetteer names and noteTA variants) → its entity key. */
  countryByName: Map<string, EntityKey>;
  /**
   * The names of `countryByName` that name their state only as a link target (`[[蘇丹]]`): in plain prose
   * the same word is something else too (a sultan).
   */
  countryLinkOnly: Set<string>;
  /** One-character forms of states, for side expressions (`日方`). */
  countryByAbbreviation: Map<string, EntityKey>;
  /**
   * Places the text names without a link but whose name the name of a linked place is built on
   * (`[[大阪工業區]]` → `大阪`): name → key.
   */
  derivedPlaces: Map<string, EntityKey>;
  /** The names the article uses, gathered from the whole text (see `nameIndex.ts`). */
  names: NameIndex;
}

/** Reads the article once for the resolver. */
export function buildKnowledge(article: ParsedArticle): ArticleKnowledge {
  const subjectNames = [article.source.title, ...article.boldTerms.map((b) => b.text)].filter((n) => n.length > 0);
  const found = findClassNoun(article);
  const { byName, byAbbreviation, linkOnly } = countryKeys(article);
  const classNoun = found && article.source.title.endsWith(found) ? found : headNoun(article.source.title) ?? clauseStartSuffix(article);
  const names = buildNameIndex(article, (name) => byName.get(name));
  // The class noun and the subject's own names refer to the subject, never to the page a link gives them.
  for (const n of [classNoun, found, ...subjectNames]) if (n) names.aliases.delete(n);
  return {
    subject: entityKey.page(article.source.title),
    lang: article.source.lang,
    subjectNames: [...new Set(subjectNames)],
    classNoun,
    countryByName: byName,
    countryLinkOnly: linkOnly,
    countryByAbbreviation: byAbbreviation,
    derivedPlaces: derivedPlaces(article),
    names,
  };
}

/** `X` for every linked `X工業區`-style place whose base `X` is at least two characters long. */
/** Whether the segmenter reads a name alone as one place name (`大阪`, `開城`; not `氣象`). */
function isPlaceName(name: string): boolean {
  const words = segment(name);
  return words.length === 1 && words[0].tag === 'ns';
}

function derivedPlaces(article: ParsedArticle): Map<string, EntityKey> {
  const places = new Map<string, EntityKey>();
  const suffixes = [...placeDerivingSuffixes].sort((a, b) => b.length - a.length);
  for (const link of article.links) {
    const suffix = suffixes.find((s) => link.target.endsWith(s));
    if (!suffix) continue;
    const base = link.target.slice(0, -suffix.length);
    // `[[氣象站]]` is no station of a place called 氣象: the base must read as a place name.
    if ([...base].length >= 2 && !places.has(base) && isPlaceName(base)) places.set(base, entityKey.name(base));
  }
  return places;
}

/** The last wikilink between `是` and the end of the defining clause of the first sentence with a bold term. */
export function findClassNoun(article: ParsedArticle): string | undefined {
  const first = article.sentences.find((s) => s.mentions.some((m) => m.kind === 'bold'));
  if (!first) return undefined;
  const copula = first.text.search(/是|為|为/);
  if (copula < 0) return undefined;
  const rest = first.text.slice(copula);
  const clauseEnd = copula + (rest.search(/[，。；]/) < 0 ? rest.length : rest.search(/[，。；]/));
  const links = first.mentions.filter((m) => m.kind === 'link' && m.plainStart > copula && m.plainEnd <= clauseEnd);
  return links.length > 0 ? links[links.length - 1].text : undefined;
}

/**
 * Keys for states: a state the article links goes by its link target, any other by the gazetteer's
 * title. NoteTA rules that contain a state's name add their other variants as names of that state (names
 * that count only in links when every name of the rule the gazetteer knows does).
 */
/** Every name of every state of the gazetteer, found in an article's prose at once. */
const STATE_NAMES = new NameFinder([...new Set(countries.flatMap((c) => [c.title, ...c.names]))]);

function countryKeys(article: ParsedArticle): { byName: Map<string, EntityKey>; byAbbreviation: Map<string, EntityKey>; linkOnly: Set<string> } {
  const byName = new Map<string, EntityKey>();
  const byAbbreviation = new Map<string, EntityKey>();
  const linkOnlyNames = new Set<string>();
  const linked = new Set(article.links.map((l) => l.target));
  const prose = article.sentences.map((s) => s.text).join('\n');
  // Which of the gazetteer's names the prose writes, in one pass over it.
  const written = new Set(STATE_NAMES.find(prose).map((m) => STATE_NAMES.names[m.index]));
  for (const country of countries) {
    // A state the article links goes by its link; else by the first of its names the article writes (in the
    // article's own script), else by the gazetteer's title.
    const linkOnly = new Set(country.linkOnly);
    const inProse = [country.title, ...country.names].filter((n) => !linkOnly.has(n));
    const target = [country.title, ...country.names, ...country.linkOnly].find((n) => linked.has(n)) ?? inProse.find((n) => written.has(n)) ?? country.title;
    const key = entityKey.page(target);
    const names = new Set([country.title, ...country.names, ...country.linkOnly]);
    for (const rule of article.variantRules) {
      const forms = Object.values(rule.variants).filter((f): f is string => !!f);
      const known = forms.filter((f) => names.has(f));
      if (known.length === 0) continue;
      for (const f of forms) {
        if (names.has(f)) continue;
        names.add(f);
        if (known.every((k) => linkOnly.has(k))) linkOnly.add(f);
      }
    }
    for (const n of names) {
      if (byName.has(n)) continue;
      byName.set(n, key);
      if (linkOnly.has(n)) linkOnlyNames.add(n);
    }
    for (const a of country.abbreviations) if (!byAbbreviation.has(a)) byAbbreviation.set(a, key);
  }
  return { byName, byAbbreviation, linkOnly: linkOnlyNames };
}

/** The lexicon ending of the title when it is a noun of its own (`…聯絡處` → `聯絡處`), not a bare `部`. */
function headNoun(title: string): string | undefined {
  const suffix = nameSuffix(title);
  return suffix && [...suffix].length >= 2 ? suffix : undefined;
}

/**
 * The longest ending of the title (two characters or more, shorter than the title) that the text uses at
 * the start of a clause, as a short name of the subject (`工業園區自…起` in `某市工業園區`).
 */
function clauseStartSuffix(article: ParsedArticle): string | undefined {
  const title = [...article.source.title];
  const clauseStarts = article.sentences.flatMap((s) => s.text.split(/[，。；]/));
  for (let n = title.length - 2; n >= 2; n--) {
    const suffix = title.slice(title.length - n).join('');
    if (clauseStarts.some((c) => c.startsWith(suffix))) return suffix;
  }
  return undefined;
}
