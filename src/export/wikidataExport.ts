/**
 * The Wikidata-shaped exports of a graph: `--profile wikidata` (Wikidata's RDF model) and
 * `--format quickstatements`. The facts are read back from the graph with SPARQL, with the ontology
 * loaded next to it for the mappings to Wikidata properties.
 */
import type { Quad } from '@rdfjs/types';
import { GraphStore } from '../store/oxigraph';
import type { RdfFormat } from './formats';
import { quickStatements } from './quickstatements';
import { serialize } from './serialize';
import { readWikidataFacts } from './wikidataFacts';
import { toStatements } from './wikidataModel';
import { WIKIDATA_PREFIXES, wikidataProfileQuads } from './wikidataRdf';

/** The profiles of `export`: the graph as it is, or Wikidata's model of its linked entities. */
export const EXPORT_PROFILES = ['rdf', 'wikidata'] as const;

/** The one export format that is not RDF. */
export const QUICKSTATEMENTS = 'quickstatements';

/** Writes the Wikidata view of `quads` as QuickStatements or, in any RDF format, in Wikidata's model. */
export async function exportForWikidata(quads: readonly Quad[], ontologyTurtle: string, format: RdfFormat | typeof QUICKSTATEMENTS): Promise<string> {
  const store = new GraphStore();
  store.addQuads(quads);
  store.load(ontologyTurtle, 'ttl');
  const statements = toStatements(readWikidataFacts(store));
  if (format === QUICKSTATEMENTS) return quickStatements(statements);
  return serialize(wikidataProfileQuads(statements), format, WIKIDATA_PREFIXES);
}
