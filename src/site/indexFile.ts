/**
 * `site-index.tsv`, written next to a build's manifest: one line per page of the site index (the build's
 * own pages and those tables added), so that a later build of loose articles can take its titles, page
 * ids and redirects (`build --redirects DIR`), and `link --data DIR` the page ids of a dump's pages.
 * Its lines are also what the index's fingerprint hashes.
 *
 * Columns: `lang`, `title`, `ns`, `page_id` (empty when unknown), `redirect` (the target a redirect
 * writes, normalised; empty for an article), `built` (1 for a page of the build's inputs), `item` (`Q…`
 * from `page_props`), `langlinks` (`en:Berlin|ja:ベルリン`), then one column per extension field.
 */
import * as fs from 'fs';
import * as readline from 'readline';
import { temporaryPathFor } from '../util/atomicWrite';
import type { SitePage } from './siteIndex';

/** The file's name in a build's output folder. */
export const SITE_INDEX_FILE = 'site-index.tsv';

const COLUMNS = ['lang', 'title', 'ns', 'page_id', 'redirect', 'built', 'item', 'langlinks'];

/** The header line (without its newline). */
export function formatIndexHeader(fieldNames: readonly string[]): string {
  return [...COLUMNS, ...fieldNames].join('\t');
}

/** One page's line (without its newline). */
export function formatIndexLine(page: SitePage, fieldNames: readonly string[]): string {
  return [
    page.lang,
    page.title,
    String(page.ns),
    page.pageId === undefined ? '' : String(page.pageId),
    page.redirect ?? '',
    page.built ? '1' : '0',
    page.item ?? '',
    page.langLinks.map((l) => `${l.lang}:${l.title}`).join('|'),
    ...fieldNames.map((name) => page.fields[name] ?? ''),
  ].map(cell).join('\t');
}

function cell(value: string): string {
  return value.replace(/[\t\r\n]/g, ' ');
}

/** A line of an index file, as read back. */
export interface IndexRow {
  lang: string;
  title: string;
  ns: number;
  pageId?: number;
  redirect?: string;
  built: boolean;
  item?: string;
}

/**
 * Reads an index file line by line (streamed: a dump's index has millions of lines); throws an Error
 * naming the file and line on a line that is not one.
 */
export async function readIndexFile(file: string, onRow: (row: IndexRow) => void, shown = file): Promise<void> {
  const lines = readline.createInterface({ input: fs.createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  let number = 0;
  for await (const line of lines) {
    number++;
    if (number === 1) {
      if (!line.replace(/^\uFEFF/, '').startsWith(COLUMNS.join('\t'))) throw new Error(`${shown}:1: not a wikikg site index (its header must start with ${COLUMNS.join(' ')})`);
      continue;
    }
    if (line === '') continue;
    const [lang, title, ns, pageId, redirect, built, item] = line.split('\t');
    if (!lang || !title || !/^-?\d+$/.test(ns ?? '') || !/^\d*$/.test(pageId ?? 'x') || (built !== '0' && built !== '1')) {
      throw new Error(`${shown}:${number}: not a site index line (lang, title, ns, page_id, redirect, built, …)`);
    }
    onRow({
      lang, title, ns: Number(ns), built: built === '1',
      ...(pageId ? { pageId: Number(pageId) } : {}),
      ...(redirect ? { redirect } : {}),
      ...(item ? { item } : {}),
    });
  }
}

/** Writes the index's lines to `file` through a temporary file renamed at the end (whole or absent). */
export function writeIndexFile(file: string, pages: Iterable<SitePage>, fieldNames: readonly string[]): void {
  const temp = temporaryPathFor(file);
  const fd = fs.openSync(temp, 'wx');
  try {
    let chunk = `${formatIndexHeader(fieldNames)}\n`;
    for (const page of pages) {
      chunk += `${formatIndexLine(page, fieldNames)}\n`;
      if (chunk.length > 1 << 20) {
        fs.writeSync(fd, chunk);
        chunk = '';
      }
    }
    fs.writeSync(fd, chunk);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fs.renameSync(temp, file);
  } catch (error) {
    try {
      fs.closeSync(fd);
    } catch {
      // Closed already.
    }
    fs.rmSync(temp, { force: true });
    throw error;
  }
}
