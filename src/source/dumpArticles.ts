/**
 * From a dump's pages to articles: only pages of the article namespace (0) that have text; the language
 * from the dump's header; a page that appears twice keeps its later copy (a dump's later entry is the
 * newer one). What was left out is counted, so the user is told. Redirects are kept as pages of their
 * own, carrying their target (`ArticleSource.redirect`): each becomes a small graph saying where it leads.
 */
import { REDIRECT_WORD_ALTERNATION } from '../parse/lexicon/redirects';
import type { ArticleSource } from '../parse/model';
import { normaliseTitle } from '../site/titles';
import { languageFromScript } from './language';
import { DEFAULT_MAX_BYTES } from './readArticle';
import { readDumpPages, type DumpPage, type DumpReadOptions, type DumpSite } from './xmlDump';

/** Options of `readDumpArticles`. */
export interface DumpArticleOptions extends DumpReadOptions {
  /** Wiki language code given by the user; overrides the dump's header. */
  lang?: string;
}

/** Why a page of a dump was not taken as an article. */
export type SkipReason = 'namespace' | 'empty' | 'untitled' | 'duplicate' | 'too-large' | 'unreadable';

/** The articles of one dump and what was skipped. */
export interface DumpArticles {
  /** The article pages and the redirects (those with `redirect` set or `#REDIRECT` text), in dump order. */
  articles: ArticleSource[];
  /** How many of `articles` are redirects. */
  redirects: number;
  skipped: Record<SkipReason, number>;
  /** One line per page left out for a reason the user may want to act on (over the size limit). */
  notes: string[];
}

/** A text that starts with a redirect magic word (old dumps have no `<redirect>` element). */
const REDIRECT_TEXT = new RegExp(`^\\s*(?:${REDIRECT_WORD_ALTERNATION})`, 'iu');

/** Languages whose script `languageFromScript` tells apart reliably. */
const SCRIPT_LANGUAGES = new Set(['ja', 'ko', 'zh']);

/** Where diagnostics about one page of a dump point: `dump.xml[Title]` (titles never contain `[` or `]`). */
export function dumpPageOrigin(file: string, title: string): string {
  return `${file}[${title}]`;
}

/** Reads the article pages of a dump (see the module comment); throws `SourceError` on a bad dump. */
export async function readDumpArticles(file: string, options: DumpArticleOptions = {}): Promise<DumpArticles> {
  const byTitle = new Map<string, ArticleSource>();
  const tally = newDumpTally();
  for await (const source of streamDumpArticles(file, options, tally)) {
    byTitle.delete(source.title);
    byTitle.set(source.title, source);
  }
  const articles = [...byTitle.values()];
  return { articles, redirects: articles.filter(isRedirect).length, skipped: tally.skipped, notes: tally.notes };
}

/** What a streamed dump left out, counted as it goes (see `streamDumpArticles`). */
export interface DumpTally {
  skipped: Record<SkipReason, number>;
  redirects: number;
  /** Articles given out (redirects included). */
  articles: number;
  notes: string[];
}

/** An empty tally. */
export function newDumpTally(): DumpTally {
  return { skipped: { namespace: 0, empty: 0, untitled: 0, duplicate: 0, 'too-large': 0, unreadable: 0 }, redirects: 0, articles: 0, notes: [] };
}

/**
 * The article pages of a dump one at a time, as they are read, titled as MediaWiki stores the title
 * (`normaliseTitle`; `origin` keeps the title as the dump wrote it): nothing is kept but the titles seen
 * (to count a page that comes twice, whose later copy is given out again and so replaces the earlier one).
 */
export async function* streamDumpArticles(file: string, options: DumpArticleOptions = {}, tally = newDumpTally()): AsyncGenerator<ArticleSource> {
  const seen = new Set<string>();
  for await (const { site, page } of readDumpPages(file, options)) {
    const reason = skipReason(page);
    if (reason) {
      tally.skipped[reason]++;
      if (reason === 'unreadable') tally.notes.push(`${dumpPageOrigin(file, page.title)}: skipped: ${page.unreadable}`);
      if (reason === 'too-large') tally.notes.push(`${dumpPageOrigin(file, page.title)}: skipped: the text is too large (${page.oversizeBytes} bytes; the limit is ${options.maxBytes ?? DEFAULT_MAX_BYTES} bytes)`);
      continue;
    }
    const title = normaliseTitle(page.title);
    const source: ArticleSource = {
      title,
      lang: options.lang ?? pageLanguage(site, page.text),
      text: page.text,
      ...(page.revision ? { revision: page.revision } : {}),
      ...(page.id !== undefined ? { pageId: page.id } : {}),
      origin: dumpPageOrigin(file, page.title),
      ...(page.redirectTitle ? { redirect: page.redirectTitle } : {}),
    };
    const key = `${source.lang}\u0000${title}`;
    if (seen.has(key)) tally.skipped.duplicate++;
    else {
      seen.add(key);
      tally.articles++;
      if (isRedirect(source)) tally.redirects++;
    }
    yield source;
  }
}

/** Whether a page read from a dump is a redirect: the dump says so, or its text starts with the magic word. */
export function isRedirect(source: ArticleSource): boolean {
  return source.redirect !== undefined || isRedirectText(source.text);
}

function skipReason(page: DumpPage): SkipReason | undefined {
  if (page.unreadable !== undefined) return 'unreadable';
  if (page.ns !== 0) return 'namespace';
  if (normaliseTitle(page.title) === '') return 'untitled';
  if (page.oversizeBytes !== undefined) return 'too-large';
  // A redirect's target may be known from the dump even when its text is missing.
  if (page.text.trim() === '' && !page.redirectTitle) return 'empty';
  return undefined;
}

function isRedirectText(text: string): boolean {
  return REDIRECT_TEXT.test(text);
}

/** The wiki language a dump's header declares: from `<dbname>` (`zhwiki` → `zh`), else `xml:lang`. */
export function declaredLanguage(site: DumpSite): string | undefined {
  const fromDbname = /^([a-z]{2,3}(?:_[a-z]+)*)wiki$/.exec(site.dbname ?? '')?.[1];
  if (fromDbname) return fromDbname.replace(/_/g, '-');
  const xmlLang = site.xmlLang?.toLowerCase();
  return xmlLang && /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/.test(xmlLang) ? xmlLang : undefined;
}

/**
 * A page's language: the declared one, unless the page is written in a script that contradicts it
 * (test dumps are often made by copying enwiki's header onto Japanese, Korean or Chinese pages).
 */
export function pageLanguage(site: DumpSite, text: string): string {
  const declared = declaredLanguage(site);
  const guessed = languageFromScript(text);
  if (declared === undefined) return guessed;
  const declaredScript = declared.split('-')[0];
  return SCRIPT_LANGUAGES.has(guessed) && !SCRIPT_LANGUAGES.has(declaredScript) ? guessed : declared;
}
