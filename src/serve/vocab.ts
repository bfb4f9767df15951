/**
 * The vocabularies only the server speaks, declared once: VoID (describing the dataset), SPARQL 1.1
 * Service Description (describing the endpoint) and the W3C's names of RDF and results formats.
 */
import { DataFactory } from 'n3';
import type { NamedNode } from '@rdfjs/types';
import { NS } from '../graph/vocab';

/** Namespaces of the server's descriptions, as extra prefixes for their serialisation. */
export const SERVE_NS = {
  void: 'http://rdfs.org/ns/void#',
  sd: 'http://www.w3.org/ns/sparql-service-description#',
  formats: 'http://www.w3.org/ns/formats/',
  foaf: 'http://xmlns.com/foaf/0.1/',
} as const;

function terms<K extends string>(ns: string, locals: readonly K[]): Record<K, NamedNode> {
  const out = {} as Record<K, NamedNode>;
  for (const local of locals) out[local] = DataFactory.namedNode(ns + local);
  return out;
}

/** VoID terms. */
export const voidTerms = terms(SERVE_NS.void, [
  'Dataset', 'DatasetDescription', 'sparqlEndpoint', 'uriSpace', 'triples', 'entities', 'classes', 'properties',
  'documents', 'vocabulary', 'exampleResource', 'feature', 'uriLookupEndpoint',
] as const);

/** SPARQL Service Description terms. */
export const sd = terms(SERVE_NS.sd, [
  'Service', 'endpoint', 'supportedLanguage', 'SPARQL11Query', 'resultFormat', 'feature', 'UnionDefaultGraph',
  'defaultDataset', 'Dataset', 'defaultGraph', 'Graph',
] as const);

/** W3C format names (https://www.w3.org/ns/formats/). */
export const formats = terms(SERVE_NS.formats, [
  'SPARQL_Results_JSON', 'SPARQL_Results_XML', 'SPARQL_Results_CSV', 'SPARQL_Results_TSV',
  'Turtle', 'N-Triples', 'JSON-LD', 'RDF_XML', 'N-Quads', 'TriG',
] as const);

/** Dublin Core terms the descriptions use (the namespace is in the graph's prefix table). */
export const dcterms = terms(NS.dcterms, ['title', 'language'] as const);

/** FOAF, for the description's topic. */
export const foaf = terms(SERVE_NS.foaf, ['primaryTopic'] as const);
