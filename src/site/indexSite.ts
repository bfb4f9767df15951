/**
 * The pre-pass of a build: every input is read once before any article is built, and each page gives
 * the site index its title, wiki, namespace, page id (from a dump), redirect target and extension fields
 * (`scan.ts`), from a cheap scan of its raw wikitext. Then the wiki tables given (`tables.ts`) add pages,
 * ids, items and links to other editions. A dump is read twice (here and by the build); that costs its
 * reading and decompression, not its parse.
 */
import { streamInputs, type PlannedInput, type ReadInputsOptions } from '../source/readInputs';
import { SiteIndexBuilder } from './builder';
import { readIndexFile } from './indexFile';
import { checkFieldName, linkTargets, PAGE_FIELDS, redirectTarget, type PageField } from './scan';
import type { SiteIndex } from './siteIndex';
import { addTables, hasTables, type SiteTables } from './tables';
import { titleKey } from './titles';

/** Options of `indexSite`. */
export interface IndexSiteOptions {
  /** How the inputs are read (as the build reads them, so titles and languages agree). */
  read?: ReadInputsOptions;
  tables?: SiteTables;
  /** The extension fields (default `PAGE_FIELDS`). */
  fields?: readonly PageField[];
  /** Told what the pre-pass found: one line per table, each redirect loop outside the build. */
  note?: (line: string) => void;
  /**
   * Told when a `.bz2` dump is damaged: the pages before the damage are indexed and the next input is
   * read (a build reads them again, and fails with the damage once it has written them). Without it,
   * the damage is thrown.
   */
  onDamage?: (error: Error) => void;
  /**
   * Told of each page whose title (normalised) a page read before it had already: a later copy of one
   * page, of which a build builds only the last (`batch/duplicates.ts`).
   */
  onRepeat?: (lang: string, title: string) => void;
  /** Told one line that sums the index up (`site index: 26 pages of the build; 12 with a Wikidata item`). */
  summary?: (line: string) => void;
}

/** Reads the inputs and the tables into a site index (see the module comment). Throws `SourceError` on bad input. */
export async function indexSite(plan: readonly PlannedInput[], options: IndexSiteOptions = {}): Promise<SiteIndex> {
  const fields = options.fields ?? PAGE_FIELDS;
  for (const field of fields) checkFieldName(field.name);
  const note = options.note ?? (() => undefined);
  const builder = new SiteIndexBuilder(fields.map((f) => f.name));
  // Link targets narrow what a `page` table or an earlier index adds to the pages the build names.
  const collectLinks = (options.tables?.page?.length ?? 0) > 0 || (options.tables?.redirects?.length ?? 0) > 0;
  const targets = new Map<string, Set<string>>();
  for await (const { source } of streamInputs(plan, { ...options.read, ...(options.onDamage ? { onDamage: options.onDamage } : {}) })) {
    const values: Record<string, string> = {};
    for (const field of fields) {
      const value = field.scan(source);
      if (value !== undefined && value !== '') values[field.name] = value;
    }
    const redirect = redirectTarget(source);
    // Only pages of the inputs are in the builder while they are read (the tables come after).
    if (options.onRepeat && builder.has(source.lang, source.title)) options.onRepeat(source.lang, source.title);
    builder.addBuilt({
      lang: source.lang, title: source.title,
      ...(source.pageId !== undefined ? { pageId: source.pageId } : {}),
      ...(redirect !== undefined ? { redirect } : {}),
      fields: values,
    });
    if (!collectLinks) continue;
    let keys = targets.get(source.lang);
    if (!keys) targets.set(source.lang, (keys = new Set()));
    for (const target of linkTargets(source.text)) keys.add(titleKey(source.lang, target));
    if (redirect !== undefined) keys.add(titleKey(source.lang, redirect));
  }
  const built = builder.size;
  if (hasTables(options.tables)) {
    await addTables(builder, options.tables!, { ...(options.read?.cwd ? { cwd: options.read.cwd } : {}), linkTargets: targets, note });
  }
  const loops = new Set<string>();
  // A loop through a page of the build is that page's diagnostic (`siteDiagnostics`); others are told here.
  const index = builder.freeze((lang, chain, inBuild) => {
    if (inBuild) return;
    const members = [...new Set(chain)].sort().join('\u0000');
    if (loops.has(`${lang}\u0000${members}`)) return;
    loops.add(`${lang}\u0000${members}`);
    note(`${lang}wiki: redirect loop: ${chain.join(' → ')} (links to these pages are left as written)`);
  });
  options.summary?.(summary(index, built));
  return index;
}

/** `site index: 26 pages of the build (2 redirects), 40 from tables; 12 with a Wikidata item`. */
function summary(index: SiteIndex, built: number): string {
  let redirects = 0;
  let items = 0;
  let links = 0;
  for (const page of index.pages()) {
    if (page.redirect !== undefined && page.built) redirects++;
    if (page.item) items++;
    if (page.langLinks.length > 0) links++;
  }
  const extra = index.size - built;
  const parts = [`${built} page${built === 1 ? '' : 's'} of the build${redirects > 0 ? ` (${redirects} redirect${redirects === 1 ? '' : 's'})` : ''}`];
  if (extra > 0) parts.push(`${extra} more from tables`);
  const tail = [items > 0 ? `${items} with a Wikidata item` : '', links > 0 ? `${links} with links to other editions` : ''].filter(Boolean);
  return `site index: ${parts.join(', ')}${tail.length > 0 ? `; ${tail.join(', ')}` : ''}`;
}

/** Options of `indexBuiltGraphs`. */
export interface IndexBuiltOptions {
  /** The folder's `site-index.tsv`, when it has one (the pages its build indexed, with their ids). */
  indexFile?: string;
  /** The titles the folder's graphs name, by wiki (`…/resource/{wiki}/{title}`). */
  titles: ReadonlyMap<string, ReadonlySet<string>>;
  tables: SiteTables;
  cwd?: string;
  note?: (line: string) => void;
}

/**
 * The site index of graphs built already (`wikikg link`): the pages of the folder's own site index that
 * its graphs name, with their page ids, then what the tables give for them. The titles are the graphs'
 * (canonical already), so they are both what is wanted from `page` and what is looked up.
 */
export async function indexBuiltGraphs(options: IndexBuiltOptions): Promise<SiteIndex> {
  const builder = new SiteIndexBuilder();
  const wanted = new Map<string, Set<string>>();
  for (const [wiki, titles] of options.titles) wanted.set(wiki, new Set([...titles].map((t) => titleKey(wiki, t))));
  if (options.indexFile) {
    await readIndexFile(options.indexFile, (row) => {
      if (row.ns !== 0 || !wanted.get(row.lang)?.has(titleKey(row.lang, row.title))) return;
      const page = { lang: row.lang, title: row.title, ...(row.pageId !== undefined ? { pageId: row.pageId } : {}), ...(row.redirect ? { redirect: row.redirect } : {}) };
      if (row.built) builder.addBuilt(page);
      else builder.addKnown(page);
    });
  }
  await addTables(builder, options.tables, { ...(options.cwd ? { cwd: options.cwd } : {}), linkTargets: wanted, note: options.note ?? (() => undefined) });
  return builder.freeze();
}
