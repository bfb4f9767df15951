import * as fs from 'fs';
import * as path from 'path';
import { LOCAL_NAMESPACES } from '../../parse/lexicon/namespaces';
import type { ArticleSource, ParsedArticle } from '../../parse/model';
import type { PageField } from '../../site/scan';
import { classifyName } from '../classify';
import { ENTITY_TYPES, PROPERTY_NAMES, type EntityType } from '../fact';
import { isInfobox, loadMappings, normaliseTemplateName } from '../infobox/mappings';
import { patternsFolder } from '../matcher/load';

/**
 * The class a page gives its own subject, read from the page itself, never from its title's ending:
 *
 * 1. its infobox's family (the mappings' `class` line: `{{Infobox officeholder}}` → Person);
 * 2. its lead's definition, `'''X'''…是…的Y` with `Y` ending in a class noun (`政治人物`, `大學`, `條約`)
 *    or, in Chinese, in a name ending (`name-endings.tsv`: `…的常設辦事處`);
 * 3. its categories (`1901年出生`, `某國島嶼`, `某市公司`), by vote;
 * 4. a biography's lead, `'''X'''（1901年4月3日－…）`.
 *
 * Class nouns and category endings are data (`patterns/{lang}/lexicon/page-classes.tsv`). The same
 * reading works on a parsed article (its subject's class) and on raw wikitext (a build's pre-pass, which
 * gives link targets their page's class without parsing every page).
 */

interface ClassRule {
  source: 'category' | 'definition';
  match: 'suffix' | 'prefix' | 'exact';
  value: string;
  type: EntityType;
}

const rulesByLang = new Map<string, ClassRule[]>();

/** The class rules of a language, read once (none when it has no file). */
export function pageClassRules(lang: string): ClassRule[] {
  let rules = rulesByLang.get(lang);
  if (rules) return rules;
  rules = [];
  const file = path.join(patternsFolder(), lang, 'lexicon', 'page-classes.tsv');
  if (fs.existsSync(file)) rules = parsePageClasses(fs.readFileSync(file, 'utf8'), `${lang}/lexicon/page-classes.tsv`);
  rulesByLang.set(lang, rules);
  return rules;
}

/** Reads `source<TAB>match<TAB>value<TAB>Class` rows. */
export function parsePageClasses(text: string, file: string): ClassRule[] {
  const rules: ClassRule[] = [];
  text.split(/\r?\n/).forEach((raw, n) => {
    if (raw.trim() === '' || raw.trimStart().startsWith('#')) return;
    const [source, match, value, type] = raw.split('\t').map((c) => c.trim());
    if (!['category', 'definition'].includes(source) || !['suffix', 'prefix', 'exact'].includes(match) || !value || !(ENTITY_TYPES as readonly string[]).includes(type)) {
      throw new Error(`${file}:${n + 1}: expected category|definition, suffix|prefix|exact, a value and a class`);
    }
    rules.push({ source: source as ClassRule['source'], match: match as ClassRule['match'], value, type: type as EntityType });
  });
  // Longest value first: `企業家` before `企業`.
  return rules.sort((a, b) => b.value.length - a.value.length);
}

function matches(rule: ClassRule, text: string): boolean {
  if (rule.match === 'exact') return text === rule.value;
  if (rule.match === 'prefix') return text.startsWith(rule.value);
  return text.endsWith(rule.value);
}

/** What a page says of itself, as the class reading needs it. */
export interface PageSignals {
  title: string;
  lang: string;
  /** Canonical names of the templates it calls, in order. */
  templates: string[];
  categories: string[];
  /** The plain text of its first sentence that holds a bold term, if any. */
  lead?: string;
}

const KNOWN = { properties: new Set<string>(PROPERTY_NAMES), types: new Set<string>(ENTITY_TYPES) };

/** The class of a page's subject from its signals (empty when the page does not say). */
export function classOfSignals(page: PageSignals): EntityType[] {
  const mappings = loadMappings(KNOWN);
  for (const name of page.templates) {
    if (!isInfobox(mappings, page.lang, name)) continue;
    const mapped = mappings.templates.get(page.lang)?.get(normaliseTemplateName(name))?.class;
    if (mapped) return [mapped];
  }
  const rules = pageClassRules(page.lang);
  const definition = definitionNoun(page.lead);
  if (definition) {
    const rule = rules.find((r) => r.source === 'definition' && matches(r, definition));
    if (rule) return [rule.type];
    // `是…的常設辦事處`: the page itself says its subject is of the kind its class noun's ending names.
    const named = page.lang === 'zh' ? classifyName(definition) : [];
    if (named.length > 0 && !named.includes('Country')) return named;
  }
  const votes = new Map<EntityType, number>();
  for (const category of page.categories) {
    // A category named like the page holds the things of its kind (`某組織秘書長` holds the people who were), not the page's kind.
    if (category === page.title) continue;
    const rule = rules.find((r) => r.source === 'category' && matches(r, category.trim()));
    if (rule) votes.set(rule.type, (votes.get(rule.type) ?? 0) + 1);
  }
  const best = [...votes].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
  if (best && [...votes.values()].filter((v) => v === best[1]).length === 1) return [best[0]];
  if (page.lead && BIOGRAPHY_DATES.test(page.lead)) return ['Person'];
  return [];
}

