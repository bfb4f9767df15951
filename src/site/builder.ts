/**
 * Gathering the site index in the pre-pass: pages are added as objects (the build's own pages, then
 * what tables and an earlier build's index add), then `freeze` follows every redirect to its end, finds
 * the loops, orders the script/case lookup and packs it all into shared memory (`siteIndex.ts`).
 */
import { createHash } from 'crypto';
import { PackedStrings } from './packed';
import { BUILT, LOOP, REDIRECT, SiteIndex, sharedFloat64, sharedInt32, sharedUint8, type LangLink, type SitePage } from './siteIndex';
import { formatIndexHeader, formatIndexLine } from './indexFile';
import { normaliseTitle, titleKey } from './titles';

/** A page being gathered. */
interface Draft {
  lang: string;
  /** Normalised title: the record's key. */
  key: string;
  /** The title the build names it by. */
  title: string;
  ns: number;
  pageId?: number;
  built: boolean;
  /** Whether it is a redirect, and (when known) the target it writes. */
  isRedirect: boolean;
  redirect?: string;
  item?: number;
  /** Absent while empty, as most are: a dump has millions of pages, and each empty array costs. */
  langLinks?: LangLink[];
  fields?: Record<string, string>;
  /** `titleKey` of the key, made once (folding a title costs an OpenCC conversion). */
  fold?: string;
  /** Whether the page id came from a row of the title in another script (the page's own row replaces it). */
  idByScript?: boolean;
}

/** A page of the build's inputs. */
export interface BuiltPage {
  lang: string;
  title: string;
  ns?: number;
  pageId?: number;
  redirect?: string;
  fields?: Record<string, string>;
}

/** A page known from a table or an earlier build, not built now. */
export interface KnownPage {
  lang: string;
  title: string;
  pageId?: number;
  /** True for a redirect whose target another table gives. */
  isRedirect?: boolean;
  redirect?: string;
}

/** The longest redirect chain followed (MediaWiki itself follows one hop; bots fix double redirects). */
const MAX_CHAIN = 20;

const SEP = '\u0000';

/** Collects pages, then packs them (see the module comment). */
export class SiteIndexBuilder {
  private readonly drafts = new Map<string, Draft>();
  private readonly byId = new Map<string, Map<number, Draft>>();
  /** The pages by `lang` and `titleKey`: what a title in another script or case finds (one page, or several). */
  private readonly byKey = new Map<string, Draft | Draft[]>();

  constructor(readonly fieldNames: readonly string[] = []) {}

  /** How many pages so far. */
  get size(): number {
    return this.drafts.size;
  }

  /** A page of the build's inputs; a later page of the same title replaces it (a dump's later copy). */
  addBuilt(page: BuiltPage): void {
    const key = normaliseTitle(page.title);
    const old = this.drafts.get(`${page.lang}${SEP}${key}`);
    if (old?.pageId !== undefined) this.byId.get(page.lang)?.delete(old.pageId);
    const redirect = page.redirect === undefined ? undefined : normaliseTitle(page.redirect);
    // Two inputs of one page under titles that differ only by case or `_` (`anarchism.wiki` and
    // `Anarchism.wiki`) are named by the title MediaWiki stores, whichever came last.
    const title = old?.built && old.title !== page.title ? key : page.title;
    this.put({
      lang: page.lang, key, title, ns: page.ns ?? 0, built: true, isRedirect: redirect !== undefined,
      ...(page.pageId !== undefined ? { pageId: page.pageId } : {}),
      ...(redirect !== undefined ? { redirect } : {}),
      ...(page.fields && Object.keys(page.fields).length > 0 ? { fields: page.fields } : {}),
    });
  }

  /**
   * A page known from elsewhere. A page of the build keeps what it has and only gains a page id it lacked
   * (a loose article's id from the `page` table); an earlier known page is replaced.
   */
  addKnown(page: KnownPage): void {
    const key = normaliseTitle(page.title);
    const existing = this.drafts.get(`${page.lang}${SEP}${key}`);
    if (existing?.built) {
      // The page's own row: its id, even over one an earlier row of another script gave it.
      if (page.pageId !== undefined && (existing.pageId === undefined || existing.idByScript)) this.giveId(existing, page.pageId, false);
      return;
    }
    // A loose article named in one script whose page the wiki titles in the other (`甲國外交部.wiki`,
    // page `甲国外交部`) is that page: it takes the id rather than becoming a second page.
    const built = page.isRedirect || page.redirect !== undefined ? undefined : this.candidates(page.lang, titleKey(page.lang, key)).find((d) => d.built && !d.isRedirect);
    if (built) {
      if (built.pageId === undefined && page.pageId !== undefined) this.giveId(built, page.pageId, true);
      return;
    }
    const redirect = page.redirect === undefined ? undefined : normaliseTitle(page.redirect);
    this.put({
      lang: page.lang, key, title: key, ns: 0, built: false, isRedirect: page.isRedirect === true || redirect !== undefined,
      ...(page.pageId !== undefined ? { pageId: page.pageId } : {}),
      ...(redirect !== undefined ? { redirect } : {}),

    });
  }

