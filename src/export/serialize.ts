/**
 * Serialise quads to any supported RDF syntax, deterministically, and parse files back.
 *
 * Quads are de-duplicated and sorted canonically before any writer sees them, and every writer uses the
 * fixed prefix table of `vocab.ts`, so the same set of quads always gives byte-identical output.
 */
import type { Quad } from '@rdfjs/types';
import { canonicalQuads } from '../graph/terms';
import { MEDIA_TYPE, type RdfFormat } from './formats';
import { parseN3, writeN3 } from './n3';

// rdflib and oxigraph (WebAssembly) take a third of a second to load; a build that writes Turtle or
// N-Quads never needs them, so they are required when a format first asks for them.
const rdflib = (): typeof import('./rdflib') => require('./rdflib') as typeof import('./rdflib');
const jsonld = (): typeof import('./jsonld') => require('./jsonld') as typeof import('./jsonld');
const oxigraph = (): typeof import('../store/oxigraph') => require('../store/oxigraph') as typeof import('../store/oxigraph');

export { formatFromExtension, isRdfFormat, RDF_FORMATS, MEDIA_TYPE, type RdfFormat } from './formats';

/** Writes quads in `format`; the same quads (in any order) always give the same string. */
export async function serialize(quads: readonly Quad[], format: RdfFormat, extraPrefixes: Record<string, string> = {}): Promise<string> {
  const sorted = canonicalQuads(quads);
  switch (format) {
    case 'ttl':
    case 'trig':
    case 'nt':
    case 'nq':
      // Extra prefixes (the Wikidata profile's p:, ps:, ...) only shorten Turtle and TriG.
      return writeN3(sorted, format, extraPrefixes);
    case 'jsonld':
      return jsonld().writeJsonLd(sorted);
    case 'rdfxml':
      return rdflib().writeRdfXml(sorted);
  }
}

/** Base for relative IRIs in files we read; our own output never has any. */
const READ_BASE = 'file:///';

/** Parses RDF text in `format` into quads (throws on syntax errors). */
export function parseRdf(text: string, format: RdfFormat, baseIri: string = READ_BASE): Quad[] {
  switch (format) {
    case 'ttl':
    case 'trig':
    case 'nt':
    case 'nq':
      return parseN3(text, format, baseIri);
    case 'rdfxml':
      return rdflib().parseWithRdflib(text, 'application/rdf+xml', baseIri);
    case 'jsonld':
      // rdflib's JSON-LD reader is asynchronous and percent-encodes IRIs; oxigraph's is exact and synchronous.
      return oxigraph().parseWithOxigraph(text, MEDIA_TYPE.jsonld, baseIri);
  }
}