/** `X（1901年4月3日－）`, `X（1901年4月3日—1970年8月9日）`: a life's dates right after the name. */
const BIOGRAPHY_DATES = /^[^（(]{1,30}[（(][^（）()]{0,40}?\d{3,4}年\d{1,2}月\d{1,2}日\s*[－—–-]/;

/** The noun the lead defines the subject as: the words before `。`/`，` after the last `的` of `是…的Y`. */
function definitionNoun(lead: string | undefined): string | undefined {
  if (!lead) return undefined;
  const copula = /是|為|为|係/.exec(lead);
  if (!copula) return undefined;
  let rest = lead.slice(copula.index + 1);
  for (let before = ''; before !== rest; ) [before, rest] = [rest, rest.replace(/（[^（）]*）|\([^()]*\)/g, '')];
  const clause = rest.split(/[，。；]/)[0].trim();
  return clause.length > 0 ? clause : undefined;
}

/** The class of a parsed article's subject. */
export function subjectTypes(article: ParsedArticle): EntityType[] {
  const lead = article.sentences.find((s) => s.mentions.some((m) => m.kind === 'bold'))?.text;
  return classOfSignals({
    title: article.source.title,
    lang: article.source.lang,
    templates: article.templates.map((t) => t.canonicalName),
    categories: article.categories.map((c) => c.name),
    lead,
  });
}

const CATEGORY_WORDS = ['Category', '分类', '分類', '類別', '类别'];
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The same signals read from a page's raw wikitext, without parsing it (for a build's pre-pass, once per
 * page): the template names, the categories, and the first line with a bold term, its links and templates
 * flattened. Rough where the parser is exact, and only ever used for what a page says of itself.
 */
export function rawSignals(source: ArticleSource): PageSignals {
  const text = source.text.length > 200_000 ? source.text.slice(0, 200_000) : source.text;
  const templates: string[] = [];
  for (const m of text.matchAll(/\{\{\s*(?:[Tt]emplate\s*:\s*)?([^{}|\n<]+?)\s*(?=[|}\n])/g)) {
    const name = m[1].replace(/_/g, ' ').trim();
    if (name) templates.push(name[0].toUpperCase() + name.slice(1));
    if (templates.length >= 60) break;
  }
  const words = [...CATEGORY_WORDS, ...(LOCAL_NAMESPACES[source.lang]?.category ?? [])].map(escapeRegExp);
  const categoryLink = new RegExp(`\\[\\[\\s*(?:${words.join('|')})\\s*:\\s*([^|\\]\\n]+)`, 'gi');
  const categories = [...text.matchAll(categoryLink)].map((m) => m[1].replace(/_/g, ' ').trim());
  const line = text.split('\n').find((l) => l.includes("'''") && !/^\s*[{|!]/.test(l));
  const lead = line
    ?.replace(/<ref[^>]*\/>|<ref[^>]*>[\s\S]*?<\/ref>/g, '')
    .replace(/\{\{[^{}]*\}\}/g, '')
    .replace(/\[\[(?:[^|\]]*\|)?([^\]]*)\]\]/g, '$1')
    .replace(/'{2,}/g, '');
  return { title: source.title, lang: source.lang, templates, categories, lead };
}

/**
 * The site index's field of each page's class (`class`: its types, comma-separated), so that a link to a
 * page of the build is typed by what that page says it is (`wikikg build` reads every input once first).
 */
export const PAGE_CLASS_FIELD: PageField = {
  name: 'class',
  scan(source) {
    if (source.redirect) return undefined;
    try {
      const types = classOfSignals(rawSignals(source));
      return types.length > 0 ? types.join(',') : undefined;
    } catch {
      return undefined;
    }
  },
};

/** The class the site index gives a page (`PAGE_CLASS_FIELD`), if it knows one. */
export function indexedClass(site: { field(lang: string, title: string, name: string): string | undefined } | undefined, lang: string, title: string): EntityType[] {
  const value = site?.field(lang, title, PAGE_CLASS_FIELD.name);
  return value ? (value.split(',').filter((t) => (ENTITY_TYPES as readonly string[]).includes(t)) as EntityType[]) : [];
}
