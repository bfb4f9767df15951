/**
 * How the quads of an RDF file split into the named graphs a server keeps: one per article. A triple
 * file (Turtle, N-Triples, ...) holds one article's graph, named by its article IRI, the one subject
 * typed `wkg:Article`; a quad file (N-Quads, TriG) already names each graph.
 */
import { DataFactory } from 'n3';
import type { Quad } from '@rdfjs/types';
import { canonicalQuads } from '../graph/terms';
import { rdf, wkg } from '../graph/vocab';

/** One named graph to store: its IRI and its triples (in the default graph, canonical order, no duplicates). */
export interface NamedGraph {
  iri: string;
  triples: readonly Quad[];
}

/** The named graphs of one file's quads; throws when a triple file does not hold exactly one article. */
export function articleGraphs(quads: readonly Quad[]): NamedGraph[] {
  const byGraph = new Map<string, Quad[]>();
  const unnamed: Quad[] = [];
  for (const quad of quads) {
    if (quad.graph.termType === 'DefaultGraph') unnamed.push(quad);
    else if (quad.graph.termType === 'NamedNode') add(byGraph, quad.graph.value, quad);
    else throw new Error(`a graph named by a ${quad.graph.termType} (${quad.graph.value}) has no IRI to store it under`);
  }
  if (unnamed.length > 0) {
    const iri = articleIri(unnamed);
    for (const quad of unnamed) add(byGraph, iri, quad);
  }
  return [...byGraph].map(([iri, graphQuads]) => ({ iri, triples: canonicalQuads(graphQuads.map(asTriple)) }));
}

/** The one subject typed `wkg:Article`. */
function articleIri(triples: readonly Quad[]): string {
  const articles = new Set<string>();
  for (const t of triples) {
    if (t.predicate.equals(rdf.type) && t.object.equals(wkg.Article) && t.subject.termType === 'NamedNode') articles.add(t.subject.value);
  }
  if (articles.size === 1) return [...articles][0];
  const found = articles.size === 0 ? 'none' : `${articles.size}: ${[...articles].sort().slice(0, 3).join(', ')}${articles.size > 3 ? ', ...' : ''}`;
  throw new Error(`expected one article (a subject typed wkg:Article) to name the graph, found ${found}`);
}

function add(byGraph: Map<string, Quad[]>, iri: string, quad: Quad): void {
  const list = byGraph.get(iri);
  if (list) list.push(quad);
  else byGraph.set(iri, [quad]);
}

function asTriple(quad: Quad): Quad {
  return quad.graph.termType === 'DefaultGraph' ? quad : DataFactory.quad(quad.subject, quad.predicate, quad.object);
}
