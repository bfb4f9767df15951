/**
 * RDF graph isomorphism with blank-node matching, to compare graphs as graphs rather than as text.
 *
 * Blank nodes are coloured by iterated hashing of their neighbourhoods (enough for the few blank nodes
 * we meet); nodes whose colours tie are matched by backtracking. Language tags compare case-insensitively.
 */
import { sha256Hex } from '../util/hash';
import type { Quad, Term } from '@rdfjs/types';
import { quadKey, termKey } from './terms';

type Colours = Map<string, string>;

const isBlank = (t: Term): boolean => t.termType === 'BlankNode';

function blankIds(quads: readonly Quad[]): string[] {
  const ids = new Set<string>();
  for (const q of quads) for (const t of [q.subject, q.object, q.graph]) if (isBlank(t)) ids.add(t.value);
  return [...ids];
}

function colourOf(t: Term, colours: Colours): string {
  return isBlank(t) ? `_:${colours.get(t.value)}` : termKey(t);
}

/** Refines blank-node colours: each round hashes a node's colour with its quads' colours. */
function refine(quads: readonly Quad[], ids: string[]): Colours {
  let colours: Colours = new Map(ids.map((id) => [id, '']));
  for (let round = 0; round <= ids.length && round < 8; round++) {
    const signatures = new Map<string, string[]>(ids.map((id) => [id, [colours.get(id) as string]]));
    for (const q of quads) {
      const line = [q.subject, q.predicate, q.object, q.graph].map((t) => colourOf(t, colours)).join(' ');
      for (const [pos, t] of [['s', q.subject], ['o', q.object], ['g', q.graph]] as const) {
        if (isBlank(t)) (signatures.get(t.value) as string[]).push(pos + line);
      }
    }
    colours = new Map(ids.map((id) => [id, sha256Hex((signatures.get(id) as string[]).sort().join('\n'))]));
  }
  return colours;
}

function relabel(quads: readonly Quad[], mapping: Map<string, string>): Set<string> {
  const name = (t: Term): string => (isBlank(t) ? `_:${mapping.get(t.value)}` : termKey(t));
  return new Set(quads.map((q) => [q.subject, q.predicate, q.object, q.graph].map(name).join(' ')));
}

function sameSets(a: Set<string>, b: Set<string>): boolean {
  return a.size === b.size && [...a].every((x) => b.has(x));
}

/** Tries mappings of `a`'s blank nodes onto same-coloured blank nodes of `b`. */
function search(a: readonly Quad[], b: readonly Quad[], ids: string[], ca: Colours, cb: Colours, target: Set<string>): boolean {
  const mapping = new Map<string, string>();
  const used = new Set<string>();
  const candidates = (id: string): string[] => [...cb.keys()].filter((x) => cb.get(x) === ca.get(id) && !used.has(x));
  const step = (i: number): boolean => {
    if (i === ids.length) return sameSets(relabel(a, mapping), target);
    for (const candidate of candidates(ids[i])) {
      mapping.set(ids[i], candidate);
      used.add(candidate);
      if (step(i + 1)) return true;
      used.delete(candidate);
    }
    return false;
  };
  return step(0);
}

/** True when two sets of quads are the same RDF dataset up to blank-node names. */
export function isomorphic(a: readonly Quad[], b: readonly Quad[]): boolean {
  const keysA = new Set(a.map(quadKey));
  const keysB = new Set(b.map(quadKey));
  if (keysA.size !== keysB.size) return false;
  const idsA = blankIds(a);
  const idsB = blankIds(b);
  if (idsA.length !== idsB.length) return false;
  if (idsA.length === 0) return sameSets(keysA, keysB);
  const ca = refine(a, idsA);
  const cb = refine(b, idsB);
  const identity = new Map(idsB.map((id) => [id, id]));
  return search(a, b, idsA, ca, cb, relabel(b, identity));
}

/** The quads of `a` missing from `b` (blank nodes ignored), to explain a failed comparison. */
export function difference(a: readonly Quad[], b: readonly Quad[]): string[] {
  const keysB = new Set(b.map(quadKey));
  return a.filter((q) => !keysB.has(quadKey(q)) && ![q.subject, q.object].some(isBlank)).map(quadKey);
}
