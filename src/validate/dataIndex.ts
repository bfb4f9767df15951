/**
 * A light index over one data graph, built in one pass over its quads for the compiled validator: the
 * objects of each subject by predicate, the instances of each class, and the subjects and objects of the
 * predicates that shapes target. Only the predicates the shapes ask about are kept.
 *
 * Terms are told apart by n3's `termToId` (its `id` for n3's own terms), the identity the n3 `Store`
 * under rdf-validate-shacl gives them; a triple met twice (in two graphs, say) counts once, as there.
 */
import { termToId } from 'n3';
import type { Quad, Term } from '@rdfjs/types';
import { structure } from './shaclVocab';

/** A term's identity in the index. */
export const keyOf: (term: Term) => string = termToId as (term: Term) => string;

const SET_FROM = 8;

/** Distinct terms in the order they came, a linear check while few, a set beyond. */
class TermList {
  readonly terms: Term[] = [];
  private readonly keys: string[] = [];
  private set?: Set<string>;

  add(term: Term, key: string): void {
    if (this.set) {
      if (this.set.has(key)) return;
      this.set.add(key);
    } else {
      if (this.keys.includes(key)) return;
      this.keys.push(key);
      if (this.keys.length >= SET_FROM) this.set = new Set(this.keys);
    }
    this.terms.push(term);
  }
}

/** The terms of several lists, each once. */
export function distinct(lists: readonly (readonly Term[])[]): readonly Term[] {
  const all = new TermList();
  for (const list of lists) for (const term of list) all.add(term, keyOf(term));
  return all.terms;
}

function listIn<K>(map: Map<K, TermList>, key: K): TermList {
  let list = map.get(key);
  if (!list) map.set(key, (list = new TermList()));
  return list;
}

/** The predicates the shapes read: as paths (or sh:lessThan), and as sh:targetSubjectsOf / sh:targetObjectsOf. */
export interface IndexNeeds {
  paths: ReadonlySet<string>;
  subjectsOf: ReadonlySet<string>;
  objectsOf: ReadonlySet<string>;
}

const NONE: readonly Term[] = [];

/** The data graph as the compiled shapes read it. */
export class DataIndex {
  private readonly out = new Map<string, Map<string, TermList>>();
  private readonly instances = new Map<string, TermList>();
  private readonly subclasses = new Map<string, TermList>();
  private readonly subjectsByPredicate = new Map<string, TermList>();
  private readonly objectsByPredicate = new Map<string, TermList>();
  private readonly closures = new Map<string, ReadonlySet<string>>();

  constructor(quads: Iterable<Quad>, needs: IndexNeeds) {
    for (const quad of quads) {
      const predicate = quad.predicate.value;
      const isType = predicate === structure.type;
      const isPath = isType || needs.paths.has(predicate);
      const subjectOf = needs.subjectsOf.has(predicate);
      const objectOf = needs.objectsOf.has(predicate);
      const isSubclass = predicate === structure.subClassOf;
      if (!isPath && !subjectOf && !objectOf && !isSubclass) continue;
      const subjectKey = keyOf(quad.subject);
      const objectKey = keyOf(quad.object);
      if (isPath) {
        let byPredicate = this.out.get(subjectKey);
        if (!byPredicate) this.out.set(subjectKey, (byPredicate = new Map()));
        listIn(byPredicate, predicate).add(quad.object, objectKey);
      }
      if (isType) listIn(this.instances, objectKey).add(quad.subject, subjectKey);
      if (isSubclass) listIn(this.subclasses, objectKey).add(quad.subject, subjectKey);
      if (subjectOf) listIn(this.subjectsByPredicate, predicate).add(quad.subject, subjectKey);
      if (objectOf) listIn(this.objectsByPredicate, predicate).add(quad.object, objectKey);
    }
  }

  /** The distinct objects of `subject predicate ?o`. */
  objects(subject: Term, predicate: string): readonly Term[] {
    return this.out.get(keyOf(subject))?.get(predicate)?.terms ?? NONE;
  }

  /** The distinct subjects of `?s predicate ?o` (sh:targetSubjectsOf). */
  subjectsOf(predicate: string): readonly Term[] {
    return this.subjectsByPredicate.get(predicate)?.terms ?? NONE;
  }

  /** The distinct objects of `?s predicate ?o` (sh:targetObjectsOf). */
  objectsOf(predicate: string): readonly Term[] {
    return this.objectsByPredicate.get(predicate)?.terms ?? NONE;
  }

  /** Keys of the class and of its subclasses (`rdfs:subClassOf*` in this graph), as the library's `getSubClassesOf`. */
  classClosure(classKey: string): ReadonlySet<string> {
    let closure = this.closures.get(classKey);
    if (!closure) {
      const found = new Set([classKey]);
      const pending = [classKey];
      for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
        for (const sub of this.subclasses.get(next)?.terms ?? NONE) {
          const key = keyOf(sub);
          if (!found.has(key)) pending.push(key), found.add(key);
        }
      }
      this.closures.set(classKey, (closure = found));
    }
    return closure;
  }

  /** The instances of a class or of its subclasses (sh:targetClass), each once. */
  instancesOf(classKey: string): readonly Term[] {
    const closure = this.classClosure(classKey);
    if (closure.size === 1) return this.instances.get(classKey)?.terms ?? NONE;
    return distinct([...closure].map((key) => this.instances.get(key)?.terms ?? NONE));
  }

  /** Whether a node has a type among the class and its subclasses (sh:class). */
  isInstanceOf(node: Term, classKey: string): boolean {
    const types = this.objects(node, structure.type);
    if (types.length === 0) return false;
    const closure = this.classClosure(classKey);
    return types.some((type) => closure.has(keyOf(type)));
  }
}
