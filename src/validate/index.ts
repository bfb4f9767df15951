/**
 * The validate stage: a graph against the SHACL shapes of `ontology/shapes.ttl` (or others), with a
 * report in a stable order.
 */
import type { Quad } from '@rdfjs/types';
import { toReport, type Report } from './report';
import { shippedShapes, type Shapes } from './shapes';

export { compactIri, formatViolation, showTerm, violationJson, type Report, type Severity, type Violation } from './report';
export { loadShapes, parseShapes, shippedShapes, Shapes } from './shapes';

/** Validates quads against shapes (the shipped ones by default); resolves to the report. */
export async function validateQuads(quads: Iterable<Quad>, shapes: Shapes = shippedShapes()): Promise<Report> {
  return toReport(await shapes.engine().validate(quads));
}
