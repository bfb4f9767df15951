/**
 * What a wiki's SQL tables (and an earlier build's `site-index.tsv`) add to the site index: titles and
 * page ids of pages outside the build (`page`), where those redirects lead (`redirect`, or the earlier
 * index), Wikidata items (`page_props`' `wikibase_item`) and counterparts in other editions (`langlinks`).
 *
 * A table is streamed and only its rows about pages the build needs are kept, so memory grows with the
 * build, not with the table: `page` rows whose title (by `titleKey`) is a page of the build or a link
 * target of its articles; `redirect` rows of those pages; then, for redirects leading to pages not yet
 * known, the tables again (a few rounds, for chains). `page_props` and `langlinks` rows are kept for the
 * page ids the index then has (`langlinks` for the build's own articles only).
 */
import * as fs from 'fs';
import * as path from 'path';
import { sqlDumpDatabase } from '../source/sqlDump';
import { SourceError } from '../source/SourceError';
import { readLangLinksTable, readPagePropsTable, readPageTable, readRedirectTable, wikiOfDatabase, wikiOfFileName } from '../source/wikiTables';
import type { SiteIndexBuilder } from './builder';
import { readIndexFile, SITE_INDEX_FILE } from './indexFile';
import { titleKey } from './titles';

/** The tables a build or a link run reads, by option. */
export interface SiteTables {
  /** `page` tables: titles ↔ page ids (needed for page ids of loose articles and of link targets). */
  page?: readonly string[];
  /** `redirect` tables, or folders of earlier builds (their `site-index.tsv`: titles, page ids, redirects). */
  redirects?: readonly string[];
  /** `page_props` tables: Wikidata items. */
  pageProps?: readonly string[];
  /** `langlinks` tables: counterparts in other editions. */
  langLinks?: readonly string[];
}

/** Options of `addTables`. */
export interface AddTablesOptions {
  cwd?: string;
  /** Titles the build's articles link to, by wiki (what `page` and earlier indexes are filtered to). */
  linkTargets: ReadonlyMap<string, ReadonlySet<string>>;
  /** Told one line per table read. */
  note: (line: string) => void;
}

/** Rounds of `page`/`redirect` reading: the first finds the pages, each next one where redirects lead. */
const ROUNDS = 4;

/** Whether any table is given. */
export function hasTables(tables: SiteTables | undefined): boolean {
  return !!tables && Object.values(tables).some((files) => files && files.length > 0);
}

/** A table's file and the wiki it belongs to. */
interface WikiFile {
  file: string;
  wiki: string;
}

/** Where a table is read from, as `readSqlTable` takes it. */
type ReadFrom = { cwd?: string };

/**
 * Reads the tables into the builder (see the module comment). Throws `SourceError` with one line on a
 * file that cannot be read, is not the table it was given as, or whose wiki cannot be told.
 */
export async function addTables(builder: SiteIndexBuilder, tables: SiteTables, options: AddTablesOptions): Promise<void> {
  const wikis = builder.languages();
  const sql = (files: readonly string[] | undefined): Promise<WikiFile[]> =>
    Promise.all((files ?? []).map(async (file) => ({ file, wiki: await wikiOf(file, wikis, options.cwd) })));
  const redirectDirs = (tables.redirects ?? []).filter((file) => isDirectory(file, options.cwd));
  const pages = {
    pageFiles: await sql(tables.page),
    redirectFiles: await sql((tables.redirects ?? []).filter((file) => !redirectDirs.includes(file))),
    redirectDirs,
  };
  const read: ReadFrom = options.cwd ? { cwd: options.cwd } : {};
  await addPages(builder, pages, options, read);
  for (const table of await sql(tables.pageProps)) await addItems(builder, table, options.note, read);
  for (const table of await sql(tables.langLinks)) await addLangLinks(builder, table, options.note, read);
}

/**
 * `page` rows (and an earlier build's index rows) of the titles the build names, `redirect` rows of
 * those that are redirects; then again for the pages redirects lead to, a few rounds for chains.
 */
async function addPages(
  builder: SiteIndexBuilder,
  tables: { pageFiles: WikiFile[]; redirectFiles: WikiFile[]; redirectDirs: string[] },
  options: AddTablesOptions,
  read: ReadFrom,
): Promise<void> {
  const wanted = new Map<string, Set<string>>();
  const keys = builder.titleKeys();
  for (const wiki of new Set([...builder.languages(), ...tables.pageFiles.map((f) => f.wiki), ...tables.redirectFiles.map((f) => f.wiki)])) {
    wanted.set(wiki, new Set([...(keys.get(wiki) ?? []), ...(options.linkTargets.get(wiki) ?? [])]));
  }
  let pending = wanted;
  for (let round = 0; round < ROUNDS && [...pending.values()].some((set) => set.size > 0); round++) {
    const note = round === 0 ? options.note : () => undefined;
    for (const table of tables.pageFiles) await addPageRows(builder, table, pending.get(table.wiki), note, read);
    for (const dir of tables.redirectDirs) await addIndexRows(builder, dir, pending, note, options.cwd);
    for (const table of tables.redirectFiles) await addRedirectRows(builder, table, read);
    pending = nextRound(builder, wanted);
  }
}

