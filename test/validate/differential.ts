/**
 * Differential testing of two SHACL engines: graphs broken at random (seeded, so every run breaks them the
 * same way), results compared as multisets, and the constraint component behind each result read back
 * from the library's English messages.
 */
import { DataFactory } from 'n3';
import type { NamedNode, Quad, Quad_Object, Quad_Subject, Term } from '@rdfjs/types';
import { termKey } from '../../src/graph/terms';
import { NS, rdf, rdfs, wkg, xsd } from '../../src/graph/vocab';
import type { ShaclResult } from '../../src/validate/shacl';

const { blankNode, literal, namedNode, quad } = DataFactory;
const SH = 'http://www.w3.org/ns/shacl#';

/** A seeded PRNG (mulberry32): the same seed breaks the graphs the same way on every run. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Rng = () => number;

/** One element of a list, at random (undefined when it is empty). */
export function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)];
}

/** One result as a string: its terms in N-Triples syntax and its messages in a fixed order. */
export function canonical(result: ShaclResult): string {
  const term = (t: Term | undefined) => (t ? termKey(t) : null);
  return JSON.stringify([term(result.focusNode), term(result.path), term(result.value), term(result.shape), term(result.severity), [...result.messages].sort()]);
}

/** Results as a sorted multiset of canonical strings. */
export function multiset(results: ShaclResult[]): string[] {
  return results.map(canonical).sort();
}

/** The shapes graph without its sh:message, so that results carry the library's templates. */
export function withoutMessages(shapes: readonly Quad[]): Quad[] {
  return shapes.filter((q) => q.predicate.value !== `${SH}message`);
}

const KINDS: [RegExp, string][] = [
  [/^Less than \S+ values have shape/, 'qualifiedMinCount'],
  [/^More than \S+ values have shape/, 'qualifiedMaxCount'],
  [/^Less than \S+ values$/, 'minCount'],
  [/^More than \S+ values$/, 'maxCount'],
  [/^Value does not have datatype/, 'datatype'],
  [/^Value does not have node kind/, 'nodeKind'],
  [/^Value has less than/, 'minLength'],
  [/^Value has more than/, 'maxLength'],
  [/^Value does not match pattern/, 'pattern'],
  [/^Value is not greater than or equal to/, 'minInclusive'],
  [/^Value is not greater than/, 'minExclusive'],
  [/^Value is not less than or equal to value of/, 'lessThanOrEquals'],
  [/^Value is not less than value of/, 'lessThan'],
  [/^Value is not less than or equal to/, 'maxInclusive'],
  [/^Value is not less than/, 'maxExclusive'],
  [/^Value is not one of the allowed values/, 'in'],
  [/^(Missing expected value|Value must be)/, 'hasValue'],
];

/**
 * The component behind a result of shapes without sh:message: read from the library's template; sh:class
 * and sh:or have none, so a shape with sh:class (`classShapes`) is taken for sh:class, any other for sh:or.
 */
export function kindOf(result: ShaclResult, classShapes: ReadonlySet<string>): string {
  if (result.messages.length === 0) return classShapes.has(termKey(result.shape)) ? 'class' : 'or';
  const found = KINDS.find(([pattern]) => pattern.test(result.messages[0]));
  return found ? found[1] : `unknown: ${result.messages[0]}`;
}

/** What the mutations need to know of the shapes: single-valued paths, targeted classes, shapes with sh:class. */
export interface ShapeFacts {
  singlePaths: string[];
  classes: NamedNode[];
  classShapes: Set<string>;
}

/** Reads `ShapeFacts` from a shapes graph. */
export function shapeFacts(shapes: readonly Quad[]): ShapeFacts {
  const singles = new Set(shapes.filter((q) => q.predicate.value === `${SH}maxCount` && q.object.value === '1').map((q) => termKey(q.subject)));
  const singlePaths = shapes.filter((q) => q.predicate.value === `${SH}path` && singles.has(termKey(q.subject))).map((q) => q.object.value);
  const classes = shapes.filter((q) => q.predicate.value === `${SH}targetClass`).map((q) => q.object as NamedNode);
  const classShapes = new Set(shapes.filter((q) => q.predicate.value === `${SH}class`).map((q) => termKey(q.subject)));
  return { singlePaths: [...new Set(singlePaths)], classes, classShapes };
}

