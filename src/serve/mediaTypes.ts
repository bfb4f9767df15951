/**
 * The media types the server writes: SPARQL results for SELECT and ASK, RDF syntaxes for CONSTRUCT,
 * DESCRIBE and the Linked Data documents, and the short names a `format=` parameter or a file suffix
 * may use instead of an `Accept` header.
 */
import { MEDIA_TYPE, type RdfFormat } from '../export/formats';

/** A SPARQL results format of `store/results.ts` or `store/resultsXml.ts`. */
export type ResultsFormat = 'json' | 'xml' | 'csv' | 'tsv';

/** Media types of the results formats, in the order the server prefers them. */
export const RESULTS_MEDIA_TYPE: Record<ResultsFormat, string> = {
  json: 'application/sparql-results+json',
  xml: 'application/sparql-results+xml',
  csv: 'text/csv',
  tsv: 'text/tab-separated-values',
};

/**
 * The RDF syntaxes a graph answer is written in. A CONSTRUCT gives one graph, but a client that loads
 * datasets (a quad store's bulk loader) may ask for N-Quads or TriG: the triples then stand in the
 * default graph.
 */
export const GRAPH_FORMATS: readonly RdfFormat[] = ['ttl', 'nt', 'jsonld', 'rdfxml', 'nq', 'trig'];

/** What a results answer may be asked as, best first; `application/json` is read as SPARQL JSON. */
export const RESULTS_OFFERS: readonly string[] = [...Object.values(RESULTS_MEDIA_TYPE), 'application/json'];

/** What a graph answer may be asked as, best first. */
export const GRAPH_OFFERS: readonly string[] = GRAPH_FORMATS.map((format) => MEDIA_TYPE[format]);

/** The results format of an offered media type. */
export function resultsFormatOf(mediaType: string): ResultsFormat | undefined {
  if (mediaType === 'application/json') return 'json';
  return (Object.keys(RESULTS_MEDIA_TYPE) as ResultsFormat[]).find((format) => RESULTS_MEDIA_TYPE[format] === mediaType);
}

/** The RDF format of an offered media type. */
export function graphFormatOf(mediaType: string): RdfFormat | undefined {
  return GRAPH_FORMATS.find((format) => MEDIA_TYPE[format] === mediaType);
}

/** Short names a `format=` parameter may give, with the media type each stands for. */
const FORMAT_NAMES: Record<string, string> = {
  json: RESULTS_MEDIA_TYPE.json,
  xml: RESULTS_MEDIA_TYPE.xml,
  csv: RESULTS_MEDIA_TYPE.csv,
  tsv: RESULTS_MEDIA_TYPE.tsv,
  ttl: MEDIA_TYPE.ttl,
  turtle: MEDIA_TYPE.ttl,
  nt: MEDIA_TYPE.nt,
  ntriples: MEDIA_TYPE.nt,
  jsonld: MEDIA_TYPE.jsonld,
  rdfxml: MEDIA_TYPE.rdfxml,
  rdf: MEDIA_TYPE.rdfxml,
  nq: MEDIA_TYPE.nq,
  nquads: MEDIA_TYPE.nq,
  trig: MEDIA_TYPE.trig,
};

/**
 * The `Accept` value a `format=` parameter stands for (a short name or a media type), or undefined when
 * it names nothing we write. Results and graph names are both accepted, as the form of the query is only
 * known once it has run: `format=csv` on a CONSTRUCT is then refused with 406.
 */
export function acceptForFormat(format: string): string | undefined {
  const lower = format.trim().toLowerCase();
  if (FORMAT_NAMES[lower]) return FORMAT_NAMES[lower];
  return [...RESULTS_OFFERS, ...GRAPH_OFFERS].includes(lower) ? lower : undefined;
}

/** The Linked Data suffixes (`/resource/…/X.ttl`) and the RDF format each asks for. */
export const DOCUMENT_SUFFIXES: Record<string, RdfFormat> = { '.ttl': 'ttl', '.jsonld': 'jsonld', '.nt': 'nt', '.rdf': 'rdfxml' };

/** A text media type with its charset, as the `Content-Type` header gives it. */
export function withCharset(mediaType: string): string {
  if (mediaType.includes(';')) return mediaType;
  return /^text\/|\+json$|\+xml$|\/json$|\/xml$|n-triples|n-quads|trig|ld\+json/.test(mediaType) ? `${mediaType}; charset=utf-8` : mediaType;
}
