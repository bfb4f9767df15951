/**
 * The site index: every page a build knows, read before any article is built (the pre-pass,
 * `indexSite.ts`), so that each article's graph names a linked page as the page itself is named: the
 * same node whatever script, case or redirect a link used. For each page of the build's inputs (and each
 * page a wiki table added, see `tables.ts`): its wiki, title, namespace, page id, redirect target,
 * Wikidata item, counterparts in other editions and the extension fields of `scan.ts`.
 *
 * It lives in shared memory (`packed.ts`) and crosses to every worker thread once, with the build's
 * settings. Lookups are binary searches: no per-worker copy, however large the dump.
 */
import { boundedMemo } from '../util/boundedMemo';
import { PackedStrings, type PackedStringsData } from './packed';
import { normaliseTitle, titleKey } from './titles';

/** A page of another language edition. */
export interface LangLink {
  lang: string;
  title: string;
}

/** The plain data of a `SiteIndex`: shared typed arrays, so it crosses to a worker without a copy. */
export interface SiteIndexData {
  /** `lang \0 normalised title`, sorted: the records. */
  keys: PackedStringsData;
  /** The title the build names each record by (its article's own title for a page of the build). */
  titles: PackedStringsData;
  /** Page id, or -1. */
  pageIds: Float64Array;
  /** Namespace (0: articles; the pre-pass indexes the article namespace, which is what a build reads). */
  namespaces: Int32Array;
  /** Bits: `BUILT`, `REDIRECT`, `LOOP`. */
  flags: Uint8Array;
  /** A redirect's target as it wrote it (normalised), else ''. */
  targets: PackedStringsData;
  /** Where following the redirect ends: the title the graph names that page by, else ''. */
  finals: PackedStringsData;
  /** Wikidata item number (`Q` + number), or 0. */
  items: Float64Array;
  /** Counterparts in other editions: `lang \0 title` pairs joined by `\u0001`, else ''. */
  langLinks: PackedStringsData;
  /** `lang \0 titleKey \0`, sorted, with the preferred record of a key first: the script/case lookup. */
  folds: PackedStringsData;
  foldRecords: Int32Array;
  /** The extension fields (`scan.ts`), one value per record ('' for none). */
  fields: Array<{ name: string; values: PackedStringsData }>;
  /** sha256 (12 hex) of `site-index.tsv`'s lines: what the pages of the build are. */
  fingerprint: string;
}

/** Flag bits of a record. */
export const BUILT = 1;
export const REDIRECT = 2;
export const LOOP = 4;

const SEP = '\u0000';
const PAIR = '\u0001';

/** What the index knows of one page. */
export interface SitePage {
  lang: string;
  title: string;
  ns: number;
  pageId?: number;
  built: boolean;
  /** A redirect's target as written (normalised). */
  redirect?: string;
  /** Whether following this redirect comes back to it. */
  loop: boolean;
  /** `Q…`, from `page_props`. */
  item?: string;
  langLinks: LangLink[];
  fields: Record<string, string>;
}

/** Resolving titles to the pages of the build (see `canonicalTitle`). */
export class SiteIndex {
  private readonly keys: PackedStrings;
  private readonly titles: PackedStrings;
  private readonly targets: PackedStrings;
  private readonly finals: PackedStrings;
  private readonly langLinkLists: PackedStrings;
  private readonly folds: PackedStrings;
  private readonly fieldValues: Map<string, PackedStrings>;
  /** Titles resolved so far: an article asks for the same few many times, a dump for the same many. */
  private readonly resolved = boundedMemo((key: string) => this.resolveKey(key), 50_000);

  constructor(readonly data: SiteIndexData) {
    this.keys = new PackedStrings(data.keys);
    this.titles = new PackedStrings(data.titles);
    this.targets = new PackedStrings(data.targets);
    this.finals = new PackedStrings(data.finals);
    this.langLinkLists = new PackedStrings(data.langLinks);
    this.folds = new PackedStrings(data.folds);
    this.fieldValues = new Map(data.fields.map((f) => [f.name, new PackedStrings(f.values)]));
  }

  /** An index of no pages: every title is named by its canonical form. */
  static empty(): SiteIndex {
    return EMPTY;
  }

  /** A hash of everything the index holds (see `SiteIndexData.fingerprint`). */
  get fingerprint(): string {
    return this.data.fingerprint;
  }

  /** How many pages. */
  get size(): number {
    return this.keys.length;
  }

  /** The names of the extension fields. */
  get fieldNames(): string[] {
    return this.data.fields.map((f) => f.name);
  }

  /** Whether any page has a Wikidata item or a counterpart in another edition (then there is linking to do). */
  get hasLinks(): boolean {
    // The last offset of the packed language links is their total length: 0 when no page has any.
    return (this.linksKnown ??= this.data.items.some((item) => item > 0) || this.data.langLinks.offsets[this.size] > 0);
  }

  private linksKnown?: boolean;

  /**
   * The title the graph names the page `title` of wiki `lang` by:
   * - a page the index has under that title (after `_`/space and first-letter normalisation), or else
   *   under the same title in another script (the build's own pages before those of tables, articles
   *   before redirects, then code unit order), is named by its own title;
   * - a redirect is followed to its end (chains followed; a loop is not followed at all);
   * - a title no page has is named by its canonical form (`titleKey`: Simplified on zhwiki).
   */
  canonicalTitle(lang: string, title: string): string {
    return this.resolved(`${lang}${SEP}${title}`);
  }

  /**
   * The title an article of the build names its own page by: the page's title in the index (the same
   * unless two inputs were the same page under titles that differ by case or `_`), never followed through
   * a redirect, for a redirect page names itself.
   */
  ownTitle(lang: string, title: string): string {
    const record = this.keys.find(`${lang}${SEP}${normaliseTitle(title)}`);
    return record < 0 ? title : this.titles.get(record);
  }

