/**
 * A shapes graph that uses every feature the compiled validator supports (ontology/shapes.ttl uses only
 * some), and small random data graphs over its vocabulary, for the differential test.
 */
import { DataFactory } from 'n3';
import type { Quad, Quad_Object, Quad_Subject } from '@rdfjs/types';
import { NS } from '../../src/graph/vocab';
import { pick, type Rng } from './differential';

const { blankNode, literal, namedNode, quad } = DataFactory;
const EX = 'urn:ex:';
const ex = (local: string) => namedNode(EX + local);
const xsd = (local: string) => namedNode(NS.xsd + local);

/** Every supported target, component and option, with and without sh:message. */
export const FEATURE_SHAPES = `
@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> . @prefix ex: <urn:ex:> .

ex:Thing a sh:NodeShape ; sh:targetClass ex:Thing ; sh:nodeKind sh:IRI ;
    sh:property ex:Thing-name, ex:Thing-size, ex:Thing-code, ex:Thing-kind, ex:Thing-part, ex:Thing-part2, ex:Thing-when .
ex:Thing-name sh:path ex:name ; sh:minCount 1 ; sh:maxCount 2 ; sh:minLength 2 ; sh:maxLength 6 ;
    sh:or ( [ sh:datatype xsd:string ] [ sh:datatype rdf:langString ] ) .
ex:Thing-size sh:path ex:size ; sh:datatype xsd:integer ; sh:minExclusive 0 ; sh:maxExclusive 100 ;
    sh:lessThan ex:limit ; sh:lessThanOrEquals ex:cap ;
    sh:message "size must lie in ({$minExclusive}, {$maxExclusive})"@en, "taille hors bornes"@fr .
ex:Thing-code sh:path ex:code ; sh:in ( "a" "b" "c" "d" ex:e ) ; sh:pattern "^[A-D]$" ; sh:flags "i" .
ex:Thing-kind sh:path ex:kind ; sh:hasValue ex:good ; sh:severity sh:Info .
ex:Thing-part sh:path ex:part ; sh:qualifiedValueShape [ sh:class ex:Part ] ; sh:qualifiedMinCount 1 ; sh:qualifiedMaxCount 2 ;
    sh:qualifiedValueShapesDisjoint true .
ex:Thing-part2 sh:path ex:part ; sh:qualifiedValueShape [ sh:nodeKind sh:BlankNode ] ; sh:qualifiedMaxCount 1 ;
    sh:qualifiedValueShapesDisjoint true ; sh:in ( ex:p1 ex:p2 ) .
ex:Thing-when sh:path ex:when ; sh:or ( [ sh:datatype xsd:date ] [ sh:datatype xsd:dateTime ] [ sh:datatype xsd:gYear ] ) ;
    sh:minInclusive "1900-01-01"^^xsd:date ; sh:maxInclusive "2100-01-01"^^xsd:date ; sh:severity sh:Warning .

ex:Asleep sh:targetClass ex:Thing ; sh:deactivated true ; sh:nodeKind sh:Literal .
ex:Fixed sh:targetNode ex:fixed, ex:n1, "lit" ; sh:hasValue ex:fixed ; sh:property [ sh:path ex:name ; sh:minCount 1 ] .
ex:Parts sh:targetObjectsOf ex:part ; sh:nodeKind sh:BlankNodeOrIRI ;
    sh:property [ sh:path ex:weight ; sh:datatype xsd:decimal ; sh:maxInclusive 10.5 ; sh:minInclusive -1 ; sh:message "weight {$datatype}" ] .
ex:Coded sh:targetSubjectsOf ex:code ; sh:class ex:Thing ; sh:severity sh:Warning .
ex:Anything sh:targetSubjectsOf ex:any ; sh:path ex:any ; sh:nodeKind sh:IRIOrLiteral ; sh:datatype xsd:boolean ;
    sh:message "any: {$nodeKind} / {$datatype}" .
ex:Deep sh:targetClass ex:Part ; sh:path ex:part ;
    sh:property [ sh:path ex:name ; sh:maxCount 1 ; sh:pattern "^n" ] ;
    sh:or ( [ sh:path ex:weight ; sh:minCount 1 ] [ sh:class ex:Thing ] ) .
ex:Dozing sh:targetSubjectsOf ex:kind ; sh:or ( [ sh:hasValue ex:never ] [ sh:deactivated true ; sh:hasValue ex:never ] ) .
ex:Never sh:targetSubjectsOf ex:kind ; sh:or ( [ sh:hasValue ex:never ] ) .
ex:Limits sh:targetSubjectsOf ex:limit ; sh:path ex:limit ; sh:in ( 1 2 3 "4" ) ; sh:maxLength 1 ; sh:minLength 1 .
`;

