/**
 * Every vocabulary IRI the project uses, declared once.
 *
 * Nothing else in the code base types an IRI of a vocabulary: code imports the terms from here, and
 * `test/ontology` checks that every `wkg:` term below is declared in `ontology/wikikg.ttl`. The three
 * records at the end are typed by the unions of `fact.ts`, so adding an entity type, property or qualifier
 * there without mapping it here is a compile error.
 */
import { DataFactory } from 'n3';
import type { NamedNode } from '@rdfjs/types';
import { PROPERTY_NAMES, type Datatype, type EntityType, type PropertyName, type QualifierName } from '../extract/fact';

/** Namespace IRIs by prefix; also the fixed prefix table of every serialisation. */
export const NS = {
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  owl: 'http://www.w3.org/2002/07/owl#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  schema: 'https://schema.org/',
  prov: 'http://www.w3.org/ns/prov#',
  nif: 'http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#',
  dcterms: 'http://purl.org/dc/terms/',
  wd: 'http://www.wikidata.org/entity/',
  wdt: 'http://www.wikidata.org/prop/direct/',
  wkg: 'https://w3id.org/wikikg/ontology#',
  geo: 'http://www.opengis.net/ont/geosparql#',
  wgs84: 'http://www.w3.org/2003/01/geo/wgs84_pos#',
} as const;

/** A prefix of the fixed table. */
export type Prefix = keyof typeof NS;

/** The ontology document IRI (the namespace without its `#`). */
export const ONTOLOGY_IRI = 'https://w3id.org/wikikg/ontology';

/** The default base under which instance IRIs are minted (see `iri.ts`). */
export const DEFAULT_BASE = 'https://w3id.org/wikikg/';

/** Wikipedia's host pattern; the language code goes in front. */
export const WIKIPEDIA_HOST = 'wikipedia.org';

/** Builds the terms of one namespace from their local names, so each local name is spelled once. */
function terms<K extends string>(ns: string, locals: readonly K[]): Record<K, NamedNode> {
  const out = {} as Record<K, NamedNode>;
  for (const local of locals) out[local] = DataFactory.namedNode(ns + local);
  return out;
}

// The outside vocabularies, only the terms we use.
/** RDF terms. */
export const rdf = terms(NS.rdf, ['type', 'Statement', 'subject', 'predicate', 'object', 'langString', 'Property'] as const);
/** RDF Schema terms. */
export const rdfs = terms(NS.rdfs, ['label', 'comment', 'domain', 'range', 'subPropertyOf', 'subClassOf'] as const);
/** OWL terms. */
export const owl = terms(NS.owl, ['Ontology', 'Class', 'ObjectProperty', 'DatatypeProperty', 'sameAs'] as const);
/** XML Schema datatypes. */
export const xsd = terms(NS.xsd, [
  'string', 'date', 'gYearMonth', 'gYear', 'integer', 'duration', 'boolean', 'anyURI', 'nonNegativeInteger',
  'decimal', 'dateTime', 'double',
] as const);
/** GeoSPARQL terms (coordinates as WKT geometries). */
export const geo = terms(NS.geo, ['Geometry', 'hasGeometry', 'asWKT', 'wktLiteral'] as const);
/** W3C WGS84 terms (coordinates as decimal degrees, for tools that want them). */
export const wgs84 = terms(NS.wgs84, ['lat', 'long'] as const);
/** SKOS terms. */
export const skos = terms(NS.skos, ['altLabel', 'prefLabel', 'Concept'] as const);
/** schema.org terms. */
export const schema = terms(NS.schema, [
  'Article', 'CreativeWork', 'name', 'url', 'inLanguage', 'about', 'mainEntityOfPage',
  'datePublished', 'description', 'isPartOf',
] as const);
/** PROV-O terms. */
export const prov = terms(NS.prov, ['Entity', 'wasDerivedFrom'] as const);
/** NIF 2.0 Core terms. */
export const nif = terms(NS.nif, [
  'Context', 'Phrase', 'Sentence', 'beginIndex', 'endIndex', 'anchorOf', 'referenceContext',
  'sentence', 'isString', 'sourceUrl',
] as const);

/** Our own terms that carry the evidence model (not tied to a fact.ts union). */
export const wkg = terms(NS.wkg, [
  'Statement', 'Article', 'Citation', 'evidence', 'extractionRule', 'citedIn', 'plainText',
  'accessDate', 'archiveUrl', 'archiveDate', 'referenceName', 'nativeLabel', 'revision', 'citation',
  // Linking to Wikidata (src/link): a scored candidate item of an entity that was not linked for certain.
  'candidate', 'candidateItem', 'matchScore',
] as const);

/**
 * Wikidata's own RDF model (wikiba.se/ontology), kept out of `NS` so that ordinary graphs keep their prefix
 * table; only the Wikidata export profile writes these prefixes.
 */
export const WIKIBASE_NS = {
  wikibase: 'http://wikiba.se/ontology#',
  p: 'http://www.wikidata.org/prop/',
  ps: 'http://www.wikidata.org/prop/statement/',
  pq: 'http://www.wikidata.org/prop/qualifier/',
  pr: 'http://www.wikidata.org/prop/reference/',
} as const;

