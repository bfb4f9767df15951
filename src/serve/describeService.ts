/**
 * What the server says about itself: the VoID description of the dataset (`/.well-known/void`, with the
 * numbers VoID defines and the articles' languages) and the SPARQL Service Description of the endpoint
 * (`/sparql` without a query). Both are RDF, written in whichever syntax the client accepts.
 */
import { DataFactory } from 'n3';
import type { Quad, Quad_Object, Quad_Subject, NamedNode } from '@rdfjs/types';
import { NS, ONTOLOGY_IRI, rdf, xsd } from '../graph/vocab';
import { dcterms, foaf, formats, sd, voidTerms } from './vocab';

const { namedNode, literal, quad } = DataFactory;

/** The numbers of a VoID description, counted once when the server starts. */
export interface DatasetStats {
  triples: number;
  entities: number;
  classes: number;
  properties: number;
  articles: number;
  languages: string[];
  /** An entity to show as an example (the first article's subject), if there is one. */
  example?: string;
}

/** The SPARQL queries whose answers make `DatasetStats` (each a single row), and what each counts. */
export function statsQueries(base: string): Record<Exclude<keyof DatasetStats, 'triples' | 'languages' | 'example'>, string> {
  return {
    entities: `SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?class FILTER (STRSTARTS(STR(?s), "${base}resource/")) }`,
    classes: 'SELECT (COUNT(DISTINCT ?class) AS ?n) WHERE { ?s a ?class }',
    properties: 'SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?s ?p ?o }',
    articles: 'SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a wkg:Article }',
  };
}

/** The languages of the articles, and an example entity. */
export const LANGUAGES_QUERY = 'SELECT DISTINCT ?lang WHERE { ?a a wkg:Article ; schema:inLanguage ?lang } ORDER BY ?lang';
export const EXAMPLE_QUERY = 'SELECT ?entity WHERE { ?a a wkg:Article ; schema:about ?entity } ORDER BY ?a LIMIT 1';

const integer = (n: number) => literal(String(n), xsd.integer);

/** The VoID description of the dataset, its IRIs under the server's `origin` (`http://host:port`). */
export function voidQuads(origin: string, base: string, stats: DatasetStats): Quad[] {
  const document = namedNode(`${origin}/.well-known/void`);
  const dataset = namedNode(`${origin}/.well-known/void#dataset`);
  const out: Quad[] = [];
  const add = (s: Quad_Subject, p: NamedNode, o: Quad_Object) => out.push(quad(s, p, o));
  add(document, rdf.type, voidTerms.DatasetDescription);
  add(document, dcterms.title, literal('VoID description of the wikikg knowledge graph', 'en'));
  add(document, foaf.primaryTopic, dataset);
  add(dataset, rdf.type, voidTerms.Dataset);
  add(dataset, dcterms.title, literal('wikikg: a knowledge graph of Wikipedia articles with the evidence of every fact', 'en'));
  add(dataset, voidTerms.sparqlEndpoint, namedNode(`${origin}/sparql`));
  add(dataset, voidTerms.uriLookupEndpoint, literal(`${origin}/describe?iri=`));
  add(dataset, voidTerms.uriSpace, literal(base));
  add(dataset, voidTerms.vocabulary, namedNode(ONTOLOGY_IRI));
  add(dataset, voidTerms.vocabulary, namedNode(NS.nif.replace(/#$/, '')));
  add(dataset, voidTerms.triples, integer(stats.triples));
  add(dataset, voidTerms.entities, integer(stats.entities));
  add(dataset, voidTerms.classes, integer(stats.classes));
  add(dataset, voidTerms.properties, integer(stats.properties));
  add(dataset, voidTerms.documents, integer(stats.articles));
  for (const language of stats.languages) add(dataset, dcterms.language, literal(language));
  if (stats.example) add(dataset, voidTerms.exampleResource, namedNode(stats.example));
  for (const format of [formats.Turtle, formats['N-Triples'], formats['JSON-LD'], formats.RDF_XML, formats['N-Quads'], formats.TriG]) add(dataset, voidTerms.feature, format);
  return out;
}

/** The SPARQL 1.1 Service Description of the endpoint at `${origin}/sparql`. */
export function serviceQuads(origin: string, stats: Pick<DatasetStats, 'triples'>): Quad[] {
  const endpoint = namedNode(`${origin}/sparql`);
  const service = namedNode(`${origin}/sparql#service`);
  const dataset = namedNode(`${origin}/.well-known/void#dataset`);
  const graph = namedNode(`${origin}/sparql#default-graph`);
  const out: Quad[] = [];
  const add = (s: Quad_Subject, p: NamedNode, o: Quad_Object) => out.push(quad(s, p, o));
  add(service, rdf.type, sd.Service);
  add(service, sd.endpoint, endpoint);
  add(service, sd.supportedLanguage, sd.SPARQL11Query);
  // Each article is a named graph; a query that names no dataset sees their union as its default graph.
  add(service, sd.feature, sd.UnionDefaultGraph);
  for (const format of Object.values(formats)) add(service, sd.resultFormat, format);
  add(service, sd.defaultDataset, dataset);
  add(dataset, rdf.type, sd.Dataset);
  add(dataset, sd.defaultGraph, graph);
  add(graph, rdf.type, sd.Graph);
  add(graph, voidTerms.triples, integer(stats.triples));
  return out;
}
