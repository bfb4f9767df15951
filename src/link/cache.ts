/**
 * The link cache: every resolution the link stage knows, one per line of a TSV file that is committed
 * with the project, so that offline runs link exactly what was resolved before and a reviewer can see
 * when and where each identifier came from.
 *
 * Columns: `kind` (`sitelink`: a wiki page's item; `match`: a name reconciled for certain; `candidate`: a
 * scored candidate of a name that was not), `site` (`zhwiki`), `key` (the page title or the name as the
 * graph has it), `item` (`Q…`, or `-` when the page has no item), `score` (0–100, reconciliation only),
 * `page` (the title Wikidata links, when redirects or variants led elsewhere), `date` (YYYY-MM-DD), `source`.
 */
import * as fs from 'fs';
import { titleKey } from '../site/titles';
import { compareCodePoints } from '../util/text';
import { writeFileAtomic } from '../util/atomicWrite';

/** What kind of resolution a line records. */
export type CacheKind = 'sitelink' | 'match' | 'candidate';

/** One line of the cache. */
export interface CacheEntry {
  kind: CacheKind;
  site: string;
  key: string;
  /** `Q…`, or undefined for a page that has no item. */
  item?: string;
  score?: number;
  page?: string;
  date: string;
  source: string;
}

const COLUMNS = ['kind', 'site', 'key', 'item', 'score', 'page', 'date', 'source'] as const;
const KINDS: readonly CacheKind[] = ['sitelink', 'match', 'candidate'];
const NO_ITEM = '-';

/** The cache in memory: entries by kind, site and key. */
export class LinkCache {
  private readonly entries = new Map<string, CacheEntry[]>();
  /**
   * The slot of each entry by the key of its title or name (`titleKey`): the graph names a page or a name
   * by one form (Simplified on zhwiki, first letter upper-cased), and the cache has the form looked up.
   */
  private readonly slotsByKey = new Map<string, string>();

  constructor(entries: CacheEntry[] = []) {
    for (const entry of entries) this.add(entry);
  }

  /** Adds an entry; a sitelink or match replaces the one before it, candidates accumulate per item. */
  add(entry: CacheEntry): void {
    const id = slot(entry.kind, entry.site, entry.key);
    const kept = entry.kind === 'candidate' ? (this.entries.get(id) ?? []).filter((e) => e.item !== entry.item) : [];
    this.entries.set(id, [...kept, entry]);
    this.slotsByKey.set(foldedSlot(entry.kind, entry.site, entry.key), id);
  }

  /** Replaces everything known about a name (its match and candidates) by a fresh reconciliation. */
  replaceName(site: string, key: string, entries: CacheEntry[]): void {
    for (const kind of ['match', 'candidate'] as const) {
      this.entries.delete(this.slotOf(kind, site, key) ?? slot(kind, site, key));
      this.slotsByKey.delete(foldedSlot(kind, site, key));
    }
    for (const entry of entries) this.add(entry);
  }

  /**
   * The sitelink entry of a page, if resolved (possibly to "no item"): under its title, or under the same
   * title in another script or first-letter case (the graph names a page by one form, the cache has the
   * form that was looked up).
   */
  sitelink(site: string, title: string): CacheEntry | undefined {
    return this.found('sitelink', site, title)?.[0];
  }

  /** The certain match of a name (under it, or under its form in another script), if any. */
  match(site: string, name: string): CacheEntry | undefined {
    return this.found('match', site, name)?.[0];
  }

  /** The scored candidates of a name, best first. */
  candidates(site: string, name: string): CacheEntry[] {
    return [...(this.found('candidate', site, name) ?? [])].sort((a, b) => (b.score ?? 0) - (a.score ?? 0) || compareCodePoints(a.item ?? '', b.item ?? ''));
  }

  /** True when the name was reconciled before (with or without a result). */
  hasName(site: string, name: string): boolean {
    return this.found('match', site, name) !== undefined || this.found('candidate', site, name) !== undefined;
  }