/** Wikibase ontology terms. */
export const wikibase = terms(WIKIBASE_NS.wikibase, ['Statement', 'Reference', 'Item'] as const);

/** How a Wikidata property is used: truthy (`wdt:`), statement link (`p:`), value (`ps:`), qualifier, reference. */
export type WikidataPropertyRole = 'wdt' | 'p' | 'ps' | 'pq' | 'pr';

/** The IRI of Wikidata item `id` (`Q…`); ids come from the link cache or `src/link/verified-ids.tsv` only. */
export function wikidataItem(id: string): NamedNode {
  return DataFactory.namedNode(NS.wd + id);
}

/** The IRI of Wikidata property `pid` (`P…`) in one of its roles. */
export function wikidataProperty(role: WikidataPropertyRole, pid: string): NamedNode {
  return DataFactory.namedNode((role === 'wdt' ? NS.wdt : WIKIBASE_NS[role]) + pid);
}

const wkgTerm = (local: string): NamedNode => DataFactory.namedNode(NS.wkg + local);

/** Class of each `EntityType` (same local name in `wkg:`). */
export const ENTITY_CLASS: Record<EntityType, NamedNode> = {
  Article: wkg.Article,
  Organization: wkgTerm('Organization'),
  GovernmentOrganization: wkgTerm('GovernmentOrganization'),
  LiaisonOffice: wkgTerm('LiaisonOffice'),
  Country: wkgTerm('Country'),
  GovernmentMinistry: wkgTerm('GovernmentMinistry'),
  Committee: wkgTerm('Committee'),
  Person: wkgTerm('Person'),
  Position: wkgTerm('Position'),
  Document: wkgTerm('Document'),
  Declaration: wkgTerm('Declaration'),
  Event: wkgTerm('Event'),
  Summit: wkgTerm('Summit'),
  Meeting: wkgTerm('Meeting'),
  StaffWithdrawal: wkgTerm('StaffWithdrawal'),
  StaffReturn: wkgTerm('StaffReturn'),
  Opening: wkgTerm('Opening'),
  Place: wkgTerm('Place'),
  Topic: wkgTerm('Topic'),
  NewsOrganization: wkgTerm('NewsOrganization'),
  Category: wkgTerm('Category'),
  StaffGroup: wkgTerm('StaffGroup'),
  Quantity: wkgTerm('Quantity'),
  PoliticalParty: wkgTerm('PoliticalParty'),
  Treaty: wkgTerm('Treaty'),
  Settlement: wkgTerm('Settlement'),
  AdministrativeRegion: wkgTerm('AdministrativeRegion'),
  Geometry: geo.Geometry,
  VariantConcept: wkgTerm('VariantConcept'),
  DisambiguationPage: wkgTerm('DisambiguationPage'),
};

/** Properties whose terms belong to outside vocabularies (GeoSPARQL, WGS84); every other is `wkg:` + its name. */
const OUTSIDE_PROPERTIES: Partial<Record<PropertyName, NamedNode>> = {
  hasGeometry: geo.hasGeometry,
  asWKT: geo.asWKT,
  lat: wgs84.lat,
  long: wgs84.long,
};

/**
 * Property of each `PropertyName`. A property is declared once, in `PROPERTY_NAMES` (src/extract/fact.ts);
 * its term follows from its name, and `ontology/wikikg.ttl` and `shapes.ttl` are checked against that
 * list (test/ontology).
 */
export const PROPERTY = Object.fromEntries(
  PROPERTY_NAMES.map((name) => [name, OUTSIDE_PROPERTIES[name] ?? wkgTerm(name)]),
) as Record<PropertyName, NamedNode>;

/** Qualifier property of each `QualifierName`; `pointInTime` is the same term as the property. */
export const QUALIFIER: Record<QualifierName, NamedNode> = {
  pointInTime: PROPERTY.pointInTime,
  startTime: wkgTerm('startTime'),
  endTime: wkgTerm('endTime'),
  plannedDate: wkgTerm('plannedDate'),
  side: wkgTerm('side'),
  roleTitle: wkgTerm('roleTitle'),
  reasonForChange: wkgTerm('reasonForChange'),
  status: wkgTerm('status'),
  replaces: PROPERTY.replaces,
  replacedBy: PROPERTY.replacedBy,
};

/** XSD datatype of each typed `Datatype` (strings and language strings are plain literals). */
export const DATATYPE: Record<Exclude<Datatype, 'string' | 'langString'>, NamedNode> = {
  date: xsd.date,
  gYearMonth: xsd.gYearMonth,
  gYear: xsd.gYear,
  integer: xsd.integer,
  decimal: xsd.decimal,
  double: xsd.double,
  wktLiteral: geo.wktLiteral,
  duration: xsd.duration,
  boolean: xsd.boolean,
  anyURI: xsd.anyURI,
};

/** Every `wkg:` term the code emits, for the ontology test. */
export function allWkgTerms(): NamedNode[] {
  const all = [...Object.values(wkg), ...Object.values(ENTITY_CLASS), ...Object.values(PROPERTY), ...Object.values(QUALIFIER)];
  // Outside vocabularies the graph uses (GeoSPARQL, WGS84) are declared by their owners, not by us.
  return [...new Map(all.filter((t) => t.value.startsWith(NS.wkg)).map((t) => [t.value, t])).values()];
}