const NODES = ['n0', 'n1', 'n2', 'n3', 'n4', 'fixed', 'good', 'e', 'p1', 'p2'].map(ex);
const TYPES = ['Thing', 'Sub', 'SubSub', 'Part', 'SubPart', 'Other'].map(ex);

const OBJECTS: Record<string, () => Quad_Object[]> = {
  name: () => [literal('ab'), literal('abcdefg'), literal('x'), literal('nab', 'en'), literal('n'), literal('', 'zh'), literal('12', xsd('integer')), ex('iri'), blankNode('x1')],
  size: () => ['5', '0', '100', '50', '-3', 'x', '07', '99'].map((v) => literal(v, xsd('integer'))).concat([literal('5.5', xsd('decimal')), literal('5')]),
  limit: () => [literal('10', xsd('integer')), literal('3', xsd('integer')), literal('2', xsd('decimal')), literal('abc'), literal('4'), literal('1', xsd('integer')), literal('xx', xsd('integer'))],
  cap: () => [literal('50', xsd('integer')), literal('5', xsd('integer')), literal('5.0', xsd('double')), literal('true', xsd('boolean'))],
  code: () => [literal('a'), literal('A'), literal('e'), literal('b', 'en'), ex('e'), literal('D'), blankNode('x2')],
  kind: () => [ex('good'), ex('bad'), literal('good')],
  part: () => [ex('p1'), ex('p2'), ex('n3'), blankNode('x3'), blankNode('x4'), literal('p1')],
  when: () => [
    literal('2000-01-01', xsd('date')), literal('1800-05-05', xsd('date')), literal('2000-01-01T00:00:00Z', xsd('dateTime')),
    literal('2000-01-01T00:00:00', xsd('dateTime')), literal('1999', xsd('gYear')), literal('2200', xsd('gYear')),
    literal('2000-13-45', xsd('date')), literal('2000-1-1', xsd('date')), literal('1999-05', xsd('gYearMonth')), literal('2000'),
  ],
  weight: () => [literal('1.5', xsd('decimal')), literal('11', xsd('decimal')), literal('-1', xsd('decimal')), literal('-1.5', xsd('decimal')), literal('abc', xsd('decimal')), literal('3', xsd('integer'))],
  any: () => [literal('true', xsd('boolean')), literal('1', xsd('boolean')), literal('yes', xsd('boolean')), ex('t'), blankNode('x5')],
};

/** A small random graph over the vocabulary of `FEATURE_SHAPES`, sometimes with subclasses declared. */
export function randomGraph(rng: Rng): Quad[] {
  const quads: Quad[] = [];
  const subjects: Quad_Subject[] = [...NODES, blankNode('x3'), blankNode('x4')];
  if (rng() < 0.6) quads.push(quad(ex('Sub'), namedNode(`${NS.rdfs}subClassOf`), ex('Thing')), quad(ex('SubSub'), namedNode(`${NS.rdfs}subClassOf`), ex('Sub')));
  if (rng() < 0.6) quads.push(quad(ex('SubPart'), namedNode(`${NS.rdfs}subClassOf`), ex('Part')));
  const size = 5 + Math.floor(rng() * 50);
  for (let i = 0; i < size; i++) {
    // Most triples on a few nodes, so that counts (sh:maxCount, sh:qualifiedMaxCount) are exceeded now and then.
    const subject = rng() < 0.6 ? subjects[Math.floor(rng() * 3)] : pick(rng, subjects);
    if (rng() < 0.25) {
      quads.push(quad(subject, namedNode(`${NS.rdf}type`), pick(rng, TYPES)));
    } else {
      const predicate = pick(rng, Object.keys(OBJECTS));
      quads.push(quad(subject, ex(predicate), pick(rng, OBJECTS[predicate]())));
    }
  }
  return quads;
}
