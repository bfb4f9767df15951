/**
 * SHACL Core constraint components compiled to plain checks, each giving the results rdf-validate-shacl
 * gives (its validators.js and validation-engine.js): for the same focus nodes, with the same value or
 * none, and the same messages (`messages.ts`).
 */
import { DataFactory } from 'n3';
import type { Term } from '@rdfjs/types';
import { NS } from '../graph/vocab';
import { keyOf, type DataIndex } from './dataIndex';
import { compareLiterals, lexicalCheck } from './literals';
import { messagesOf, type MessageSource } from './messages';
import type { ShaclResult } from './shacl';
import { Uncompilable, type ShapesGraph } from './shapesGraph';
import { sh } from './shaclVocab';

/** A shape compiled: its node, path (a property shape has one), severity, and one check per constraint. */
export interface CompiledShape {
  readonly node: Term;
  readonly path?: Term;
  readonly severity: Term;
  readonly deactivated: boolean;
  readonly checks: Check[];
}

/**
 * One constraint applied to a focus node and its value nodes; true when it fails. Results go to `sink`;
 * without one only conformance is asked, and a check may stop at the first failure.
 */
export type Check = (focus: Term, values: readonly Term[], data: DataIndex, sink: ShaclResult[] | undefined) => boolean;

/** Validates a focus node against a shape; true when any constraint fails (whatever its severity). */
export function violates(shape: CompiledShape, focus: Term, data: DataIndex, sink?: ShaclResult[]): boolean {
  if (shape.deactivated) return false;
  const values = shape.path ? data.objects(focus, shape.path.value) : [focus];
  let failed = false;
  for (const check of shape.checks) {
    if (check(focus, values, data, sink)) {
      if (!sink) return true;
      failed = true;
    }
  }
  return failed;
}

/** What compiling one constraint may use: its shape, its parameters, the graph, and the compiler for nested shapes. */
export interface Site {
  readonly shape: CompiledShape;
  readonly params: ReadonlyMap<string, Term>;
  readonly graph: ShapesGraph;
  compile(node: Term): CompiledShape;
  /** Records a predicate whose values a check reads, so that the data index keeps it. */
  reads(predicate: string): void;
}

type ValueTest = (value: Term, data: DataIndex) => boolean;

/** A constraint component: its parameters (in the library's order), templates, and how it compiles. */
interface Component extends MessageSource {
  readonly required: readonly string[];
  /** Tested on each value node; a failure reports the value. */
  readonly eachValue?: (site: Site) => ValueTest;
  /** Applied once per focus node; `propertyOnly` ones exist only for property shapes. */
  readonly whole?: (site: Site, messages: readonly string[]) => Check;
  readonly propertyOnly?: boolean;
  /** Reports nothing of its own (sh:property: the property shape reports). */
  readonly silent?: boolean;
}

const { literal, namedNode } = DataFactory;
const number = (site: Site, param: string) => Number(param1(site, param).value);
const param1 = (site: Site, param: string) => site.params.get(param) as Term;

function report(sink: ShaclResult[] | undefined, shape: CompiledShape, focus: Term, value: Term | undefined, messages: readonly string[]): true {
  sink?.push({ focusNode: focus, path: shape.path, value, shape: shape.node, severity: shape.severity, messages: [...messages] });
  return true;
}

function valueTest(name: string, message: string | undefined, params: readonly string[], eachValue: (site: Site) => ValueTest): Component {
  return { name, params, required: params, nodeMessage: message, propertyMessage: message, eachValue };
}

function compared(param: string, holds: (comparison: number) => boolean): (site: Site) => ValueTest {
  return (site) => {
    const bound = param1(site, param);
    return (value) => {
      const comparison = compareLiterals(value, bound);
      return comparison !== null && holds(comparison);
    };
  };
}

const NODE_KINDS: Record<string, readonly string[]> = {
  BlankNode: [sh.BlankNode, sh.BlankNodeOrIRI, sh.BlankNodeOrLiteral],
  NamedNode: [sh.IRI, sh.BlankNodeOrIRI, sh.IRIOrLiteral],
  Literal: [sh.Literal, sh.BlankNodeOrLiteral, sh.IRIOrLiteral],
};

function lessThan(param: string, fails: (comparison: number) => boolean): Component['whole'] {
  return (site, messages) => {
    const other = param1(site, param);
    const predicate = other.termType === 'NamedNode' ? other.value : undefined;
    if (predicate) site.reads(predicate);
    return (focus, values, data, sink) => {
      const references = predicate ? data.objects(focus, predicate) : [];
      let failed = false;
      for (const value of values) {
        for (const reference of references) {
          const comparison = compareLiterals(value, reference);
          if (comparison === null || fails(comparison)) {
            if (!sink) return true;
            failed = report(sink, site.shape, focus, value, messages);
          }
        }
      }
      return failed;
    };
  };
}

const TRUE = literal('true', namedNode(`${NS.xsd}boolean`));

