/** Adapter over rdflib for RDF/XML: the only file that imports rdflib. */
import * as $rdf from 'rdflib';
import { DataFactory } from 'n3';
import type { Quad, Term } from '@rdfjs/types';
import { NS } from '../graph/vocab';

type RdflibNode = ReturnType<typeof $rdf.sym> | ReturnType<typeof $rdf.lit> | ReturnType<typeof $rdf.blankNode>;

function toRdflib(t: Term): RdflibNode {
  if (t.termType === 'NamedNode') return $rdf.sym(t.value);
  if (t.termType === 'BlankNode') return $rdf.blankNode(t.value);
  if (t.termType === 'Literal') return $rdf.lit(t.value, t.language || undefined, t.language ? undefined : $rdf.sym(t.datatype.value));
  throw new Error(`rdflib adapter: cannot write a ${t.termType}`);
}

function fromRdflib(t: { termType: string; value: string; language?: string; datatype?: { value: string } }): Term {
  if (t.termType === 'NamedNode') return DataFactory.namedNode(t.value);
  if (t.termType === 'BlankNode') return DataFactory.blankNode(t.value);
  if (t.language) return DataFactory.literal(t.value, t.language);
  return DataFactory.literal(t.value, t.datatype ? DataFactory.namedNode(t.datatype.value) : undefined);
}

function storeOf(quads: readonly Quad[]): $rdf.Store {
  const store = $rdf.graph();
  for (const [prefix, iri] of Object.entries(NS)) store.setPrefixForURI(prefix, iri);
  for (const q of quads) {
    store.add(toRdflib(q.subject) as never, toRdflib(q.predicate) as never, toRdflib(q.object) as never);
  }
  return store;
}

/** Writes RDF/XML; no base IRI is given, because rdflib would then write IRIs relative to it. */
export function writeRdfXml(quads: readonly Quad[]): string {
  const out = $rdf.serialize(null, storeOf(quads), undefined, 'application/rdf+xml');
  if (out === undefined) throw new Error('rdflib wrote no RDF/XML');
  return out;
}

/** Parses RDF/XML or Turtle with rdflib (an independent parser, used to cross-check n3 and oxigraph). */
export function parseWithRdflib(text: string, mediaType: 'application/rdf+xml' | 'text/turtle', baseIri: string): Quad[] {
  const store = $rdf.graph();
  $rdf.parse(text, store, baseIri, mediaType);
  return store.statements.map((st) =>
    DataFactory.quad(fromRdflib(st.subject) as never, fromRdflib(st.predicate) as never, fromRdflib(st.object) as never),
  );
}
