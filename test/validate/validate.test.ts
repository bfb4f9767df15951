import * as fs from 'fs';
import * as path from 'path';
import { DataFactory } from 'n3';
import type { Quad } from '@rdfjs/types';
import { parseRdf } from '../../src/export/serialize';
import { ENTITY_CLASS, NS, PROPERTY, prov, rdf, rdfs, schema, wkg, xsd } from '../../src/graph/vocab';
import { formatViolation, parseShapes, validateQuads, violationJson } from '../../src/validate';
import { ROOT, seedBuild } from '../helpers/seedStore';
import { firstOfType, replacing, tripleOf, violationsOf, without } from './helpers';

const { literal, namedNode, quad } = DataFactory;
const SH = 'https://w3id.org/wikikg/shapes#';

const seed = (): Quad[] => [...seedBuild().quads];
const office = () => firstOfType(seed(), ENTITY_CLASS.LiaisonOffice);
const statement = () => firstOfType(seed(), wkg.Statement);
const citation = () => firstOfType(seed(), wkg.Citation);

describe('validateQuads on real graphs', () => {
  test('the seed graph as built conforms', async () => {
    expect(violationsOf(await validateQuads(seed()))).toEqual([]);
  });

  test('the committed output/ (built with --link) conforms', async () => {
    const text = fs.readFileSync(path.join(ROOT, 'output', 'zh', '南北共同聯絡辦公室.ttl'), 'utf8');
    const report = await validateQuads(parseRdf(text, 'ttl'));
    expect(report).toEqual({ conforms: true, violations: [] });
  });
});

describe('validateQuads reports each hand-broken graph at the right node and path', () => {
  test('a date as a plain string', async () => {
    const opening = tripleOf(seed(), office(), PROPERTY.openingDate);
    const report = await validateQuads(replacing(seed(), opening, literal(opening.object.value)));
    expect(report.conforms).toBe(false);
    expect(violationsOf(report)).toEqual([[office().value, PROPERTY.openingDate.value, `${SH}wkg-openingDate-date`]]);
    expect(report.violations[0].value).toEqual(literal(opening.object.value));
  });

  test('a date typed xsd:date whose form is not one (the library checks the lexical form, not the calendar)', async () => {
    const opening = tripleOf(seed(), office(), PROPERTY.openingDate);
    const report = await validateQuads(replacing(seed(), opening, literal('2018-9-14', xsd.date)));
    expect(violationsOf(report)).toEqual([[office().value, PROPERTY.openingDate.value, `${SH}wkg-openingDate-date`]]);
  });

  test('a statement without a source', async () => {
    const broken = without(seed(), (q) => q.subject.equals(statement()) && q.predicate.equals(prov.wasDerivedFrom));
    expect(violationsOf(await validateQuads(broken))).toEqual([[statement().value, prov.wasDerivedFrom.value, `${SH}Statement-source`]]);
  });

  test('a person without a name', async () => {
    const person = firstOfType(seed(), ENTITY_CLASS.Person);
    const broken = without(seed(), (q) => q.subject.equals(person) && q.predicate.equals(rdfs.label));
    expect(violationsOf(await validateQuads(broken))).toEqual([[person.value, rdfs.label.value, `${SH}named`]]);
  });

  test('a label without a language tag', async () => {
    const person = firstOfType(seed(), ENTITY_CLASS.Person);
    const label = tripleOf(seed(), person, rdfs.label);
    const report = await validateQuads(replacing(seed(), label, literal(label.object.value)));
    expect(violationsOf(report)).toEqual([[person.value, rdfs.label.value, `${SH}rdfs-label-text`]]);
  });

  test('a citation whose url is a plain string', async () => {
    const url = tripleOf(seed(), citation(), schema.url);
    const report = await validateQuads(replacing(seed(), url, literal(url.object.value)));
    expect(violationsOf(report)).toEqual([[citation().value, schema.url.value, `${SH}Citation-url`]]);
  });

  test('a citation cited in no article', async () => {
    const broken = without(seed(), (q) => q.subject.equals(citation()) && q.predicate.equals(wkg.citedIn));
    expect(violationsOf(await validateQuads(broken))).toEqual([[citation().value, wkg.citedIn.value, `${SH}Citation-citedIn`]]);
  });

  test('a statement with two rdf:object', async () => {
    const broken = [...seed(), quad(statement(), rdf.object, literal('a second object'))];
    expect(violationsOf(await validateQuads(broken))).toEqual([[statement().value, rdf.object.value, `${SH}Statement-object`]]);
  });

  test('a statement without an extraction rule', async () => {
    const broken = without(seed(), (q) => q.subject.equals(statement()) && q.predicate.equals(wkg.extractionRule));
    expect(violationsOf(await validateQuads(broken))).toEqual([[statement().value, wkg.extractionRule.value, `${SH}Statement-extractionRule`]]);
  });

  test('evidence whose span has lost its words', async () => {
    const phrase = tripleOf(seed(), statement(), wkg.evidence).object;
    const broken = without(seed(), (q) => q.subject.equals(phrase) && q.predicate.value === `${NS.nif}anchorOf`);
    expect(violationsOf(await validateQuads(broken))).toEqual([[phrase.value, `${NS.nif}anchorOf`, `${SH}Span-anchorOf`]]);
  });

  test('a stated amount that is not a number', async () => {
    const amount = seed().find((q) => q.predicate.equals(PROPERTY.quantityAmount))!;
    const report = await validateQuads(replacing(seed(), amount, literal(amount.object.value)));
    expect(violationsOf(report)).toEqual([[amount.subject.value, PROPERTY.quantityAmount.value, `${SH}Quantity-amount`]]);
  });

  test('a literal where an entity belongs', async () => {
    const located = tripleOf(seed(), office(), PROPERTY.headquartersLocation);
    const report = await validateQuads(replacing(seed(), located, literal('somewhere', 'zh')));
    expect(violationsOf(report)).toEqual([[office().value, PROPERTY.headquartersLocation.value, `${SH}wkg-headquartersLocation-iri`]]);
  });
});

