/**
 * The facts a graph can give Wikidata, read back with SPARQL so that any data folder works: every
 * statement whose property maps to a Wikidata property (`rdfs:subPropertyOf wdt:P…` in the ontology, or
 * `rdf:type` of a class with a `skos:closeMatch` item, as P31), with its qualifiers and its sources.
 */
import type { Term } from '@rdfjs/types';
import type { GraphStore } from '../store/oxigraph';

/** A value as Wikidata takes it: an item, a literal, or an entity that has no item yet (a proposal). */
export type WikidataValue =
  | { kind: 'item'; id: string }
  | { kind: 'literal'; value: string; datatype: string; lang: string }
  | { kind: 'unlinked'; iri: string; label: string };

/** One source of a fact: a cited reference, or the article itself. */
export interface FactSource {
  kind: 'citation' | 'article';
  url?: string;
  title?: string;
  titleLang?: string;
  published?: string;
  retrieved?: string;
  publisherItem?: string;
  language?: string;
}

/** One fact in Wikidata's terms. */
export interface WikidataFact {
  subject: WikidataValue & { kind: 'item' | 'unlinked' };
  property: string;
  value: WikidataValue;
  qualifiers: Array<{ property: string; value: WikidataValue }>;
  sources: FactSource[];
}

const ID = (variable: string, ns: 'wd' | 'wdt') => `STRAFTER(STR(?${variable}), STR(${ns}:))`;

const FACTS = `
SELECT DISTINCT ?statement ?subject ?subjectItem ?property ?value ?valueItem WHERE {
  ?statement a wkg:Statement ; rdf:subject ?subject ; rdf:predicate ?p ; rdf:object ?value .
  { ?p rdfs:subPropertyOf ?wdt . FILTER(STRSTARTS(STR(?wdt), STR(wdt:))) }
  UNION
  { ?value skos:closeMatch ?class . FILTER(STRSTARTS(STR(?class), STR(wd:))) BIND(rdf:type AS ?p) BIND(wdt:P31 AS ?wdt) }
  BIND(${ID('wdt', 'wdt')} AS ?property)
  OPTIONAL { ?subject owl:sameAs ?si . FILTER(STRSTARTS(STR(?si), STR(wd:))) }
  OPTIONAL { ?value owl:sameAs ?vi . FILTER(STRSTARTS(STR(?vi), STR(wd:))) }
  BIND(${ID('si', 'wd')} AS ?subjectItem)
  BIND(COALESCE(${ID('class', 'wd')}, ${ID('vi', 'wd')}) AS ?valueItem)
}`;

const QUALIFIERS = `
SELECT DISTINCT ?statement ?property ?value ?valueItem WHERE {
  ?statement a wkg:Statement ; ?q ?value .
  ?q rdfs:subPropertyOf ?wdt . FILTER(STRSTARTS(STR(?wdt), STR(wdt:)))
  BIND(${ID('wdt', 'wdt')} AS ?property)
  OPTIONAL { ?value owl:sameAs ?vi . FILTER(STRSTARTS(STR(?vi), STR(wd:))) }
  BIND(${ID('vi', 'wd')} AS ?valueItem)
}`;

const SOURCES = `
SELECT DISTINCT ?statement ?source ?kind ?url ?title ?published ?retrieved ?publisherItem ?language WHERE {
  ?statement a wkg:Statement ; prov:wasDerivedFrom ?source .
  {
    ?source a wkg:Citation . BIND("citation" AS ?kind)
    OPTIONAL { ?source schema:url ?url } OPTIONAL { ?source schema:name ?title }
    OPTIONAL { ?source schema:datePublished ?published } OPTIONAL { ?source wkg:accessDate ?retrieved }
    OPTIONAL { ?source wkg:publisher/owl:sameAs ?pi . FILTER(STRSTARTS(STR(?pi), STR(wd:))) }
    OPTIONAL { ?source schema:inLanguage ?language }
  } UNION {
    ?source a wkg:Article ; schema:url ?url ; schema:inLanguage ?language . BIND("article" AS ?kind)
    OPTIONAL { ?source schema:name ?title }
  }
  BIND(${ID('pi', 'wd')} AS ?publisherItem)
}`;

type Row = Record<string, Term | undefined>;

function rows(store: GraphStore, sparql: string): Row[] {
  const result = store.query(sparql);
  if (result.kind !== 'bindings') throw new Error('expected SELECT results');
  return result.rows;
}

/** Every fact of the store (graph plus ontology) that maps to Wikidata, in a stable order. */
export function readWikidataFacts(store: GraphStore): WikidataFact[] {
  const qualifiers = groupBy(rows(store, QUALIFIERS), (row) => ({ property: row.property!.value, value: valueOf(row.value!, row.valueItem) }));
  const sources = groupBy(rows(store, SOURCES), sourceOf);
  return rows(store, FACTS).map((row) => {
    const key = row.statement!.value;
    const subject = valueOf(row.subject!, row.subjectItem) as WikidataFact['subject'];
    const value = valueOf(row.value!, row.valueItem);
    return { subject, property: row.property!.value, value, qualifiers: qualifiers.get(key) ?? [], sources: citationsFirst(sources.get(key) ?? []) };
  });
}

function valueOf(term: Term, item: Term | undefined): WikidataValue {
  if (item?.value) return { kind: 'item', id: item.value };
  if (term.termType === 'Literal') return { kind: 'literal', value: term.value, datatype: term.datatype.value, lang: term.language };
  return { kind: 'unlinked', iri: term.value, label: nameOf(term.value) };
}

/** The name an entity IRI was minted from (its last path segment), as the article writes it. */
function nameOf(iri: string): string {
  const segment = iri.slice(iri.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(segment).replace(/_/g, ' ');
  } catch {
    return segment;
  }
}

function sourceOf(row: Row): FactSource {
  const text = (t: Term | undefined) => t?.value || undefined;
  const title = row.title?.termType === 'Literal' ? row.title : undefined;
  return {
    kind: row.kind!.value as FactSource['kind'],
    url: text(row.url), title: text(title), titleLang: title?.language || undefined,
    published: text(row.published), retrieved: text(row.retrieved), publisherItem: text(row.publisherItem), language: text(row.language),
  };
}

/** The cited sources when there are any (they are what supports the fact), else the article itself. */
function citationsFirst(sources: FactSource[]): FactSource[] {
  const citations = sources.filter((s) => s.kind === 'citation');
  return citations.length > 0 ? citations : sources.filter((s) => s.kind === 'article');
}

function groupBy<T>(list: Row[], pick: (row: Row) => T): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of list) {
    const key = row.statement!.value;
    const value = pick(row);
    const seen = out.get(key) ?? [];
    if (!seen.some((v) => JSON.stringify(v) === JSON.stringify(value))) seen.push(value);
    out.set(key, seen);
  }
  return out;
}
