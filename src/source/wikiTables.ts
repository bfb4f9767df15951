/**
 * The four tables of a wiki's SQL dumps that tie its pages together, read row by row (`sqlDump.ts`):
 * `page` (page id ↔ namespace and title), `redirect` (a redirect page's id → its target), `page_props`
 * (a page id's properties, among them `wikibase_item`: its Wikidata item) and `langlinks` (a page id →
 * the title of the same subject in another language edition). Wikimedia publishes each as
 * `https://dumps.wikimedia.org/{wiki}/latest/{wiki}-latest-{table}.sql.gz`.
 *
 * Titles come out as the wiki shows them: `page_title` and `rd_title` store `_` for spaces, which
 * become spaces here, as in an XML dump's `<title>`.
 */
import { readSqlTable, type SqlReadOptions, type SqlValue } from './sqlDump';
import { SourceError } from './SourceError';

/** A row of `page`: only what the site index uses. */
export interface PageRow {
  id: number;
  ns: number;
  title: string;
  isRedirect: boolean;
}

/** A row of `redirect`. */
export interface RedirectRow {
  /** Page id of the redirect page. */
  from: number;
  ns: number;
  title: string;
  /** An interwiki prefix when the redirect leaves the wiki (then it is no page of this wiki). */
  interwiki: string;
}

/** A row of `page_props`. */
export interface PagePropRow {
  page: number;
  name: string;
  value: string;
}

/** A row of `langlinks`. */
export interface LangLinkRow {
  from: number;
  /** The other edition's language code (`en`). */
  lang: string;
  title: string;
}

/** What a table's dump said about its wiki. */
export interface TableInfo {
  /** The wiki's language code from the dump's header (`Database: zhwiki` → `zh`), if it names one. */
  wiki?: string;
  rows: number;
}

/** The columns of today's MediaWiki, for a dump that does not declare them. */
const DEFAULT_COLUMNS = {
  page: ['page_id', 'page_namespace', 'page_title', 'page_is_redirect', 'page_is_new', 'page_random', 'page_touched', 'page_links_updated', 'page_latest', 'page_len', 'page_content_model', 'page_lang'],
  redirect: ['rd_from', 'rd_namespace', 'rd_title', 'rd_interwiki', 'rd_fragment'],
  page_props: ['pp_page', 'pp_propname', 'pp_value', 'pp_sortkey'],
  langlinks: ['ll_from', 'll_lang', 'll_title'],
} as const;

type TableName = keyof typeof DEFAULT_COLUMNS;

/** Reads `page`: every page's id, namespace, title and whether it is a redirect. */
export function readPageTable(file: string, onRow: (row: PageRow) => void, options: SqlReadOptions = {}): Promise<TableInfo> {
  return readTable(file, 'page', ['page_id', 'page_namespace', 'page_title', 'page_is_redirect'], ([id, ns, title, redirect]) => {
    onRow({ id: integer(id), ns: integer(ns), title: titleText(title), isRedirect: integer(redirect) !== 0 });
  }, options);
}

/** Reads `redirect`: each redirect page's target. */
export function readRedirectTable(file: string, onRow: (row: RedirectRow) => void, options: SqlReadOptions = {}): Promise<TableInfo> {
  return readTable(file, 'redirect', ['rd_from', 'rd_namespace', 'rd_title', 'rd_interwiki'], ([from, ns, title, interwiki]) => {
    onRow({ from: integer(from), ns: integer(ns), title: titleText(title), interwiki: interwiki === null ? '' : String(interwiki) });
  }, options);
}

/** Reads `page_props`: each property of each page (`wikibase_item`, `disambiguation`, …). */
export function readPagePropsTable(file: string, onRow: (row: PagePropRow) => void, options: SqlReadOptions = {}): Promise<TableInfo> {
  return readTable(file, 'page_props', ['pp_page', 'pp_propname', 'pp_value'], ([page, name, value]) => {
    onRow({ page: integer(page), name: String(name ?? ''), value: value === null ? '' : String(value) });
  }, options);
}

/** Reads `langlinks`: each page's counterparts in other language editions. */
export function readLangLinksTable(file: string, onRow: (row: LangLinkRow) => void, options: SqlReadOptions = {}): Promise<TableInfo> {
  return readTable(file, 'langlinks', ['ll_from', 'll_lang', 'll_title'], ([from, lang, title]) => {
    onRow({ from: integer(from), lang: String(lang ?? ''), title: titleText(title) });
  }, options);
}

/** Reads one table, handing `onRow` the values of `wanted` columns in that order. */
async function readTable(
  file: string,
  table: TableName,
  wanted: readonly string[],
  onRow: (values: SqlValue[]) => void,
  options: SqlReadOptions,
): Promise<TableInfo> {
  let positions: number[] | undefined;
  let seenColumns: readonly string[] | undefined;
  const info = await readSqlTable(file, table, (values, columns) => {
    if (columns !== seenColumns) {
      positions = wanted.map((name) => columns.indexOf(name));
      const missing = wanted.filter((_, i) => positions![i] < 0);
      if (missing.length > 0) throw new SourceError(file, `${file}: the ${table} table has no column ${missing.join(', ')}`);
      seenColumns = columns;
    }
    onRow(positions!.map((i) => values[i]));
  }, { ...options, defaultColumns: options.defaultColumns ?? DEFAULT_COLUMNS[table] });
  const wiki = wikiOfDatabase(info.database);
  return { ...(wiki ? { wiki } : {}), rows: info.rows };
}

/** The language code of a wiki's database name (`zhwiki` → `zh`, `zh_min_nanwiki` → `zh-min-nan`), if it is a Wikipedia's. */
export function wikiOfDatabase(database: string | undefined): string | undefined {
  // Language codes of two or three letters and the longer ones (`simplewiki`, `be_x_oldwiki`).
  const match = /^([a-z]{2,}(?:_[a-z]+)*)wiki$/.exec(database ?? '');
  return match ? match[1].replace(/_/g, '-') : undefined;
}

/** The wiki a table's file name says (`zhwiki-20240101-page_props.sql.gz` → `zh`), if it says one. */
export function wikiOfFileName(file: string): string | undefined {
  const base = file.split(/[\\/]/).pop() ?? '';
  return wikiOfDatabase(/^([a-z][a-z_]*wiki)-/.exec(base)?.[1]);
}

function integer(value: SqlValue): number {
  return typeof value === 'number' ? value : Number(value);
}

function titleText(value: SqlValue): string {
  return String(value ?? '').replace(/_/g, ' ');
}