  private found(kind: CacheKind, site: string, key: string): CacheEntry[] | undefined {
    const id = this.slotOf(kind, site, key);
    return id === undefined ? undefined : this.entries.get(id);
  }

  /** The slot holding `key`: its own, else the one of the same key in another form. */
  private slotOf(kind: CacheKind, site: string, key: string): string | undefined {
    const own = slot(kind, site, key);
    return this.entries.has(own) ? own : this.slotsByKey.get(foldedSlot(kind, site, key));
  }

  /** Every entry in file order: kind, site, key, item. */
  all(): CacheEntry[] {
    const rank = (e: CacheEntry) => KINDS.indexOf(e.kind);
    return [...this.entries.values()].flat().sort((a, b) =>
      rank(a) - rank(b) || compareCodePoints(a.site, b.site) || compareCodePoints(a.key, b.key) || compareCodePoints(a.item ?? '', b.item ?? ''));
  }
}

function slot(kind: CacheKind, site: string, key: string): string {
  return `${kind}\t${site}\t${key}`;
}

/** The slot of an entry by the key of its title on its wiki (`zhwiki` → `zh`). */
function foldedSlot(kind: CacheKind, site: string, key: string): string {
  return slot(kind, site, titleKey(site.replace(/wiki$/, '').replace(/_/g, '-'), key));
}

/** Parses the cache text; a malformed line is an error naming its line number. */
export function parseCache(text: string, shown = 'cache'): LinkCache {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[0] !== COLUMNS.join('\t')) throw new Error(`${shown}: the first line must be the header ${COLUMNS.join(' ')}`);
  const entries: CacheEntry[] = [];
  lines.slice(1).forEach((line, index) => {
    if (line.trim() === '') return;
    entries.push(parseLine(line, `${shown}:${index + 2}`));
  });
  return new LinkCache(entries);
}

function parseLine(line: string, where: string): CacheEntry {
  const [kind, site, key, item, score, page, date, source, ...extra] = line.split('\t');
  if (extra.length > 0 || source === undefined) throw new Error(`${where}: expected ${COLUMNS.length} tab-separated columns`);
  if (!KINDS.includes(kind as CacheKind)) throw new Error(`${where}: unknown kind '${kind}'`);
  if (!/^[a-z_]+wiki$/.test(site) || key === '') throw new Error(`${where}: needs a wiki (like zhwiki) and a key`);
  if (item !== NO_ITEM && !/^Q[1-9][0-9]*$/.test(item)) throw new Error(`${where}: '${item}' is not an item id`);
  if (score !== '' && !Number.isFinite(Number(score))) throw new Error(`${where}: '${score}' is not a score`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || source.trim() === '') throw new Error(`${where}: every entry needs a date (YYYY-MM-DD) and a source`);
  return {
    kind: kind as CacheKind, site, key, date, source,
    ...(item === NO_ITEM ? {} : { item }),
    ...(score === '' ? {} : { score: Number(score) }),
    ...(page === '' ? {} : { page }),
  };
}

/** The cache as TSV text, in a stable order. */
export function formatCache(cache: LinkCache): string {
  const rows = cache.all().map((e) =>
    [e.kind, e.site, e.key, e.item ?? NO_ITEM, e.score === undefined ? '' : e.score.toFixed(1), e.page ?? '', e.date, e.source]
      .map((cell) => cell.replace(/[\t\r\n]/g, ' '))
      .join('\t'));
  return [COLUMNS.join('\t'), ...rows].join('\n') + '\n';
}

/** Reads a cache file; a missing file is an empty cache. */
export function readCacheFile(file: string, shown = file): LinkCache {
  if (!fs.existsSync(file)) return new LinkCache();
  return parseCache(fs.readFileSync(file, 'utf8'), shown);
}

/** Writes a cache file atomically. */
export function writeCacheFile(file: string, cache: LinkCache): void {
  writeFileAtomic(file, formatCache(cache));
}