async function addPageRows(builder: SiteIndexBuilder, { file, wiki }: WikiFile, keys: ReadonlySet<string> | undefined, note: (line: string) => void, read: ReadFrom): Promise<void> {
  if (!keys?.size) return;
  let kept = 0;
  await readPageTable(file, (row) => {
    if (row.ns !== 0 || !keys.has(titleKey(wiki, row.title))) return;
    builder.addKnown({ lang: wiki, title: row.title, pageId: row.id, isRedirect: row.isRedirect });
    kept++;
  }, read);
  note(`${file}: ${kept} pages of ${wiki}wiki the build names`);
}

/** The rows of an earlier build's `site-index.tsv` about the titles wanted. */
async function addIndexRows(builder: SiteIndexBuilder, dir: string, pending: ReadonlyMap<string, ReadonlySet<string>>, note: (line: string) => void, cwd?: string): Promise<void> {
  const file = path.join(path.resolve(cwd ?? process.cwd(), dir), SITE_INDEX_FILE);
  let kept = 0;
  try {
    await readIndexFile(file, (row) => {
      if (row.ns !== 0 || !pending.get(row.lang)?.has(titleKey(row.lang, row.title))) return;
      builder.addKnown({ lang: row.lang, title: row.title, ...(row.pageId !== undefined ? { pageId: row.pageId } : {}), ...(row.redirect ? { redirect: row.redirect } : {}) });
      kept++;
    }, path.join(dir, SITE_INDEX_FILE));
  } catch (error) {
    throw new SourceError(dir, (error as NodeJS.ErrnoException).code === 'ENOENT' ? `${dir} has no ${SITE_INDEX_FILE}: give the folder of an earlier wikikg build` : (error as Error).message);
  }
  note(`${path.join(dir, SITE_INDEX_FILE)}: ${kept} pages the build names`);
}

/** The targets of the redirect pages whose target is not known yet. */
async function addRedirectRows(builder: SiteIndexBuilder, { file, wiki }: WikiFile, read: ReadFrom): Promise<void> {
  const ids = builder.pageIds(wiki, (page) => page.isRedirect && page.redirect === undefined && !page.built);
  if (ids.size === 0) return;
  await readRedirectTable(file, (row) => {
    if (row.ns === 0 && row.interwiki === '' && ids.has(row.from)) builder.setRedirect(wiki, row.from, row.title);
  }, read);
}

/** The titles of the next round: where redirects lead, that no page has and no round asked for yet. */
function nextRound(builder: SiteIndexBuilder, wanted: Map<string, Set<string>>): Map<string, Set<string>> {
  const next = new Map<string, Set<string>>();
  for (const [wiki, targets] of builder.unknownTargets()) {
    const known = wanted.get(wiki) ?? new Set<string>();
    const fresh = new Set(targets.map((t) => titleKey(wiki, t)).filter((k) => !known.has(k)));
    for (const key of fresh) known.add(key);
    wanted.set(wiki, known);
    next.set(wiki, fresh);
  }
  return next;
}

/** `page_props`' `wikibase_item` of every page with an id. */
async function addItems(builder: SiteIndexBuilder, { file, wiki }: WikiFile, note: (line: string) => void, read: ReadFrom): Promise<void> {
  const ids = builder.pageIds(wiki);
  let items = 0;
  await readPagePropsTable(file, (row) => {
    const item = /^Q([1-9]\d{0,15})$/.exec(row.value)?.[1];
    if (row.name !== 'wikibase_item' || !item || !ids.has(row.page)) return;
    builder.setItem(wiki, row.page, Number(item));
    items++;
  }, read);
  const hint = ids.size === 0 ? `: no ${wiki}wiki page of the build has a page id; give the wiki's page table (--page) or build from its dump` : '';
  note(`${file}: Wikidata items of ${items} of the ${ids.size} ${wiki}wiki pages with a page id${hint}`);
}

/** `langlinks` of the build's own articles. */
async function addLangLinks(builder: SiteIndexBuilder, { file, wiki }: WikiFile, note: (line: string) => void, read: ReadFrom): Promise<void> {
  const ids = builder.pageIds(wiki, (page) => page.built && !page.isRedirect);
  let links = 0;
  await readLangLinksTable(file, (row) => {
    if (!ids.has(row.from) || row.lang === '' || row.title === '') return;
    builder.addLangLink(wiki, row.from, { lang: row.lang, title: row.title });
    links++;
  }, read);
  note(`${file}: ${links} links to other editions from ${ids.size} ${wiki}wiki articles of the build`);
}

/** The wiki a table belongs to: its header's database, else its file name, else the build's only wiki. */
async function wikiOf(file: string, buildWikis: readonly string[], cwd?: string): Promise<string> {
  const fromHeader = wikiOfDatabase(await sqlDumpDatabase(file, cwd ? { cwd } : {}));
  const wiki = fromHeader ?? wikiOfFileName(file) ?? (buildWikis.length === 1 ? buildWikis[0] : undefined);
  if (wiki === undefined) throw new SourceError(file, `cannot tell which wiki ${file} belongs to: its header names no database and its name does not start with one (zhwiki-…); rename it so`);
  return wiki;
}

function isDirectory(file: string, cwd?: string): boolean {
  try {
    return fs.statSync(path.resolve(cwd ?? process.cwd(), file)).isDirectory();
  } catch {
    return false;
  }
}
