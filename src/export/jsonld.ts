/**
 * A small JSON-LD writer: flattened node objects in canonical order under a fixed `@context` of our
 * prefixes. Written by hand because rdflib's JSON-LD output percent-encodes non-ASCII IRIs (so
 * `resource/zh/中日` came back as a different IRI) and oxigraph's dump is unordered and context-free.
 */
import type { Quad, Term } from '@rdfjs/types';
import { NS, rdf, xsd } from '../graph/vocab';
import { canonicalQuads, termKey } from '../graph/terms';

type JsonValue = string | Record<string, string>;
type NodeObject = Record<string, string | JsonValue[] | NodeObject[]>;

const SAFE_LOCAL = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/** `wkg:foo` when a prefix covers the IRI with a plain local name, else the full IRI. */
function compact(iri: string): string {
  for (const [prefix, ns] of Object.entries(NS)) {
    if (iri.startsWith(ns) && SAFE_LOCAL.test(iri.slice(ns.length))) return `${prefix}:${iri.slice(ns.length)}`;
  }
  return iri;
}

function nodeId(t: Term): string {
  return t.termType === 'BlankNode' ? `_:${t.value}` : t.value;
}

function objectValue(t: Term): JsonValue {
  if (t.termType !== 'Literal') return { '@id': nodeId(t) };
  if (t.language) return { '@value': t.value, '@language': t.language };
  if (t.datatype.value === xsd.string.value) return { '@value': t.value };
  return { '@value': t.value, '@type': t.datatype.value };
}

/** The node objects of one graph's quads (already sorted, so subjects come in runs). */
function nodeObjects(quads: readonly Quad[]): NodeObject[] {
  const nodes: NodeObject[] = [];
  let current: NodeObject | undefined;
  let currentKey = '';
  for (const q of quads) {
    if (!current || termKey(q.subject) !== currentKey) {
      current = { '@id': nodeId(q.subject) };
      currentKey = termKey(q.subject);
      nodes.push(current);
    }
    const isType = q.predicate.value === rdf.type.value && q.object.termType === 'NamedNode';
    const key = isType ? '@type' : compact(q.predicate.value);
    const value = isType ? compact(q.object.value) : objectValue(q.object);
    ((current[key] ??= []) as JsonValue[]).push(value);
  }
  return nodes;
}

/** Writes quads as JSON-LD; named graphs become node objects with their own `@graph`. */
export function writeJsonLd(quads: readonly Quad[]): string {
  const byGraph = new Map<string, Quad[]>();
  for (const q of canonicalQuads(quads)) {
    const key = q.graph.termType === 'DefaultGraph' ? '' : nodeId(q.graph);
    if (!byGraph.has(key)) byGraph.set(key, []);
    (byGraph.get(key) as Quad[]).push(q);
  }
  const graph: NodeObject[] = nodeObjects(byGraph.get('') ?? []);
  for (const [name, graphQuads] of byGraph) {
    if (name !== '') graph.push({ '@id': name, '@graph': nodeObjects(graphQuads) });
  }
  return JSON.stringify({ '@context': { ...NS }, '@graph': graph }, null, 2) + '\n';
}
