/**
 * What the pre-pass reads from each page's raw wikitext, without parsing it: the redirect target, the
 * pages it links to (only when a table must be filtered to them), and the extension point, `PAGE_FIELDS`.
 *
 * **Adding a per-page field.** Something an article's build needs to know about *other* pages (a link
 * target's class, from its infobox or categories) has to be known before any article is built. Write a
 * `PageField` (a name and a cheap scan of the raw wikitext: a regular expression, never the parser, as
 * it runs once per page of the whole build in one thread) and add it to `PAGE_FIELDS`. Its value is
 * stored in the site index (`SiteIndex.field(lang, title, name)` in any stage, in every worker), written
 * as a column of `site-index.tsv`, and part of the index's fingerprint, so a change of any page's value
 * rebuilds every article of an incremental build (see `SiteIndex.fingerprint`).
 */
import { normaliseLinkTarget } from '../parse/names';
import { INTERWIKI_PREFIXES } from '../parse/lexicon/links';
import { REDIRECT_WORD_ALTERNATION } from '../parse/lexicon/redirects';
import type { ArticleSource } from '../parse/model';

/** A field of every page of the site index, computed from its raw wikitext. */
export interface PageField {
  /** Column name in `site-index.tsv` and key for `SiteIndex.field`: lower case, letters, digits, `_`. */
  readonly name: string;
  /** The value for one page, or undefined when it has none. Must be cheap and must not throw. */
  scan(source: ArticleSource): string | undefined;
}

/** The fields every build indexes (none yet: the extension point of the module comment). */
export const PAGE_FIELDS: readonly PageField[] = [];

/** The start of a redirect page: leading space, a magic word, an optional colon, `[[Target]]`. */
const REDIRECT_LINE = new RegExp(`^\\s*(?:${REDIRECT_WORD_ALTERNATION})[ \\t]*:?[ \\t]*\\[\\[([^[\\]|\\n]+)(?:\\|[^\\]\\n]*)?\\]\\]`, 'iu');

const INTERWIKI = new Set(INTERWIKI_PREFIXES);

/** Whether a link target leaves the wiki (`en:Foo`, `wikt:foo`). */
function leavesWiki(target: string): boolean {
  const prefix = /^\s*:?\s*([A-Za-z][\w-]*)\s*:/.exec(target)?.[1];
  return prefix !== undefined && INTERWIKI.has(prefix.toLowerCase());
}

/** The page a redirect leads to: the dump's `<redirect title>`, else the `#REDIRECT [[…]]` line; undefined for an article. */
export function redirectTarget(source: ArticleSource): string | undefined {
  const line = REDIRECT_LINE.exec(source.text.slice(0, 2000));
  const written = line && !leavesWiki(line[1]) ? line[1] : source.redirect;
  const target = written === undefined ? '' : normaliseLinkTarget(written);
  return target === '' ? undefined : target;
}

const LINK = /\[\[([^[\]|\n{}<>]+)/g;

/** The pages a text links to (`[[Target|…]]`, fragments dropped), each once; interwiki links left out. */
export function linkTargets(text: string): string[] {
  const targets = new Set<string>();
  for (const match of text.matchAll(LINK)) {
    if (leavesWiki(match[1])) continue;
    const target = normaliseLinkTarget(match[1]);
    if (target) targets.add(target);
  }
  return [...targets];
}

/** Checks a field's name (it becomes a TSV column). */
export function checkFieldName(name: string): void {
  if (!/^[a-z][a-z0-9_]*$/.test(name)) throw new Error(`a page field needs a name of lower-case letters, digits and _ (got '${name}')`);
}