/** Counts the values conforming to sh:qualifiedValueShape and to none of its disjoint siblings. */
function qualified(countParam: string, holds: (count: number, bound: number) => boolean): Component['whole'] {
  return (site, messages) => {
    const shape = site.compile(param1(site, sh.qualifiedValueShape));
    const siblings = new Map<string, CompiledShape>();
    const disjoint = site.params.get(sh.qualifiedValueShapesDisjoint);
    if (disjoint && TRUE.equals(disjoint)) {
      for (const parent of site.graph.subjects(sh.property, site.shape.node)) {
        for (const property of site.graph.objects(parent, sh.property)) {
          for (const sibling of site.graph.objects(property, sh.qualifiedValueShape)) {
            if (!sibling.equals(shape.node)) siblings.set(keyOf(sibling), site.compile(sibling));
          }
        }
      }
    }
    const bound = param1(site, countParam);
    return (focus, values, data, sink) => {
      const count = values.filter(
        (value) => !violates(shape, value, data) && ![...siblings.values()].some((sibling) => !violates(sibling, value, data)),
      ).length;
      return bound.termType === 'Literal' && holds(count, Number(bound.value)) ? false : report(sink, site.shape, focus, undefined, messages);
    };
  };
}

const QUALIFIED = [sh.qualifiedValueShape, sh.qualifiedValueShapesDisjoint];

/** The components compiled, as rdf-validate-shacl's registry and the SHACL vocabulary define them. */
export const COMPONENTS: readonly Component[] = [
  valueTest('Class', undefined, [sh.class], (site) => {
    const cls = keyOf(param1(site, sh.class));
    return (value, data) => data.isInstanceOf(value, cls);
  }),
  valueTest('Datatype', 'Value does not have datatype {$datatype}', [sh.datatype], (site) => {
    const datatype = param1(site, sh.datatype);
    if (datatype.termType !== 'NamedNode') return () => false;
    const wellFormed = lexicalCheck(datatype.value);
    return (value) => value.termType === 'Literal' && value.datatype.value === datatype.value && wellFormed(value.value);
  }),
  valueTest('NodeKind', 'Value does not have node kind {$nodeKind}', [sh.nodeKind], (site) => {
    const kind = param1(site, sh.nodeKind);
    const allowed = new Set(Object.keys(NODE_KINDS).filter((type) => kind.termType === 'NamedNode' && NODE_KINDS[type].includes(kind.value)));
    return (value) => allowed.has(value.termType) || !(value.termType in NODE_KINDS);
  }),
  valueTest('MinLength', 'Value has less than {$minLength} characters', [sh.minLength], (site) => {
    const min = number(site, sh.minLength);
    return (value) => value.termType !== 'BlankNode' && value.value.length >= min;
  }),
  valueTest('MaxLength', 'Value has more than {$maxLength} characters', [sh.maxLength], (site) => {
    const max = number(site, sh.maxLength);
    return (value) => value.termType !== 'BlankNode' && value.value.length <= max;
  }),
  {
    ...valueTest('Pattern', 'Value does not match pattern "{$pattern}"', [sh.flags, sh.pattern], (site) => {
      const flags = site.params.get(sh.flags);
      let pattern: RegExp;
      try {
        pattern = flags ? new RegExp(param1(site, sh.pattern).value, flags.value) : new RegExp(param1(site, sh.pattern).value);
      } catch {
        throw new Uncompilable('a pattern JavaScript cannot compile');
      }
      // The library makes a new RegExp per value; resetting lastIndex does the same for /g and /y.
      return (value) => value.termType !== 'BlankNode' && ((pattern.lastIndex = 0), pattern.test(value.value));
    }),
    required: [sh.pattern],
  },
  valueTest('MinInclusive', 'Value is not greater than or equal to {$minInclusive}', [sh.minInclusive], compared(sh.minInclusive, (c) => c >= 0)),
  valueTest('MaxInclusive', 'Value is not less than or equal to {$maxInclusive}', [sh.maxInclusive], compared(sh.maxInclusive, (c) => c <= 0)),
  valueTest('MinExclusive', 'Value is not greater than {$minExclusive}', [sh.minExclusive], compared(sh.minExclusive, (c) => c > 0)),
  valueTest('MaxExclusive', 'Value is not less than {$maxExclusive}', [sh.maxExclusive], compared(sh.maxExclusive, (c) => c < 0)),
  valueTest('In', 'Value is not one of the allowed values: {$in}', [sh.in], (site) => {
    const allowed = new Set(site.graph.inList(site.shape.node).map(keyOf));
    return (value) => allowed.has(keyOf(value));
  }),
  valueTest('Or', undefined, [sh.or], (site) => {
    const members = site.graph.list(param1(site, sh.or)).map((member) => site.compile(member));
    return (value, data) => members.some((member) => !violates(member, value, data));
  }),
  {
    name: 'HasValue',
    params: [sh.hasValue],
    required: [sh.hasValue],
    nodeMessage: 'Value must be {$hasValue}',
    propertyMessage: 'Missing expected value {$hasValue}',
    whole: (site, messages) => {
      const wanted = keyOf(param1(site, sh.hasValue));
      const isProperty = site.shape.path !== undefined;
      return (focus, values, _data, sink) =>
        (isProperty ? values.some((value) => keyOf(value) === wanted) : keyOf(focus) === wanted) ? false : report(sink, site.shape, focus, undefined, messages);
    },
  },
  {
    name: 'MinCount',
    params: [sh.minCount],
    required: [sh.minCount],
    propertyMessage: 'Less than {$minCount} values',
    propertyOnly: true,
    whole: (site, messages) => {
      const min = number(site, sh.minCount);
      return (focus, values, _data, sink) => (values.length >= min ? false : report(sink, site.shape, focus, undefined, messages));
    },
  },
  {
    name: 'MaxCount',
    params: [sh.maxCount],
    required: [sh.maxCount],
    propertyMessage: 'More than {$maxCount} values',
    propertyOnly: true,
    whole: (site, messages) => {
      const max = number(site, sh.maxCount);
      return (focus, values, _data, sink) => (values.length <= max ? false : report(sink, site.shape, focus, undefined, messages));
    },
  },
  {
    name: 'LessThan',
    params: [sh.lessThan],
    required: [sh.lessThan],
    propertyMessage: 'Value is not less than value of {$lessThan}',
    propertyOnly: true,
    whole: lessThan(sh.lessThan, (c) => c >= 0),
  },
  {
    name: 'LessThanOrEquals',
    params: [sh.lessThanOrEquals],
    required: [sh.lessThanOrEquals],
    propertyMessage: 'Value is not less than or equal to value of {$lessThanOrEquals}',
    propertyOnly: true,
    whole: lessThan(sh.lessThanOrEquals, (c) => c > 0),
  },
  {
    name: 'QualifiedMaxCount',
    params: [sh.qualifiedMaxCount, ...QUALIFIED],
    required: [sh.qualifiedMaxCount, sh.qualifiedValueShape],
    propertyMessage: 'More than {$qualifiedMaxCount} values have shape {$qualifiedValueShape}',
    propertyOnly: true,
    whole: qualified(sh.qualifiedMaxCount, (count, max) => count <= max),
  },
  {
    name: 'QualifiedMinCount',
    params: [sh.qualifiedMinCount, ...QUALIFIED],
    required: [sh.qualifiedMinCount, sh.qualifiedValueShape],
    propertyMessage: 'Less than {$qualifiedMinCount} values have shape {$qualifiedValueShape}',
    propertyOnly: true,
    whole: qualified(sh.qualifiedMinCount, (count, min) => count >= min),
  },
  {
    name: 'Property',
    params: [sh.property],
    required: [sh.property],
    silent: true,
    whole: (site) => {
      const property = site.compile(param1(site, sh.property));
      return (_focus, values, data, sink) => {
        let failed = false;
        for (const value of values) {
          if (violates(property, value, data, sink)) {
            if (!sink) return true;
            failed = true;
          }
        }
        return failed;
      };
    },
  },
];