describe('validateQuads on what linking adds', () => {
  const candidate = () => namedNode(`${office().value}/wikidata-candidate/Q1`);
  const scored = (score: string): Quad[] => [
    ...seed(),
    quad(office(), wkg.candidate, candidate()),
    quad(candidate(), wkg.candidateItem, namedNode(`${NS.wd}Q1`)),
    quad(candidate(), wkg.matchScore, literal(score, namedNode(`${NS.xsd}decimal`))),
  ];

  test('a scored candidate conforms', async () => {
    expect(violationsOf(await validateQuads(scored('87.5')))).toEqual([]);
  });

  test('a score above 100', async () => {
    expect(violationsOf(await validateQuads(scored('120.0')))).toEqual([[candidate().value, wkg.matchScore.value, `${SH}wkg-matchScore-decimal`]]);
  });

  test('a candidate without a score', async () => {
    const broken = without(scored('50.0'), (q) => q.predicate.equals(wkg.matchScore));
    expect(violationsOf(await validateQuads(broken))).toEqual([[candidate().value, wkg.matchScore.value, `${SH}Candidate-score`]]);
  });
});

describe('the report', () => {
  test('does not depend on the order of the quads', async () => {
    const broken = [...seed(), quad(statement(), rdf.object, literal('x')), quad(office(), rdfs.label, literal('y'))];
    const forwards = await validateQuads(broken);
    const backwards = await validateQuads([...broken].reverse());
    expect(forwards.violations.map(violationJson)).toEqual(backwards.violations.map(violationJson));
    expect(forwards.violations).toHaveLength(2);
  });

  test('counts warnings, which do not break conformance', async () => {
    const date = tripleOf(seed(), citation(), schema.datePublished);
    const report = await validateQuads(replacing(seed(), date, literal('n.d.')));
    expect(report.conforms).toBe(true);
    expect(report.violations.map((v) => [v.severity, v.focusNode.value, v.path?.value])).toEqual([
      ['Warning', citation().value, schema.datePublished.value],
    ]);
  });

  test('reads as one line per result with prefixes', async () => {
    const broken = [...seed(), quad(office(), rdfs.label, literal('plain'))];
    const [violation] = (await validateQuads(broken)).violations;
    expect(formatViolation(violation)).toBe(
      `violation: <${office().value}> rdfs:label: rdfs:label must be a non-empty string with a language tag (value "plain")`,
    );
    expect(violationJson(violation)).toEqual({
      focusNode: office().value,
      path: rdfs.label.value,
      message: 'rdfs:label must be a non-empty string with a language tag',
      severity: 'Violation',
      shape: `${SH}rdfs-label-text`,
      value: '"plain"',
    });
  });

  test('takes other shapes, with SHACL defaults for messages and severity', async () => {
    const shapes = parseShapes(
      `@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <urn:ex:> .
       ex:Tiny a sh:NodeShape ; sh:targetNode <urn:a> ; sh:property [ sh:path <urn:p> ; sh:minCount 1 ] .`,
      'tiny.ttl',
    );
    const report = await validateQuads([quad(namedNode('urn:a'), namedNode('urn:q'), literal('1'))], shapes);
    expect(report.conforms).toBe(false);
    expect(report.violations.map((v) => [v.focusNode.value, v.path?.value, v.severity])).toEqual([['urn:a', 'urn:p', 'Violation']]);
    expect(report.violations[0].message).not.toBe('');
  });

  test('names the file of a shapes graph that does not parse', () => {
    expect(() => parseShapes('@prefix sh: <http://www.w3.org/ns/shacl#> .\nex:x a sh:NodeShape .', 'broken.ttl')).toThrow(/^broken\.ttl: /);
  });
});