/** A way to break a graph; undefined when the graph has nothing it applies to. */
export interface Mutation {
  name: string;
  apply(quads: Quad[], rng: Rng, facts: ShapeFacts): Quad[] | undefined;
}

const literals = (quads: Quad[]) => quads.filter((q) => q.object.termType === 'Literal');
const iriObjects = (quads: Quad[]) => quads.filter((q) => q.object.termType === 'NamedNode');
const withObject = (q: Quad, object: Term) => quad(q.subject, q.predicate, object as Quad_Object, q.graph);
const replaceOne = (quads: Quad[], target: Quad, object: Term) => quads.map((q) => (q === target ? withObject(q, object) : q));
const DATES = [xsd.date, xsd.gYear, xsd.gYearMonth].map((d) => d.value);

const RETYPES: Term[] = [
  xsd.string, xsd.integer, xsd.decimal, xsd.date, xsd.gYear, xsd.gYearMonth, xsd.boolean, xsd.anyURI,
  xsd.nonNegativeInteger, xsd.dateTime, xsd.double, namedNode(`${NS.xsd}float`), rdf.langString,
];
const ILL_FORMED = ['', ' ', 'x', '-1', '2018-9-14', '1.5', '1e3', 'abc', 'yes', '٣', '+-2', '2018-13', '--05', 'INF'];