  /** Whether the index has a page under this exact (normalised) title. */
  has(lang: string, title: string): boolean {
    return this.drafts.has(`${lang}${SEP}${normaliseTitle(title)}`);
  }

  /** The page with this id on wiki `lang`, if any. */
  byPageId(lang: string, pageId: number): { title: string; built: boolean; isRedirect: boolean; redirect?: string } | undefined {
    return this.byId.get(lang)?.get(pageId);
  }

  /** The ids of `lang`'s pages that pass `filter`. */
  pageIds(lang: string, filter: (page: { built: boolean; isRedirect: boolean; redirect?: string }) => boolean = () => true): Set<number> {
    const out = new Set<number>();
    for (const [id, draft] of this.byId.get(lang) ?? []) if (filter(draft)) out.add(id);
    return out;
  }

  /** The keys (`titleKey`) of every page, by wiki: what a table's rows are matched against. */
  titleKeys(): Map<string, Set<string>> {
    const out = new Map<string, Set<string>>();
    for (const draft of this.drafts.values()) {
      let keys = out.get(draft.lang);
      if (!keys) out.set(draft.lang, (keys = new Set()));
      keys.add(foldOf(draft));
    }
    return out;
  }

  /** Every redirect target no page of the index has yet, by wiki (to look up in the next round). */
  unknownTargets(): Map<string, string[]> {
    const out = new Map<string, string[]>();
    for (const draft of this.drafts.values()) {
      if (draft.redirect === undefined || this.findDraft(draft.lang, draft.redirect)) continue;
      const targets = out.get(draft.lang);
      if (targets) targets.push(draft.redirect);
      else out.set(draft.lang, [draft.redirect]);
    }
    return out;
  }

  /** The languages of the pages so far. */
  languages(): string[] {
    return [...new Set([...this.drafts.values()].map((d) => d.lang))].sort();
  }

  /** The redirect table's target of a redirect page (known by id); ignored for a page the build has. */
  setRedirect(lang: string, pageId: number, target: string): void {
    const draft = this.byId.get(lang)?.get(pageId);
    if (!draft || draft.built) return;
    draft.isRedirect = true;
    draft.redirect = normaliseTitle(target);
  }

  /** The Wikidata item (its number) of the page with this id. */
  setItem(lang: string, pageId: number, item: number): void {
    const draft = this.byId.get(lang)?.get(pageId);
    if (draft) draft.item = item;
  }

  /** A counterpart in another edition of the page with this id. */
  addLangLink(lang: string, pageId: number, link: LangLink): void {
    const draft = this.byId.get(lang)?.get(pageId);
    if (!draft || draft.langLinks?.some((l) => l.lang === link.lang)) return;
    (draft.langLinks ??= []).push({ lang: link.lang, title: normaliseTitle(link.title) });
  }

