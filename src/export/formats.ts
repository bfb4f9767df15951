/** The RDF syntaxes we read and write, and how file names and media types name them. */

export type RdfFormat = 'ttl' | 'trig' | 'nt' | 'nq' | 'jsonld' | 'rdfxml';

/** Every format, in the order the command line lists them. */
export const RDF_FORMATS: readonly RdfFormat[] = ['ttl', 'trig', 'nt', 'nq', 'jsonld', 'rdfxml'];

/** IANA media type of each format. */
export const MEDIA_TYPE: Record<RdfFormat, string> = {
  ttl: 'text/turtle',
  trig: 'application/trig',
  nt: 'application/n-triples',
  nq: 'application/n-quads',
  jsonld: 'application/ld+json',
  rdfxml: 'application/rdf+xml',
};

const BY_EXTENSION: Record<string, RdfFormat> = {
  ttl: 'ttl',
  trig: 'trig',
  nt: 'nt',
  nq: 'nq',
  jsonld: 'jsonld',
  json: 'jsonld',
  rdf: 'rdfxml',
  rdfxml: 'rdfxml',
  xml: 'rdfxml',
  owl: 'rdfxml',
};

/** The format a file name's extension names (`.ttl .trig .nt .nq .jsonld .json .rdf .rdfxml .xml .owl`), else undefined. */
export function formatFromExtension(path: string): RdfFormat | undefined {
  const dot = path.lastIndexOf('.');
  if (dot < 0 || dot < path.lastIndexOf('/')) return undefined;
  return BY_EXTENSION[path.slice(dot + 1).toLowerCase()];
}

/** True for a string that names a format (`--format ttl`). */
export function isRdfFormat(s: string): s is RdfFormat {
  return (RDF_FORMATS as readonly string[]).includes(s);
}