/** The mutations, each breaking a graph in one way the shapes should notice (or, now and then, not). */
export const MUTATIONS: Mutation[] = [
  {
    name: 'drop a quad',
    apply: (quads, rng) => {
      const gone = pick(rng, quads);
      return quads.filter((q) => q !== gone);
    },
  },
  {
    name: 'drop every quad of a predicate',
    apply: (quads, rng) => {
      const predicate = pick(rng, quads).predicate;
      return quads.filter((q) => !q.predicate.equals(predicate));
    },
  },
  {
    name: 'give a literal another datatype',
    apply: (quads, rng) => {
      const target = pick(rng, literals(quads));
      if (!target) return undefined;
      const datatype = pick(rng, RETYPES);
      // Half the time an rdf:langString without a language: n3 builds one, and the library accepts it.
      const object = datatype.equals(rdf.langString) && rng() < 0.5 ? literal(target.object.value, 'en') : literal(target.object.value, datatype as NamedNode);
      return replaceOne(quads, target, object);
    },
  },
  {
    name: 'give a literal an ill-formed lexical form',
    apply: (quads, rng) => {
      const target = pick(rng, literals(quads));
      if (!target) return undefined;
      const old = target.object as Quad_Object & { language: string; datatype: NamedNode };
      return replaceOne(quads, target, literal(pick(rng, ILL_FORMED), old.language || old.datatype));
    },
  },
  {
    name: 'a date as plain text',
    apply: (quads, rng) => {
      const target = pick(rng, quads.filter((q) => q.object.termType === 'Literal' && DATES.includes(q.object.datatype.value)));
      return target && replaceOne(quads, target, literal(target.object.value));
    },
  },
  {
    name: 'a second value where one is allowed',
    apply: (quads, rng, facts) => {
      const candidates = quads.filter((q) => facts.singlePaths.includes(q.predicate.value));
      if (candidates.length === 0) return undefined;
      const target = pick(rng, candidates);
      const old = target.object;
      const other =
        old.termType === 'Literal' ? literal(`${old.value}′`, old.language || old.datatype) : old.termType === 'NamedNode' ? namedNode(`${old.value}-other`) : blankNode();
      return [...quads, withObject(target, other)];
    },
  },
  {
    name: 'an IRI replaced by a literal',
    apply: (quads, rng) => {
      const target = pick(rng, iriObjects(quads));
      if (!target) return undefined;
      return replaceOne(quads, target, rng() < 0.5 ? literal(target.object.value) : literal(target.object.value, 'en'));
    },
  },
  {
    name: 'a literal replaced by an IRI or a blank node',
    apply: (quads, rng) => {
      const target = pick(rng, literals(quads));
      if (!target) return undefined;
      return replaceOne(quads, target, rng() < 0.5 ? namedNode(`urn:wikikg-test:${Math.floor(rng() * 1e6)}`) : blankNode());
    },
  },
  {
    name: 'an empty literal',
    apply: (quads, rng) => {
      const target = pick(rng, literals(quads));
      if (!target) return undefined;
      const old = target.object as Quad_Object & { language: string; datatype: NamedNode };
      return replaceOne(quads, target, literal('', old.language || old.datatype));
    },
  },
  {
    name: 'a type whose shape the node then fails',
    apply: (quads, rng, facts) => {
      const node = pick(rng, quads).subject;
      return [...quads, quad(node, rdf.type, pick(rng, facts.classes))];
    },
  },
  {
    name: 'a subclass declared in the data',
    apply: (quads, rng, facts) => {
      const sub = namedNode(`urn:wikikg-test:Sub${Math.floor(rng() * 1000)}`);
      const subSub = namedNode(`${sub.value}-sub`);
      const node = pick(rng, quads).subject;
      return [...quads, quad(sub, rdfs.subClassOf, pick(rng, facts.classes)), quad(subSub, rdfs.subClassOf, sub), quad(node, rdf.type, rng() < 0.5 ? sub : subSub)];
    },
  },
  {
    name: 'a node as a blank node',
    apply: (quads, rng) => {
      const node = pick(rng, quads).subject;
      const blank = blankNode();
      const swap = (t: Term) => (t.equals(node) ? blank : t);
      return quads.map((q) => quad(swap(q.subject) as Quad_Subject, q.predicate, swap(q.object) as Quad_Object, q.graph));
    },
  },
  {
    name: 'a span whose end comes first',
    apply: (quads, rng) => {
      const begins = quads.filter((q) => q.predicate.value === `${NS.nif}beginIndex`);
      if (begins.length === 0) return undefined;
      const begin = pick(rng, begins);
      const end = quads.find((q) => q.subject.equals(begin.subject) && q.predicate.value === `${NS.nif}endIndex`);
      if (!end) return undefined;
      return quads.map((q) => (q === begin ? withObject(q, end.object) : q === end && rng() < 0.5 ? withObject(q, begin.object) : q));
    },
  },
  {
    name: 'numbers out of range',
    apply: (quads, rng) => {
      const node = pick(rng, quads).subject as NamedNode;
      const scored = (score: string) => {
        const candidate = namedNode(`${node.value}/wikidata-candidate/Q${Math.floor(rng() * 1e6)}`);
        return [
          quad(node, wkg.candidate, candidate),
          quad(candidate, wkg.candidateItem, namedNode(`${NS.wd}Q1`)),
          quad(candidate, wkg.matchScore, literal(score, xsd.decimal)),
        ];
      };
      const population = (value: string) => quad(node, namedNode(`${NS.wkg}population`), literal(value, xsd.integer));
      return [
        ...quads,
        ...scored(pick(rng, ['120.0', '100.01'])),
        ...scored(pick(rng, ['-0.5', '100', '0', 'abc', '1e2'])),
        population(pick(rng, ['-3', '-1'])),
        population(pick(rng, ['0', '12', '-0', 'x'])),
      ];
    },
  },
  {
    name: 'a value its pattern refuses',
    apply: (quads, rng) => {
      const targets = quads.filter((q) => q.predicate.equals(wkg.extractionRule) || q.predicate.value === `${NS.schema}inLanguage`);
      if (targets.length === 0) return undefined;
      return replaceOne(quads, pick(rng, targets), literal(pick(rng, ['Not A Rule', 'EN', 'zh_Hant', 'rule', 'a/b c'])));
    },
  },
];

/** A graph with `count` mutations applied at random (those that do not apply are skipped). */
export function mutate(quads: readonly Quad[], rng: Rng, facts: ShapeFacts, count: number, first?: Mutation): { quads: Quad[]; names: string[] } {
  let current = [...quads];
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    const mutation = i === 0 && first ? first : pick(rng, MUTATIONS);
    const next = current.length ? mutation.apply(current, rng, facts) : undefined;
    if (next) (current = next), names.push(mutation.name);
  }
  return { quads: current, names };
}
