import { readFileSync } from 'fs';
import { join } from 'path';
import type { Quad } from '@rdfjs/types';
import { parseN3 } from '../../src/export/n3';
import { allWkgTerms, ENTITY_CLASS, NS, PROPERTY, QUALIFIER, wkg } from '../../src/graph/vocab';

const ROOT = join(__dirname, '..', '..');
const ONTOLOGY = parseN3(readFileSync(join(ROOT, 'ontology', 'wikikg.ttl'), 'utf8'), 'ttl');
const SHAPES = parseN3(readFileSync(join(ROOT, 'ontology', 'shapes.ttl'), 'utf8'), 'ttl');
const SH = 'http://www.w3.org/ns/shacl#';

function objects(graph: Quad[], predicate: string, subject?: string): string[] {
  return graph.filter((q) => q.predicate.value === predicate && (subject === undefined || q.subject.value === subject)).map((q) => q.object.value);
}

function subjectsOfType(graph: Quad[], type: string): string[] {
  return graph.filter((q) => q.predicate.value === `${NS.rdf}type` && q.object.value === type).map((q) => q.subject.value);
}

/** Shapes whose path is `property` and that apply wherever it is used. */
function valueShapes(property: string): string[] {
  return objects(SHAPES, `${SH}targetSubjectsOf`).includes(property)
    ? SHAPES.filter((q) => q.predicate.value === `${SH}path` && q.object.value === property).map((q) => q.subject.value)
        .filter((shape) => objects(SHAPES, `${SH}targetSubjectsOf`, shape).includes(property))
    : [];
}

const targeted = new Set(objects(SHAPES, `${SH}targetClass`));
const entityClasses = [...Object.values(ENTITY_CLASS), wkg.Statement, wkg.Citation].map((t) => t.value);
const ontologyClasses = subjectsOfType(ONTOLOGY, `${NS.owl}Class`);
const objectProperties = subjectsOfType(ONTOLOGY, `${NS.owl}ObjectProperty`);
const typedProperties = subjectsOfType(ONTOLOGY, `${NS.owl}DatatypeProperty`)
  .map((p) => [p, objects(ONTOLOGY, `${NS.rdfs}range`, p)[0]] as const)
  .filter(([, range]) => range !== undefined && range !== `${NS.xsd}string`);
const propertyShapes = subjectsOfType(SHAPES, `${SH}PropertyShape`);

describe('ontology/shapes.ttl', () => {
  test.each(entityClasses)('has a shape for the class %s the code emits', (iri) => {
    expect(targeted.has(iri)).toBe(true);
  });

  test.each(ontologyClasses)('has a shape for the ontology class %s', (iri) => {
    expect(targeted.has(iri)).toBe(true);
  });

  test.each(objectProperties)('requires IRIs as values of the object property %s', (property) => {
    const kinds = valueShapes(property).flatMap((shape) => objects(SHAPES, `${SH}nodeKind`, shape));
    expect(kinds).toContain(`${SH}IRI`);
  });

  test.each(typedProperties)('checks the range of %s (%s) wherever it is used', (property, range) => {
    const datatypes = valueShapes(property).flatMap((shape) => objects(SHAPES, `${SH}datatype`, shape));
    expect(datatypes).toContain(range);
  });

  test.each(propertyShapes)('names %s and gives it a message', (shape) => {
    expect(shape.startsWith('https://w3id.org/wikikg/shapes#')).toBe(true);
    expect(objects(SHAPES, `${SH}message`, shape)).toHaveLength(1);
  });

  test('declares every property shape it uses, so no result names a blank node', () => {
    const used = objects(SHAPES, `${SH}property`);
    expect(used.filter((shape) => !propertyShapes.includes(shape))).toEqual([]);
    expect(SHAPES.filter((q) => q.predicate.value === `${SH}path` && q.subject.termType === 'BlankNode')).toEqual([]);
  });

  test('constrains only the properties the code declares (PROPERTY_NAMES, qualifiers, the wkg: terms)', () => {
    const known = new Set([...allWkgTerms(), ...Object.values(PROPERTY), ...Object.values(QUALIFIER)].map((t) => t.value));
    const paths = objects(SHAPES, `${SH}path`).filter((iri) => iri.startsWith(NS.wkg));
    expect(paths.length).toBeGreaterThan(10);
    expect(paths.filter((iri) => !known.has(iri))).toEqual([]);
  });
});