/** Every parameter a compiled component takes. */
export const COMPONENT_PARAMS: ReadonlySet<string> = new Set(COMPONENTS.flatMap((c) => c.params));

/** The parameters that make a node a shape with constraints (the library's `shapeNodesWithConstraints`). */
export const REQUIRED_PARAMS: ReadonlySet<string> = new Set(COMPONENTS.flatMap((c) => c.required));

/**
 * The parameter sets of a component on a shape: one per combination of the values of its parameters
 * (the library's `Constraint.fromShape`), complete ones only.
 */
export function parameterSets(component: Component, graph: ShapesGraph, node: Term): Map<string, Term>[] {
  let sets: [string, Term][][] = [];
  for (const param of component.params) {
    const values = graph.objects(node, param);
    if (values.length === 0) continue;
    sets = sets.length === 0 ? values.map((value) => [[param, value]]) : sets.flatMap((set) => values.map((value) => [...set, [param, value] as [string, Term]]));
  }
  return sets.map((set) => new Map(set)).filter((params) => component.required.every((param) => params.has(param)));
}

/** The check of one constraint: one component with one set of parameters on one shape. */
export function compileConstraint(component: Component, site: Site): Check {
  const isProperty = site.shape.path !== undefined;
  if (component.propertyOnly && !isProperty) throw new Uncompilable(`sh:${component.name}ConstraintComponent on a node shape`);
  const messages = component.silent ? [] : messagesOf(component, site);
  if (component.whole) return component.whole(site, messages);
  const test = (component.eachValue as (site: Site) => ValueTest)(site);
  const shape = site.shape;
  return (focus, values, data, sink) => {
    let failed = false;
    for (const value of values) {
      if (test(value, data)) continue;
      if (!sink) return true;
      failed = report(sink, shape, focus, value, messages);
    }
    return failed;
  };
}
