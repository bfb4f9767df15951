/**
 * The link stage: adds to a graph what is known about its entities' Wikidata items. Offline it reads only
 * the cache; online it first looks up what the cache lacks (pages, then names, so that names can use the
 * items of the pages as context) and records every answer in the cache.
 */
import { DataFactory } from 'n3';
import type { NamedNode, Quad } from '@rdfjs/types';
import { wikipediaPageIri } from '../graph/iri';
import { NS, WIKIPEDIA_HOST, owl, schema, wikidataItem, wkg, xsd } from '../graph/vocab';
import type { CacheEntry, LinkCache } from './cache';
import { reconcileName, resolveTitles } from './lookup';
import { nameTargets, pageOfIri, pageTargets, type NameTarget, type PageTarget } from './targets';
import type { WikidataClient } from './wikidataApi';

/** How to link: the cache, and a client when lookups are allowed. */
export interface LinkOptions {
  cache: LinkCache;
  client?: WikidataClient;
  /** The date recorded with new cache entries (YYYY-MM-DD). */
  date?: string;
}

/** What linking added. */
export interface LinkResult {
  quads: Quad[];
  linked: number;
  withCandidates: number;
  /** Cache entries added by lookups (0 offline). */
  added: number;
}

/** Looks up (online) what the cache lacks, then links from the cache; the graph itself is not changed. */
export async function linkGraph(quads: readonly Quad[], options: LinkOptions): Promise<LinkResult> {
  const base = withoutLinks(quads);
  let added = 0;
  if (options.client) {
    const date = options.date ?? new Date().toISOString().slice(0, 10);
    added += await lookUpPages(options.client, options.cache, pageTargets(base), date);
    added += await lookUpNames(options.client, options.cache, base, date);
  }
  return { ...linkFromCache(base, options.cache), added };
}

/** The link triples the cache supports for a graph (no lookups). */
export function linkFromCache(quads: readonly Quad[], cache: LinkCache): Omit<LinkResult, 'added'> {
  const out: Quad[] = [];
  const linked = new Set<string>();
  let withCandidates = 0;
  for (const target of pageTargets(quads)) {
    const entry = cache.sitelink(target.site, target.title);
    if (!entry?.item) continue;
    out.push(...sitelinkQuads(target, entry));
    linked.add(target.entity.value);
  }
  for (const target of nameTargets(quads)) {
    const match = cache.match(target.site, target.key);
    if (match?.item) {
      out.push(quad(target.entity, owl.sameAs, wikidataItem(match.item)));
      linked.add(target.entity.value);
      continue;
    }
    const candidates = cache.candidates(target.site, target.key).filter((c) => c.item);
    for (const candidate of candidates) out.push(...candidateQuads(target.entity, candidate));
    if (candidates.length > 0) withCandidates++;
  }
  return { quads: out, linked: linked.size, withCandidates };
}

/** The graph without earlier link triples (from the cache or the site index), so that linking twice gives the same graph as once. */
export function withoutLinks(quads: readonly Quad[]): Quad[] {
  const candidateNodes = new Set(quads.filter((q) => q.predicate.equals(wkg.candidate)).map((q) => q.object.value));
  const sitelinkPredicates = [schema.about, schema.isPartOf, schema.name, schema.inLanguage];
  return quads.filter((q) => {
    if (q.predicate.equals(wkg.candidate) || candidateNodes.has(q.subject.value)) return false;
    // owl:sameAs is only ever written by linking: to an item, or (langlinks) to another edition's resource.
    if (q.predicate.equals(owl.sameAs) && q.object.termType === 'NamedNode') return false;
    return !(pageOfIri(q.subject.value) && sitelinkPredicates.some((p) => q.predicate.equals(p)));
  });
}

/** `owl:sameAs` and the sitelink in Wikidata's model: the page is `schema:about` the item. */
function sitelinkQuads(target: PageTarget, entry: CacheEntry): Quad[] {
  const item = wikidataItem(entry.item!);
  // The title Wikidata has: where redirects or variants led, else the one that was looked up.
  const title = entry.page ?? entry.key;
  const page = wikipediaPageIri(target.lang, title);
  return [
    quad(target.entity, owl.sameAs, item),
    quad(page, schema.about, item),
    quad(page, schema.isPartOf, DataFactory.namedNode(`https://${target.lang}.${WIKIPEDIA_HOST}/`)),
    quad(page, schema.name, DataFactory.literal(title, target.lang)),
    quad(page, schema.inLanguage, DataFactory.literal(target.lang)),
  ];
}

/** A scored candidate node; its IRI nests under the entity so it is stable across runs. */
function candidateQuads(entity: NamedNode, entry: CacheEntry): Quad[] {
  const node = DataFactory.namedNode(`${entity.value}/wikidata-candidate/${entry.item}`);
  return [
    quad(entity, wkg.candidate, node),
    quad(node, wkg.candidateItem, wikidataItem(entry.item!)),
    quad(node, wkg.matchScore, DataFactory.literal((entry.score ?? 0).toFixed(1), xsd.decimal)),
  ];
}

function quad(s: NamedNode, p: NamedNode, o: Quad['object']): Quad {
  return DataFactory.quad(s, p, o);
}

/** Resolves the titles the cache does not know, per wiki; returns how many entries were added. */
async function lookUpPages(client: WikidataClient, cache: LinkCache, targets: PageTarget[], date: string): Promise<number> {
  const bySite = new Map<string, Set<string>>();
  for (const t of targets) {
    if (cache.sitelink(t.site, t.title)) continue;
    bySite.set(t.site, (bySite.get(t.site) ?? new Set()).add(t.title));
  }
  let added = 0;
  for (const [site, titles] of [...bySite].sort(([a], [b]) => a.localeCompare(b))) {
    const entries = await resolveTitles(client, site, [...titles].sort(), date);
    for (const entry of entries) cache.add(entry);
    added += entries.length;
  }
  return added;
}

/** Reconciles the names the cache does not know, with the items of their context as evidence. */
async function lookUpNames(client: WikidataClient, cache: LinkCache, quads: readonly Quad[], date: string): Promise<number> {
  const targets = nameTargets(quads);
  let added = 0;
  for (const target of targets) {
    if (cache.hasName(target.site, target.key)) continue;
    const contextItems = target.context.map((entity) => itemOf(entity, quads, targets, cache)).filter((id): id is string => !!id);
    const query = { labels: target.labels, types: target.types, contextItems: [...new Set(contextItems)] };
    const entries = await reconcileName(client, { site: target.site, key: target.key, query }, date);
    cache.replaceName(target.site, target.key, entries);
    added += entries.length;
  }
  return added;
}

/** The item an entity is linked to by the cache (through its page, or its name), if any. */
function itemOf(entity: NamedNode, quads: readonly Quad[], names: NameTarget[], cache: LinkCache): string | undefined {
  for (const t of pageTargets(quads.filter((q) => q.subject.equals(entity)))) {
    const item = cache.sitelink(t.site, t.title)?.item;
    if (item) return item;
  }
  const name = names.find((t) => t.entity.equals(entity));
  return name ? cache.match(name.site, name.key)?.item : undefined;
}
