/**
 * A compiled validator for the part of SHACL Core that ontology/shapes.ttl uses: the shapes graph is read
 * once into plain checks, and each data graph is validated over one light index of its quads
 * (`DataIndex`), with no copy into a store. It gives the results rdf-validate-shacl gives (test/validate
 * compares them on real and broken graphs), several times faster.
 *
 * Compiled: targets sh:targetClass (with rdfs:subClassOf* in the data), sh:targetNode,
 * sh:targetSubjectsOf, sh:targetObjectsOf; node and property shapes with an IRI as sh:path; the
 * components in `constraints.ts`; sh:severity, sh:message, sh:deactivated. A shapes graph with anything
 * else (other paths, sh:node, sh:and, sh:not, sh:xone, sh:closed, SPARQL, implicit class targets,
 * owl:imports, ...) does not compile, and `Shapes.engine()` uses the library for it.
 */
import { DataFactory } from 'n3';
import type { Quad, Term } from '@rdfjs/types';
import { COMPONENTS, COMPONENT_PARAMS, compileConstraint, parameterSets, REQUIRED_PARAMS, violates, type CompiledShape } from './constraints';
import { DataIndex, distinct, keyOf, type IndexNeeds } from './dataIndex';
import type { ShaclResult, ShapesEngine } from './shacl';
import { ShapesGraph, Uncompilable } from './shapesGraph';
import { SH, sh, structure } from './shaclVocab';

const TARGETS = [sh.targetClass, sh.targetNode, sh.targetSubjectsOf, sh.targetObjectsOf];

/** The sh: predicates a compiled shapes graph may use; any other sh: predicate sends it to the library. */
const COMPILED_PREDICATES: ReadonlySet<string> = new Set([
  ...COMPONENT_PARAMS,
  ...TARGETS,
  sh.path, sh.severity, sh.message, sh.deactivated,
  // Non-validating: they say nothing about conformance.
  sh.name, sh.description, sh.order, sh.group, sh.defaultValue,
]);

const VIOLATION = DataFactory.namedNode(sh.Violation);

/** A shape with targets, and its targets. */
interface TargetedShape {
  shape: CompiledShape;
  classes: string[];
  nodes: Term[];
  subjectsOf: string[];
  objectsOf: string[];
}

/** Shapes compiled once and applied to any number of data graphs; the same interface as `ShaclEngine`. */
export class CompiledShapes implements ShapesEngine {
  constructor(
    private readonly targeted: readonly TargetedShape[],
    private readonly needs: IndexNeeds,
  ) {}

  /** Validates one data graph; every result, as the library gives them (its order aside). */
  async validate(data: Iterable<Quad>): Promise<ShaclResult[]> {
    return this.validateNow(data);
  }

  /** `validate` without the promise. */
  validateNow(data: Iterable<Quad>): ShaclResult[] {
    const index = new DataIndex(data, this.needs);
    const results: ShaclResult[] = [];
    for (const target of this.targeted) {
      for (const focus of focusNodes(target, index)) violates(target.shape, focus, index, results);
    }
    return results;
  }
}

function focusNodes(target: TargetedShape, index: DataIndex): readonly Term[] {
  const sources = [
    ...target.classes.map((cls) => index.instancesOf(cls)),
    target.nodes,
    ...target.subjectsOf.map((predicate) => index.subjectsOf(predicate)),
    ...target.objectsOf.map((predicate) => index.objectsOf(predicate)),
  ].filter((nodes) => nodes.length > 0);
  return sources.length === 1 ? sources[0] : distinct(sources);
}

/** Compiles a shapes graph, or returns undefined when it uses SHACL this compiler does not reproduce. */
export function compileShapes(quads: Iterable<Quad>): CompiledShapes | undefined {
  try {
    return compile(new ShapesGraph(quads));
  } catch (error) {
    if (error instanceof Uncompilable) return undefined;
    throw error;
  }
}

const iris = (terms: readonly Term[]) => terms.filter((t) => t.termType === 'NamedNode').map((t) => t.value);

function compile(graph: ShapesGraph): CompiledShapes {
  for (const predicate of graph.predicates) {
    if ((predicate.startsWith(SH) && !COMPILED_PREDICATES.has(predicate)) || predicate === structure.imports) {
      throw new Uncompilable(`${predicate} is not compiled`);
    }
  }
  const compiler = new ShapeCompiler(graph);
  const candidates = new Map<string, Term>();
  for (const param of REQUIRED_PARAMS) for (const node of graph.subjectsWith(param)) candidates.set(keyOf(node), node);
  const targeted: TargetedShape[] = [];
  for (const node of candidates.values()) {
    if (graph.isInstanceOf(node, structure.Class)) throw new Uncompilable('a shape that is a class (implicit class target)');
    const target = {
      classes: graph.objects(node, sh.targetClass).map(keyOf),
      nodes: [...graph.objects(node, sh.targetNode)],
      subjectsOf: iris(graph.objects(node, sh.targetSubjectsOf)),
      objectsOf: iris(graph.objects(node, sh.targetObjectsOf)),
    };
    if (TARGETS.every((predicate) => graph.objects(node, predicate).length === 0)) continue;
    targeted.push({ shape: compiler.compile(node), ...target });
  }
  const needs: IndexNeeds = {
    paths: compiler.paths,
    subjectsOf: new Set(targeted.flatMap((t) => t.subjectsOf)),
    objectsOf: new Set(targeted.flatMap((t) => t.objectsOf)),
  };
  return new CompiledShapes(targeted, needs);
}

/** Compiles shape nodes once each (shapes refer to each other through sh:property, sh:or, ...). */
class ShapeCompiler {
  private readonly shapes = new Map<string, CompiledShape>();
  /** Every predicate a compiled check reads. */
  readonly paths = new Set<string>();

  constructor(private readonly graph: ShapesGraph) {}

  compile(node: Term): CompiledShape {
    const known = this.shapes.get(keyOf(node));
    if (known) return known;
    const graph = this.graph;
    const paths = graph.objects(node, sh.path);
    if (paths.length > 1) throw new Uncompilable('a shape with several sh:path');
    if (paths.length === 1 && paths[0].termType !== 'NamedNode') throw new Uncompilable('a property path other than one IRI');
    if (paths.length === 1) this.paths.add(paths[0].value);
    const shape: CompiledShape = {
      node,
      path: paths[0],
      severity: graph.one(node, sh.severity) ?? VIOLATION,
      deactivated: graph.one(node, sh.deactivated)?.value === 'true',
      checks: [],
    };
    this.shapes.set(keyOf(node), shape);
    const site = { shape, graph, compile: (n: Term) => this.compile(n), reads: (p: string) => this.paths.add(p) };
    for (const component of COMPONENTS) {
      for (const params of parameterSets(component, graph, node)) shape.checks.push(compileConstraint(component, { ...site, params }));
    }
    return shape;
  }
}
