/**
 * From a dump's pages to articles: only pages of the article namespace (0) that are not redirects and
 * have text; the language from the dump's header; a page that appears twice keeps its later copy (a
 * dump's later entry is the newer one). What was left out is counted, so the user is told.
 */
import type { ArticleSource } from '../parse/model';
import { languageFromScript } from './language';
import { DEFAULT_MAX_BYTES } from './readArticle';
import { readDumpPages, type DumpPage, type DumpReadOptions, type DumpSite } from './xmlDump';

/** Options of `readDumpArticles`. */
export interface DumpArticleOptions extends DumpReadOptions {
  /** Wiki language code given by the user; overrides the dump's header. */
  lang?: string;
}

/** Why a page of a dump was not taken as an article. */
export type SkipReason = 'namespace' | 'redirect' | 'empty' | 'untitled' | 'duplicate' | 'too-large';

/** The articles of one dump and what was skipped. */
export interface DumpArticles {
  articles: ArticleSource[];
  skipped: Record<SkipReason, number>;
  /** One line per page left out for a reason the user may want to act on (over the size limit). */
  notes: string[];
}

/** Magic words that make a page a redirect, for old dumps without a `<redirect>` element. */
const REDIRECT_WORDS = ['#redirect', '#重定向', '#重新導向', '#転送', '#リダイレクト', '＃転送', '＃リダイレクト', '#weiterleitung', '#넘겨주기', '#перенаправление', '#redirection'];

/** Languages whose script `languageFromScript` tells apart reliably. */
const SCRIPT_LANGUAGES = new Set(['ja', 'ko', 'zh']);

/** Where diagnostics about one page of a dump point: `dump.xml[Title]` (titles never contain `[` or `]`). */
export function dumpPageOrigin(file: string, title: string): string {
  return `${file}[${title}]`;
}

/** Reads the article pages of a dump (see the module comment); throws `SourceError` on a bad dump. */
export async function readDumpArticles(file: string, options: DumpArticleOptions = {}): Promise<DumpArticles> {
  const byTitle = new Map<string, ArticleSource>();
  const skipped: Record<SkipReason, number> = { namespace: 0, redirect: 0, empty: 0, untitled: 0, duplicate: 0, 'too-large': 0 };
  const notes: string[] = [];
  for await (const { site, page } of readDumpPages(file, options)) {
    const reason = skipReason(page);
    if (reason) {
      skipped[reason]++;
      if (reason === 'too-large') notes.push(`${dumpPageOrigin(file, page.title)}: skipped: the text is too large (${page.oversizeBytes} bytes; the limit is ${options.maxBytes ?? DEFAULT_MAX_BYTES} bytes)`);
      continue;
    }
    if (byTitle.delete(page.title)) skipped.duplicate++;
    byTitle.set(page.title, {
      title: page.title,
      lang: options.lang ?? pageLanguage(site, page.text),
      text: page.text,
      ...(page.revision ? { revision: page.revision } : {}),
      origin: dumpPageOrigin(file, page.title),
    });
  }
  return { articles: [...byTitle.values()], skipped, notes };
}

function skipReason(page: DumpPage): SkipReason | undefined {
  if (page.ns !== 0) return 'namespace';
  if (page.title === '') return 'untitled';
  if (page.oversizeBytes !== undefined) return 'too-large';
  if (page.redirect || isRedirectText(page.text)) return 'redirect';
  if (page.text.trim() === '') return 'empty';
  return undefined;
}

function isRedirectText(text: string): boolean {
  const head = text.trimStart().slice(0, 32).toLowerCase();
  return REDIRECT_WORDS.some((word) => head.startsWith(word));
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
