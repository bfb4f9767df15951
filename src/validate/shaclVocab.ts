/**
 * The SHACL terms the compiled validator reads, each IRI spelled once (src/graph/vocab.ts holds the
 * vocabularies of the graphs themselves; SHACL is only the validate stage's business).
 */
import { NS } from '../graph/vocab';

/** The SHACL namespace. */
export const SH = 'http://www.w3.org/ns/shacl#';

function iris<K extends string>(ns: string, locals: readonly K[]): Record<K, string> {
  const out = {} as Record<K, string>;
  for (const local of locals) out[local] = ns + local;
  return out;
}

/** SHACL IRIs as strings: the compiled validator compares IRIs, it does not build terms from them. */
export const sh = iris(SH, [
  'targetClass', 'targetNode', 'targetSubjectsOf', 'targetObjectsOf', 'target',
  'property', 'path', 'severity', 'message', 'deactivated', 'Violation',
  'class', 'datatype', 'nodeKind', 'minCount', 'maxCount', 'minLength', 'maxLength', 'pattern', 'flags',
  'minInclusive', 'maxInclusive', 'minExclusive', 'maxExclusive', 'in', 'hasValue', 'or', 'lessThan',
  'lessThanOrEquals', 'qualifiedValueShape', 'qualifiedMinCount', 'qualifiedMaxCount', 'qualifiedValueShapesDisjoint',
  'IRI', 'BlankNode', 'Literal', 'BlankNodeOrIRI', 'BlankNodeOrLiteral', 'IRIOrLiteral',
  'name', 'description', 'order', 'group', 'defaultValue',
] as const);

/** The RDF, RDFS and OWL IRIs a shapes graph's structure uses (lists, types, imports). */
export const structure = {
  type: `${NS.rdf}type`,
  first: `${NS.rdf}first`,
  rest: `${NS.rdf}rest`,
  nil: `${NS.rdf}nil`,
  subClassOf: `${NS.rdfs}subClassOf`,
  Class: `${NS.rdfs}Class`,
  imports: `${NS.owl}imports`,
} as const;
