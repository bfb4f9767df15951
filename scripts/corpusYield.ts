/**
 * Prose yield of a build: how many facts each article gets from its prose (sentences, lists, tables), per
 * language. A *prose fact* is a statement whose rule (`wkg:extractionRule` on the statement node) is neither
 * article-level (the subject, its mentions, page links, categories, citations, noteTA rules) nor an infobox's:
 * the pattern rows and frames (`position/apposition`, `table/office-holder`, `event-dates/…`, `gloss/…`, …).
 * Used by `npm run quality` (scripts/quality.ts) on a build of ../shared/corpus/articles.
 */
import * as fs from 'fs';
import * as path from 'path';
import { parseN3 } from '../src/export/n3';
import { wkg } from '../src/graph/vocab';

/**
 * Rule prefixes that are not prose: what every page gives whatever its text says (subject, mentions, page,
 * categories, citations, noteTA rules: `note-ta/` is the id the extractor writes, `noteTA/` its template's
 * name) and the infobox layers (raw and mapped).
 */
export const NOT_PROSE = ['subject/', 'mentions/', 'page/', 'categories/', 'citations/', 'noteTA/', 'note-ta/', 'infobox/', 'infobox-mapping/'] as const;

export const isProseRule = (rule: string): boolean => !NOT_PROSE.some((prefix) => rule.startsWith(prefix));

/** The languages reported on their own; every other wiki is counted as `other`. */
export const LANGUAGE_GROUPS = ['zh', 'en', 'ja', 'de'] as const;
export type LanguageGroup = (typeof LANGUAGE_GROUPS)[number] | 'other';
export const languageGroup = (lang: string): LanguageGroup => ((LANGUAGE_GROUPS as readonly string[]).includes(lang) ? (lang as LanguageGroup) : 'other');

/** One built article: its language, title and the rules of its prose facts (one entry per statement). */
export interface ArticleYield {
  lang: string;
  title: string;
  proseRules: string[];
}

export interface GroupYield {
  articles: number;
  proseFacts: number;
  /** Prose facts per article (0 for a group without articles). */
  perArticle: number;
  /** Articles with no prose fact at all, and their share of the group's articles. */
  withoutProse: number;
  shareWithoutProse: number;
  /** Prose facts by rule, most frequent first. */
  byRule: Record<string, number>;
}

/** The four languages together, as issue 17 counted them. */
export const NAMED_GROUPS = 'zh+en+ja+de';

export interface CorpusYield {
  /** zh, en, ja, de, other (in that order), then the four named languages together, then all. */
  byLanguage: Record<LanguageGroup | typeof NAMED_GROUPS | 'all', GroupYield>;
  articles: Array<{ lang: string; title: string; prose: number }>;
}

/** The rules of the prose statements of one Turtle graph (the objects of `wkg:extractionRule` that are prose rules). */
export function proseRulesOfTurtle(turtle: string): string[] {
  return parseN3(turtle, 'ttl')
    .filter((q) => q.predicate.equals(wkg.extractionRule))
    .map((q) => q.object.value)
    .filter(isProseRule);
}

/** The rows of a build's manifest.tsv (lang, title, output), read as src/batch/manifest.ts writes them. */
export function readManifest(out: string): Array<{ lang: string; title: string; output: string }> {
  const file = path.join(out, 'manifest.tsv');
  const [header, ...lines] = fs.readFileSync(file, 'utf8').split('\n').filter((l) => l !== '');
  const cols = header.split('\t');
  const at = (name: string) => {
    const i = cols.indexOf(name);
    if (i < 0) throw new Error(`${file} has no ${name} column`);
    return i;
  };
  const [lang, title, output] = [at('lang'), at('title'), at('output')];
  const unescape = (v: string) => v.replace(/\\([\\tnr])/g, (_, c: string) => ({ '\\': '\\', t: '\t', n: '\n', r: '\r' })[c]!);
  return lines.map((line) => {
    const cells = line.split('\t').map(unescape);
    return { lang: cells[lang], title: cells[title], output: cells[output] };
  });
}

/** Every article of a Turtle build (`wikikg build … --out DIR`, the default format) with its prose rules. */
export function readBuild(out: string): ArticleYield[] {
  return readManifest(out).map(({ lang, title, output }) => {
    if (!output.endsWith('.ttl')) throw new Error(`${output}: prose yield reads Turtle builds only (build with --format ttl)`);
    return { lang, title, proseRules: proseRulesOfTurtle(fs.readFileSync(path.join(out, output), 'utf8')) };
  });
}

function groupYield(articles: ArticleYield[]): GroupYield {
  const byRule = new Map<string, number>();
  for (const rule of articles.flatMap((a) => a.proseRules)) byRule.set(rule, (byRule.get(rule) ?? 0) + 1);
  const proseFacts = articles.reduce((n, a) => n + a.proseRules.length, 0);
  const withoutProse = articles.filter((a) => a.proseRules.length === 0).length;
  return {
    articles: articles.length,
    proseFacts,
    perArticle: articles.length ? proseFacts / articles.length : 0,
    withoutProse,
    shareWithoutProse: articles.length ? withoutProse / articles.length : 0,
    byRule: Object.fromEntries([...byRule].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))),
  };
}

/** Yield per language group and in all. */
export function summariseYield(articles: ArticleYield[]): CorpusYield {
  const byLanguage = {} as CorpusYield['byLanguage'];
  for (const group of [...LANGUAGE_GROUPS, 'other'] as const) byLanguage[group] = groupYield(articles.filter((a) => languageGroup(a.lang) === group));
  byLanguage[NAMED_GROUPS] = groupYield(articles.filter((a) => languageGroup(a.lang) !== 'other'));
  byLanguage.all = groupYield(articles);
  return { byLanguage, articles: articles.map((a) => ({ lang: a.lang, title: a.title, prose: a.proseRules.length })) };
}