  /** What the index knows of the page `canonicalTitle(lang, title)` names, if it has it. */
  page(lang: string, title: string): SitePage | undefined {
    const record = this.recordByTitle(lang, this.canonicalTitle(lang, title));
    return record < 0 ? undefined : this.pageAt(record);
  }

  /** An extension field's value (`scan.ts`) for the page `canonicalTitle(lang, title)` names, if it has one. */
  field(lang: string, title: string, name: string): string | undefined {
    const values = this.fieldValues.get(name);
    const record = values ? this.recordByTitle(lang, this.canonicalTitle(lang, title)) : -1;
    return record < 0 || values!.isEmpty(record) ? undefined : values!.get(record);
  }

  /** The page of the index under exactly this title (normalised), redirects not followed. */
  exactPage(lang: string, title: string): SitePage | undefined {
    const record = this.keys.find(`${lang}${SEP}${normaliseTitle(title)}`);
    return record < 0 ? undefined : this.pageAt(record);
  }

  /** The chain of a redirect that loops (`A → B → A`), or undefined. */
  redirectLoop(lang: string, title: string): string[] | undefined {
    let record = this.keys.find(`${lang}${SEP}${normaliseTitle(title)}`);
    if (record < 0 || !(this.data.flags[record] & LOOP)) return undefined;
    const chain = [this.titles.get(record)];
    const seen = new Set<number>([record]);
    for (;;) {
      record = this.recordByTitle(lang, this.targets.get(record));
      if (record < 0) return undefined;
      chain.push(this.titles.get(record));
      if (seen.has(record)) return chain;
      seen.add(record);
    }
  }

  /** Every page, in key order (for `site-index.tsv`). */
  *pages(): Generator<SitePage> {
    for (let i = 0; i < this.keys.length; i++) yield this.pageAt(i);
  }

  private pageAt(record: number): SitePage {
    const key = this.keys.get(record);
    const flags = this.data.flags[record];
    const pageId = this.data.pageIds[record];
    const item = this.data.items[record];
    const fields: Record<string, string> = {};
    for (const [name, values] of this.fieldValues) if (!values.isEmpty(record)) fields[name] = values.get(record);
    return {
      lang: key.slice(0, key.indexOf(SEP)),
      title: this.titles.get(record),
      ns: this.data.namespaces[record],
      ...(pageId >= 0 ? { pageId } : {}),
      built: (flags & BUILT) !== 0,
      ...(flags & REDIRECT ? { redirect: this.targets.get(record) } : {}),
      loop: (flags & LOOP) !== 0,
      ...(item > 0 ? { item: `Q${item}` } : {}),
      langLinks: this.langLinksAt(record),
      fields,
    };
  }

  private langLinksAt(record: number): LangLink[] {
    if (this.langLinkLists.isEmpty(record)) return [];
    return this.langLinkLists.get(record).split(PAIR).map((pair) => {
      const [lang, title] = pair.split(SEP);
      return { lang, title };
    });
  }

  private resolveKey(key: string): string {
    const at = key.indexOf(SEP);
    const lang = key.slice(0, at);
    const title = key.slice(at + 1);
    const record = this.recordByTitle(lang, title);
    if (record < 0) return titleKey(lang, title);
    const flags = this.data.flags[record];
    if (!(flags & REDIRECT) || flags & LOOP) return this.titles.get(record);
    if (!this.finals.isEmpty(record)) return this.finals.get(record);
    // A redirect whose target no table gave (the `page` table without `redirect`): most likely the
    // article of the same title in another script, when the index has one.
    const fold = this.folds.find(`${lang}${SEP}${titleKey(lang, title)}${SEP}`);
    const best = fold < 0 ? record : this.data.foldRecords[fold];
    return this.titles.get(this.data.flags[best] & REDIRECT ? record : best);
  }

  /** The record a written title names, exactly or by its key; -1 when none. */
  private recordByTitle(lang: string, title: string): number {
    const exact = this.keys.find(`${lang}${SEP}${normaliseTitle(title)}`);
    if (exact >= 0) return exact;
    const fold = this.folds.find(`${lang}${SEP}${titleKey(lang, title)}${SEP}`);
    return fold < 0 ? -1 : this.data.foldRecords[fold];
  }
}

/** Numbers in shared memory (the typed arrays of `SiteIndexData`). */
export function sharedFloat64(values: readonly number[]): Float64Array {
  const array = new Float64Array(new SharedArrayBuffer(Math.max(1, values.length) * 8));
  array.set(values);
  return values.length === 0 ? array.subarray(0, 0) : array;
}

/** Bytes in shared memory. */
export function sharedUint8(values: readonly number[]): Uint8Array {
  const array = new Uint8Array(new SharedArrayBuffer(Math.max(1, values.length)));
  array.set(values);
  return values.length === 0 ? array.subarray(0, 0) : array;
}

/** 32-bit integers in shared memory. */
export function sharedInt32(values: readonly number[]): Int32Array {
  const array = new Int32Array(new SharedArrayBuffer(Math.max(1, values.length) * 4));
  array.set(values);
  return values.length === 0 ? array.subarray(0, 0) : array;
}

const emptyStrings = (): PackedStringsData => PackedStrings.pack([]).data;

const EMPTY = new SiteIndex({
  keys: emptyStrings(), titles: emptyStrings(), pageIds: sharedFloat64([]), namespaces: sharedInt32([]), flags: sharedUint8([]), targets: emptyStrings(),
  finals: emptyStrings(), items: sharedFloat64([]), langLinks: emptyStrings(), folds: emptyStrings(), foldRecords: sharedInt32([]),
  fields: [], fingerprint: 'empty',
});