  /** Packs the index; `onLoop` hears of each redirect whose chain never ends (and whether a page of the build is in it). */
  freeze(onLoop: (lang: string, chain: string[], built: boolean) => void = () => undefined): SiteIndex {
    const records = [...this.drafts.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, d]) => d);
    const { finals, loops } = this.followRedirects(records, onLoop);
    const folds = records.map((d, i) => ({ fold: `${d.lang}${SEP}${foldOf(d)}${SEP}`, rank: rankOf(d), record: i }));
    folds.sort((a, b) => (a.fold < b.fold ? -1 : a.fold > b.fold ? 1 : a.rank - b.rank || a.record - b.record));
    const hash = createHash('sha256');
    hash.update(`${formatIndexHeader(this.fieldNames)}\n`);
    records.forEach((d) => hash.update(`${formatIndexLine(asPage(d, loops.has(d)), this.fieldNames)}\n`));
    return new SiteIndex({
      keys: PackedStrings.pack(records.map((d) => `${d.lang}${SEP}${d.key}`)).data,
      titles: PackedStrings.pack(records.map((d) => d.title)).data,
      pageIds: sharedFloat64(records.map((d) => d.pageId ?? -1)),
      namespaces: sharedInt32(records.map((d) => d.ns)),
      flags: sharedUint8(records.map((d) => (d.built ? BUILT : 0) | (d.isRedirect ? REDIRECT : 0) | (loops.has(d) ? LOOP : 0))),
      targets: PackedStrings.pack(records.map((d) => d.redirect ?? '')).data,
      finals: PackedStrings.pack(records.map((d) => finals.get(d) ?? '')).data,
      items: sharedFloat64(records.map((d) => d.item ?? 0)),
      langLinks: PackedStrings.pack(records.map((d) => (d.langLinks ?? []).map((l) => `${l.lang}${SEP}${l.title}`).join('\u0001'))).data,
      folds: PackedStrings.pack(folds.map((f) => f.fold)).data,
      foldRecords: sharedInt32(folds.map((f) => f.record)),
      fields: this.fieldNames.map((name) => ({ name, values: PackedStrings.pack(records.map((d) => d.fields?.[name] ?? '')).data })),
      fingerprint: hash.digest('hex').slice(0, 12),
    });
  }

  /** Where each redirect's chain ends (a page's build title, or the canonical form of an unknown title), and the loops. */
  private followRedirects(records: Draft[], onLoop: (lang: string, chain: string[], built: boolean) => void): { finals: Map<Draft, string>; loops: Set<Draft> } {
    const finals = new Map<Draft, string>();
    const loops = new Set<Draft>();
    for (const start of records) {
      if (start.redirect === undefined) continue;
      const chain: Draft[] = [start];
      let current = start;
      let end: string | undefined;
      while (end === undefined) {
        const next = this.findDraft(start.lang, current.redirect!);
        if (!next) end = titleKey(start.lang, current.redirect!);
        else if (next.redirect === undefined) end = next.title;
        else if (chain.includes(next) || chain.length >= MAX_CHAIN) break;
        else chain.push((current = next));
      }
      if (end !== undefined) finals.set(start, end);
      else {
        loops.add(start);
        const next = this.findDraft(start.lang, current.redirect!)!;
        onLoop(start.lang, [...chain.map((d) => d.title), next.title], chain.some((d) => d.built));
      }
    }
    return { finals, loops };
  }

  /** The page a written title names: exactly, else by its key (the preferred of several). */
  private findDraft(lang: string, title: string): Draft | undefined {
    const exact = this.drafts.get(`${lang}${SEP}${normaliseTitle(title)}`);
    if (exact) return exact;
    const key = titleKey(lang, title);
    let best: Draft | undefined;
    for (const draft of this.candidates(lang, key)) {
      if (!best || rankOf(draft) < rankOf(best) || (rankOf(draft) === rankOf(best) && draft.key < best.key)) best = draft;
    }
    return best;
  }

  /** The pages of `lang` whose key (`titleKey`) is `key`. */
  private candidates(lang: string, key: string): Draft[] {
    const found = this.byKey.get(`${lang}${SEP}${key}`);
    return found === undefined ? [] : Array.isArray(found) ? found : [found];
  }

  private giveId(draft: Draft, pageId: number, byScript: boolean): void {
    if (draft.pageId !== undefined) this.byId.get(draft.lang)?.delete(draft.pageId);
    draft.pageId = pageId;
    draft.idByScript = byScript;
    this.ids(draft.lang).set(pageId, draft);
  }

  private put(draft: Draft): void {
    const id = `${draft.lang}${SEP}${draft.key}`;
    const old = this.drafts.get(id);
    this.drafts.set(id, draft);
    // The pages by key are kept up to date as pages come, never rebuilt: a table adds pages one by one.
    const byKey = `${draft.lang}${SEP}${foldOf(draft)}`;
    const others = this.candidates(draft.lang, foldOf(draft)).filter((d) => d !== old);
    this.byKey.set(byKey, others.length === 0 ? draft : [...others, draft]);
    if (draft.pageId !== undefined) this.ids(draft.lang).set(draft.pageId, draft);
  }

  private ids(lang: string): Map<number, Draft> {
    let map = this.byId.get(lang);
    if (!map) this.byId.set(lang, (map = new Map()));
    return map;
  }
}

function foldOf(draft: Draft): string {
  return (draft.fold ??= titleKey(draft.lang, draft.key));
}

/** The order among pages of one key: the build's articles, known articles, then redirects. */
function rankOf(draft: Draft): number {
  return draft.isRedirect ? 2 : draft.built ? 0 : 1;
}

function asPage(draft: Draft, loop: boolean): SitePage {
  return {
    lang: draft.lang,
    title: draft.title,
    ns: draft.ns,
    ...(draft.pageId !== undefined ? { pageId: draft.pageId } : {}),
    built: draft.built,
    ...(draft.redirect !== undefined ? { redirect: draft.redirect } : {}),
    loop,
    ...(draft.item !== undefined ? { item: `Q${draft.item}` } : {}),
    langLinks: draft.langLinks ?? [],
    fields: draft.fields ?? {},
  };
}
