/**
 * The online lookups, each turned into cache entries: pages to items by sitelink (with redirects and
 * Traditional/Simplified variants), names to items by search and reconciliation.
 */
import { simplify, traditionalize } from '../extract/text/chineseVariants';
import type { CacheEntry } from './cache';
import { decide, scoreCandidate, type ReconcileQuery } from './reconcile';
import { BATCH_SIZE, type EntityRecord, type WikidataClient } from './wikidataApi';

/** Search languages for names: the article's wiki language and Korean (the officials' own names). */
const SEARCH_LANGUAGES = ['zh', 'ko'];
/** How many candidates of a name are kept when there is no match. */
const KEPT_CANDIDATES = 5;

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** The item of each title of one wiki: titles as given, then their variants for those not found. */
export async function resolveTitles(client: WikidataClient, site: string, titles: string[], date: string): Promise<CacheEntry[]> {
  const found = await lookUpTitles(client, site, titles.map((title) => ({ title, asked: title })));
  const retry = titles.filter((title) => !found.has(title)).flatMap((title) => variantsOf(title).map((asked) => ({ title, asked })));
  const foundByVariant = retry.length > 0 ? await lookUpTitles(client, site, retry) : new Map<string, Hit>();
  return titles.map((title) => {
    const hit = found.get(title) ?? foundByVariant.get(title);
    const how = hit && hit.page !== title ? ` (as ${hit.page})` : '';
    const source = `${client.endpoint} wbgetentities sites=${site}${hit ? how : ': no item'}`;
    return {
      kind: 'sitelink', site, key: title, date, source,
      ...(hit ? { item: hit.item } : {}),
      ...(hit && hit.page !== title ? { page: hit.page } : {}),
    };
  });
}

interface Hit {
  item: string;
  page: string;
}

/** Simplified and Traditional forms of a title that differ from it. */
function variantsOf(title: string): string[] {
  return [...new Set([simplify(title), traditionalize(title)])].filter((v) => v !== title);
}

/** Looks up `asked` titles in batches of 50; returns the hit of each original `title`. */
async function lookUpTitles(client: WikidataClient, site: string, asks: Array<{ title: string; asked: string }>): Promise<Map<string, Hit>> {
  const hits = new Map<string, Hit>();
  const unique = [...new Set(asks.map((a) => a.asked))];
  for (const batch of chunks(unique, BATCH_SIZE)) {
    const answer = await client.entitiesByTitles(site, batch);
    const byPage = new Map<string, string>();
    for (const entity of answer.entities) if (entity.sitelinks[site]) byPage.set(entity.sitelinks[site], entity.id);
    const renamed = new Map(answer.renamed.map((r) => [r.from, r.to]));
    for (const asked of batch) {
      const page = finalTitle(asked, renamed);
      const item = byPage.get(page);
      if (!item) continue;
      for (const ask of asks) if (ask.asked === asked && !hits.has(ask.title)) hits.set(ask.title, { item, page });
    }
  }
  return hits;
}

/** Follows normalisation and redirects (each at most once, so a loop cannot hang us). */
function finalTitle(title: string, renamed: Map<string, string>): string {
  let current = title;
  const seen = new Set<string>();
  while (renamed.has(current) && !seen.has(current)) {
    seen.add(current);
    current = renamed.get(current)!;
  }
  return current;
}

/** A name to reconcile: the query, and how the cache keys it. */
export interface NameLookup {
  site: string;
  key: string;
  query: ReconcileQuery;
}

/** Searches a name in zh and ko, scores the candidates' claims and decides; returns its cache entries. */
export async function reconcileName(client: WikidataClient, lookup: NameLookup, date: string): Promise<CacheEntry[]> {
  const ids = await searchIds(client, lookup);
  const records: EntityRecord[] = [];
  for (const batch of chunks(ids, BATCH_SIZE)) records.push(...(await client.entitiesByIds(batch)));
  const scored = records.map((record) => ({ id: record.id, score: scoreCandidate(lookup.query, record) }));
  const decision = decide(scored, lookup.query.contextItems.length);
  const base = { site: lookup.site, key: lookup.key, date };
  const method = `${client.endpoint} wbsearchentities+wbgetentities`;
  if (decision.match) {
    return [{ ...base, kind: 'match', item: decision.match.id, score: decision.match.score, source: `${method}, threshold and margin met` }];
  }
  const kept = decision.candidates.slice(0, KEPT_CANDIDATES);
  if (kept.length === 0) return [{ ...base, kind: 'candidate', source: `${method}: no candidates` }];
  return kept.map((c) => ({ ...base, kind: 'candidate', item: c.id, score: c.score, source: `${method}, below threshold or margin` }));
}

/** Candidate ids from `wbsearchentities`: each label in its own language, and the names in zh and ko. */
async function searchIds(client: WikidataClient, lookup: NameLookup): Promise<string[]> {
  const searches = new Map<string, { text: string; language: string }>();
  for (const language of SEARCH_LANGUAGES) {
    const own = lookup.query.labels.filter((l) => l.lang.toLowerCase().split('-')[0] === language);
    const texts = own.length > 0 ? own.map((l) => l.text) : [lookup.key];
    for (const text of texts) searches.set(`${language}\t${text}`, { text, language });
  }
  const ids: string[] = [];
  for (const { text, language } of searches.values()) {
    for (const hit of await client.search(text, language)) if (!ids.includes(hit.id)) ids.push(hit.id);
  }
  return ids;
}
