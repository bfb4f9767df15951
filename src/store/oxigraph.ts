/**
 * The embedded SPARQL store, over oxigraph (WebAssembly): the only file that imports `oxigraph`.
 *
 * Everything leaving this file is an RDF/JS term of N3.js's DataFactory, so the rest of the code has
 * one RDF model. Oxigraph lower-cases language tags (`zh-Hant` → `zh-hant`), which RDF allows since tags
 * compare case-insensitively.
 */
import { readFile } from 'fs/promises';
import * as ox from 'oxigraph';
import { DataFactory } from 'n3';
import type { Quad, Term } from '@rdfjs/types';
import { formatFromExtension, MEDIA_TYPE, type RdfFormat } from '../export/formats';
import { PREFIX_DECLARATIONS } from './prefixes';
import { parseSparqlJson } from './sparqlJson';

/** A SPARQL answer: rows of bindings (SELECT), a boolean (ASK) or quads (CONSTRUCT, DESCRIBE). */
export type QueryResult =
  | { kind: 'bindings'; variables: string[]; rows: Array<Record<string, Term | undefined>> }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'quads'; quads: Quad[] };

/** Malformed SPARQL; the message is one line with the position in the user's query. */
export class QuerySyntaxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'QuerySyntaxError';
  }
}


// Our prefixes on one line before every query, so users may write `wkg:` without declaring it; error
// positions are shifted back by that one line.
const PREFIX_LINE = PREFIX_DECLARATIONS + '\n';

/** Converts an oxigraph term (or quad) to the N3.js DataFactory equivalent. */
function fromOx(t: ox.Term): Term {
  switch (t.termType) {
    case 'NamedNode':
      return DataFactory.namedNode(t.value);
    case 'BlankNode':
      return DataFactory.blankNode(t.value);
    case 'Literal':
      return DataFactory.literal(t.value, t.language || DataFactory.namedNode(t.datatype.value));
    case 'DefaultGraph':
      return DataFactory.defaultGraph();
    case 'Variable':
      return DataFactory.variable(t.value);
    default:
      return fromOxQuad(t as ox.Quad);
  }
}

function fromOxQuad(q: ox.Quad): Quad {
  return DataFactory.quad(fromOx(q.subject) as never, fromOx(q.predicate) as never, fromOx(q.object) as never, fromOx(q.graph) as never);
}

function toOx(t: Term): ox.Term {
  switch (t.termType) {
    case 'NamedNode':
      return ox.namedNode(t.value);
    case 'BlankNode':
      return ox.blankNode(t.value);
    case 'Literal':
      return ox.literal(t.value, t.language || ox.namedNode(t.datatype.value));
    case 'DefaultGraph':
      return ox.defaultGraph();
    case 'Quad':
      return toOxQuad(t as Quad);
    default:
      throw new Error(`cannot store a ${t.termType}`);
  }
}

function toOxQuad(q: Quad): ox.Quad {
  return ox.quad(toOx(q.subject) as never, toOx(q.predicate) as never, toOx(q.object) as never, toOx(q.graph) as never);
}

/** Parses RDF text with oxigraph's parsers (exact IRIs; used for JSON-LD and to cross-check other parsers). */
export function parseWithOxigraph(text: string, mediaType: string, baseIri?: string): Quad[] {
  return ox.parse(text, { format: mediaType, base_iri: baseIri }).map(fromOxQuad);
}

/** Turns oxigraph's parser messages into one line with the line number of the user's query. */
function syntaxError(message: string): QuerySyntaxError | undefined {
  const m = /^error at (\d+):(\d+): ?(.*)/s.exec(message);
  if (!m) return undefined;
  let detail = m[3].split('\n')[0];
  if (detail.includes('Prefix not found')) detail = 'undefined prefix';
  if (detail.length > 120) detail = detail.slice(0, 117) + '...';
  return new QuerySyntaxError(`SPARQL syntax error at line ${Number(m[1]) - 1}, column ${m[2]}: ${detail}`);
}

/** An in-memory RDF store answering SPARQL 1.1 queries. */
export class GraphStore {
  private readonly store = new ox.Store();

  /** A store holding the RDF files at `paths` (format from each extension). */
  static async fromFiles(paths: string[]): Promise<GraphStore> {
    const store = new GraphStore();
    for (const path of paths) {
      const format = formatFromExtension(path);
      if (!format) throw new Error(`${path}: unknown RDF format (use .ttl, .trig, .nt, .nq, .jsonld or .rdf)`);
      store.load(await readFile(path, 'utf8'), format);
    }
    return store;
  }

  /**
   * Loads RDF text (`ttl`, `trig`, `nt`, `nq`, `jsonld`, `rdfxml`) into the default graph or its named
   * graphs. With `merge`, the quads of named graphs go to the default graph too, so that a build written
   * as N-Quads (a named graph per article) answers queries exactly as the same build in Turtle does.
   * With `graph`, the triples of a graph syntax go to that named graph. Bytes are read as UTF-8 by the
   * parser itself, without a JavaScript string in between.
   */
  load(text: string | Uint8Array, format: RdfFormat, options: { merge?: boolean; graph?: string } = {}): void {
    const dataset = format === 'nq' || format === 'trig';
    if (options.merge && dataset) {
      for (const q of ox.parse(text, { format: MEDIA_TYPE[format] })) this.store.add(ox.quad(q.subject, q.predicate, q.object, ox.defaultGraph()));
      return;
    }
    this.store.load(text, {
      format: MEDIA_TYPE[format],
      ...(options.graph !== undefined && !dataset ? { to_graph_name: ox.namedNode(options.graph) } : {}),
    });
  }

  /** Adds RDF/JS quads. */
  addQuads(quads: Iterable<Quad>): void {
    for (const q of quads) this.store.add(toOxQuad(q));
  }

  /** Number of quads. */
  get size(): number {
    return this.store.size;
  }

  /** All quads of the store, as RDF/JS quads. */
  quads(): Quad[] {
    return this.store.match().map(fromOxQuad);
  }

  /** Runs a SPARQL query; our prefixes (`wkg:`, `schema:`, ...) are predeclared. */
  query(sparql: string, options: QueryOptions = {}): QueryResult {
    const text = PREFIX_LINE + sparql;
    const dataset = datasetOptions(options);
    try {
      return parseSparqlJson(this.store.query(text, { results_format: 'application/sparql-results+json', ...dataset }) as string);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const syntax = syntaxError(message);
      if (syntax) throw syntax;
      // CONSTRUCT and DESCRIBE cannot be written as SPARQL results; ask again for quads.
      if (!message.startsWith('Not supported RDF format')) throw new Error(message.split('\n')[0]);
    }
    return { kind: 'quads', quads: (this.store.query(text, dataset) as ox.Quad[]).map(fromOxQuad) };
  }
}

/** The dataset a query runs over, when it is not the store's default graph alone. */
export interface QueryOptions {
  /** The default graph is the union of every graph (named graphs and the default one). */
  unionDefaultGraph?: boolean;
  /** The default graph is the merge of these graphs (the protocol's `default-graph-uri`). */
  defaultGraphs?: readonly string[];
  /** The named graphs are these (the protocol's `named-graph-uri`). */
  namedGraphs?: readonly string[];
}

function datasetOptions(options: QueryOptions): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (options.defaultGraphs) out.default_graph = options.defaultGraphs.map((iri) => ox.namedNode(iri));
  else if (options.unionDefaultGraph) out.use_default_graph_as_union = true;
  if (options.namedGraphs) out.named_graphs = options.namedGraphs.map((iri) => ox.namedNode(iri));
  return out;
}
