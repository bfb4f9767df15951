/**
 * A shapes graph read for compiling: the objects of each node by predicate, in the order
 * rdf-validate-shacl's dataset gives them (the order each term first appears in the quads), the
 * subjects of each predicate, and its RDF lists. Anything the compiler cannot reproduce exactly is an
 * `Uncompilable` error, which sends the shapes to the library instead.
 */
import type { Quad, Term } from '@rdfjs/types';
import { keyOf } from './dataIndex';
import { sh, structure } from './shaclVocab';

/** Why a shapes graph is left to rdf-validate-shacl. */
export class Uncompilable extends Error {}

const NONE: readonly Term[] = [];

/** The quads of a shapes graph, indexed both ways. */
export class ShapesGraph {
  private readonly out = new Map<string, Map<string, Term[]>>();
  private readonly into = new Map<string, Map<string, Term[]>>();
  private readonly bySubject = new Map<string, Map<string, Term>>();
  /** Every predicate the graph uses. */
  readonly predicates = new Set<string>();

  constructor(quads: Iterable<Quad>) {
    const seen = new Set<string>();
    const order = new Map<string, number>();
    const rank = (key: string) => order.get(key) ?? (order.set(key, order.size), order.size - 1);
    for (const quad of quads) {
      if (quad.graph.termType !== 'DefaultGraph') throw new Uncompilable('shapes in a named graph');
      const [s, p, o] = [keyOf(quad.subject), quad.predicate.value, keyOf(quad.object)];
      rank(s), rank(keyOf(quad.predicate)), rank(o);
      if (seen.has(`${s} ${p} ${o}`)) continue;
      seen.add(`${s} ${p} ${o}`);
      this.predicates.add(p);
      push(this.out, s, p, quad.object);
      push(this.into, o, p, quad.subject);
      let subjects = this.bySubject.get(p);
      if (!subjects) this.bySubject.set(p, (subjects = new Map()));
      if (!subjects.has(s)) subjects.set(s, quad.subject);
    }
    // The library's dataset numbers each term when first met and lists a node's objects by number.
    for (const byPredicate of this.out.values()) {
      for (const objects of byPredicate.values()) objects.sort((a, b) => rank(keyOf(a)) - rank(keyOf(b)));
    }
  }

  /** The objects of `node predicate ?o`. */
  objects(node: Term, predicate: string): readonly Term[] {
    return this.out.get(keyOf(node))?.get(predicate) ?? NONE;
  }

  /** The subjects of `?s predicate node`. */
  subjects(predicate: string, node: Term): readonly Term[] {
    return this.into.get(keyOf(node))?.get(predicate) ?? NONE;
  }

  /** Every subject of a `predicate` triple. */
  subjectsWith(predicate: string): readonly Term[] {
    return [...(this.bySubject.get(predicate)?.values() ?? NONE)];
  }

  /** The one object of `node predicate ?o`, or nothing when there are none or several (clownface's `term`). */
  one(node: Term, predicate: string): Term | undefined {
    const objects = this.objects(node, predicate);
    return objects.length === 1 ? objects[0] : undefined;
  }

  /**
   * The members of an RDF list as clownface reads them: nothing when the head is no list; an error for a
   * list clownface would choke on (an item without or with several rdf:first, a fork, a cycle).
   */
  list(head: Term): Term[] {
    if (head.termType !== 'NamedNode' && head.termType !== 'BlankNode') return [];
    if (!isNil(head) && this.objects(head, structure.first).length === 0) return [];
    const members: Term[] = [];
    const visited = new Set<string>();
    for (let item: Term | undefined = head; item && !isNil(item); ) {
      if (visited.has(keyOf(item))) throw new Uncompilable('a cyclic RDF list');
      visited.add(keyOf(item));
      const first = this.objects(item, structure.first);
      const rest = this.objects(item, structure.rest);
      if (first.length !== 1 || rest.length > 1) throw new Uncompilable('a malformed RDF list');
      members.push(first[0]);
      item = rest[0];
    }
    return members;
  }

  /** The distinct members of a shape's one sh:in list (the library reads the shape's, whatever the constraint). */
  inList(shape: Term): Term[] {
    const lists = this.objects(shape, sh.in);
    if (lists.length > 1) throw new Uncompilable('a shape with several sh:in');
    const distinct = new Map<string, Term>();
    for (const member of lists.length ? this.list(lists[0]) : []) if (!distinct.has(keyOf(member))) distinct.set(keyOf(member), member);
    return [...distinct.values()];
  }

  /** Whether `node` has an rdf:type that is `cls` or one of its subclasses in this graph. */
  isInstanceOf(node: Term, cls: string): boolean {
    const classes = new Set([cls]);
    const pending = [cls];
    for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
      for (const sub of this.into.get(next)?.get(structure.subClassOf) ?? NONE) {
        if (!classes.has(keyOf(sub))) classes.add(keyOf(sub)), pending.push(keyOf(sub));
      }
    }
    return this.objects(node, structure.type).some((type) => classes.has(keyOf(type)));
  }
}

function isNil(term: Term): boolean {
  return term.termType === 'NamedNode' && term.value === structure.nil;
}

function push(index: Map<string, Map<string, Term[]>>, key: string, predicate: string, term: Term): void {
  let byPredicate = index.get(key);
  if (!byPredicate) index.set(key, (byPredicate = new Map()));
  let terms = byPredicate.get(predicate);
  if (!terms) byPredicate.set(predicate, (terms = []));
  terms.push(term);
}
