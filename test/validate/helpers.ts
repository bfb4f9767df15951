/** Breaking a good graph one way at a time, and reading a report as (focus node, path) pairs. */
import { DataFactory } from 'n3';
import type { NamedNode, Quad, Quad_Object, Term } from '@rdfjs/types';
import type { Report } from '../../src/validate';

/** The first subject (in code point order) that has `rdf:type` `type`. */
export function firstOfType(quads: Quad[], type: Term): NamedNode {
  const subjects = quads.filter((q) => q.predicate.value.endsWith('#type') && q.object.equals(type)).map((q) => q.subject.value);
  if (subjects.length === 0) throw new Error(`no ${type.value} in the graph`);
  const first = [...subjects].sort()[0];
  return DataFactory.namedNode(first);
}

/** The first quad of `subject predicate ?o`. */
export function tripleOf(quads: Quad[], subject: Term, predicate: Term): Quad {
  const found = quads.find((q) => q.subject.equals(subject) && q.predicate.equals(predicate));
  if (!found) throw new Error(`no ${predicate.value} on ${subject.value}`);
  return found;
}

/** The graph without the quads `drop` picks. */
export function without(quads: Quad[], drop: (q: Quad) => boolean): Quad[] {
  return quads.filter((q) => !drop(q));
}

/** The graph with `quad`'s object replaced by `object`. */
export function replacing(quads: Quad[], quad: Quad, object: Quad_Object): Quad[] {
  return quads.map((q) => (q.equals(quad) ? DataFactory.quad(q.subject, q.predicate, object, q.graph) : q));
}

/** Each result of severity Violation as `[focus node, path, shape]` IRIs. */
export function violationsOf(report: Report): string[][] {
  return report.violations.filter((v) => v.severity === 'Violation').map((v) => [v.focusNode.value, v.path?.value ?? '', v.shape.value]);
}
