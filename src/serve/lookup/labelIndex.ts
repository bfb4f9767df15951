/**
 * The label index behind `/lookup` (the role DBpedia Lookup plays): every name of every entity, folded
 * so that case, width and the two Chinese scripts do not matter (`fold.ts`), searched in three tiers —
 * the whole name, the start of a name, any part of a name — and ranked within a tier by what a reader
 * most likely means: an entity with an article of its own, in the reader's language, named by more
 * articles, with the shorter name, then by IRI (so the order never depends on anything else).
 */
import { fold } from './fold';

/** What the index knows of one entity. */
export interface IndexedEntity {
  iri: string;
  /** Its classes (IRIs). */
  types: string[];
  /** The article about it, when it has one, and that article's title. */
  article?: { iri: string; title?: string };
  /** Articles whose graphs name it (the more, the better known). */
  mentions: number;
  /** An article that names it, when it has none of its own. */
  mentionedIn?: string;
}

/** One name of an entity. */
interface IndexedName {
  value: string;
  lang: string;
  folded: string;
  entity: number;
}

/** How a name matched a query. */
export type MatchKind = 'exact' | 'prefix' | 'contained';

/** One hit: the entity, the name that matched and how. */
export interface LookupHit {
  entity: IndexedEntity;
  label: string;
  lang: string;
  match: MatchKind;
}

/** A page of hits and how many there are in all. */
export interface LookupPage {
  total: number;
  hits: LookupHit[];
}

const TIERS: Record<MatchKind, number> = { exact: 0, prefix: 1, contained: 2 };

/** Names and entities, searchable. */
export class LabelIndex {
  private readonly names: IndexedName[] = [];
  private readonly entityList: IndexedEntity[] = [];
  private readonly byIri = new Map<string, number>();
  private readonly seenNames = new Set<string>();

  /** The entity of `iri`, added when it is new. */
  entity(iri: string): IndexedEntity {
    let index = this.byIri.get(iri);
    if (index === undefined) {
      index = this.entityList.push({ iri, types: [], mentions: 0 }) - 1;
      this.byIri.set(iri, index);
    }
    return this.entityList[index];
  }

  /** Adds a name of `iri` (the same name in the same language once). */
  addName(iri: string, value: string, lang: string): void {
    this.entity(iri);
    const index = this.byIri.get(iri) as number;
    const key = `${index}\u0000${lang}\u0000${value}`;
    const folded = fold(value);
    if (folded === '' || this.seenNames.has(key)) return;
    this.seenNames.add(key);
    this.names.push({ value, lang, folded, entity: index });
  }

  /** Entities known by name. */
  get size(): number {
    return this.entities.length;
  }

  /** Whether `iri` has a name here. */
  has(iri: string): boolean {
    return this.byIri.has(iri);
  }

  /** Every entity. */
  entities(): readonly IndexedEntity[] {
    return this.entityList;
  }

  /**
   * The hits for `query`, best first: `offset` and `limit` page them. `lang` is the reader's language
   * (`en`, `zh-Hant`, …): names and IRIs in it come first within a tier.
   */
  search(query: string, options: { lang?: string; offset?: number; limit?: number } = {}): LookupPage {
    const wanted = fold(query);
    if (wanted === '') return { total: 0, hits: [] };
    const asTyped = query.normalize('NFKC').toLowerCase().trim();
    const best = new Map<number, { name: IndexedName; tier: number }>();
    for (const name of this.names) {
      const at = name.folded.indexOf(wanted);
      if (at < 0) continue;
      const tier = name.folded.length === wanted.length ? 0 : at === 0 ? 1 : 2;
      const seen = best.get(name.entity);
      if (!seen || tier < seen.tier || (tier === seen.tier && compareNames(name, seen.name, asTyped, options.lang) < 0)) best.set(name.entity, { name, tier });
    }
    const language = (options.lang ?? '').toLowerCase().split('-')[0];
    const ranked = [...best.entries()].sort(([a, x], [b, y]) => x.tier - y.tier || this.compareEntities(a, x.name, b, y.name, language));
    const offset = options.offset ?? 0;
    const hits = ranked.slice(offset, offset + (options.limit ?? 20)).map(([index, { name, tier }]) => ({
      entity: this.entityList[index],
      label: name.value,
      lang: name.lang,
      match: (Object.keys(TIERS) as MatchKind[])[tier],
    }));
    return { total: ranked.length, hits };
  }

  private compareEntities(a: number, nameA: IndexedName, b: number, nameB: IndexedName, language: string): number {
    const [x, y] = [this.entityList[a], this.entityList[b]];
    return (
      Number(y.article !== undefined) - Number(x.article !== undefined) ||
      Number(inLanguage(y.iri, nameB.lang, language)) - Number(inLanguage(x.iri, nameA.lang, language)) ||
      y.mentions - x.mentions ||
      nameA.value.length - nameB.value.length ||
      (x.iri < y.iri ? -1 : x.iri > y.iri ? 1 : 0)
    );
  }
}

/** Whether an entity's IRI (`…/resource/{lang}/…`) or the matched name is in the reader's language. */
function inLanguage(iri: string, nameLang: string, language: string): boolean {
  if (language === '') return false;
  return nameLang.toLowerCase().split('-')[0] === language || iri.includes(`/resource/${language}/`);
}

/** Of two names of one entity, the one to show: written as the query was (its script), in the reader's language, the shorter. */
function compareNames(a: IndexedName, b: IndexedName, asTyped: string, lang: string | undefined): number {
  const typed = (name: IndexedName) => (name.value.normalize('NFKC').toLowerCase().includes(asTyped) ? 0 : 1);
  const language = (lang ?? '').toLowerCase();
  const score = (name: IndexedName) => (language !== '' && name.lang.toLowerCase() === language ? 0 : language !== '' && name.lang.toLowerCase().split('-')[0] === language.split('-')[0] ? 1 : 2);
  return typed(a) - typed(b) || score(a) - score(b) || a.value.length - b.value.length || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0);
}
