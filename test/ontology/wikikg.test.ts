import { readFileSync } from 'fs';
import { join } from 'path';
import type { Quad } from '@rdfjs/types';
import { parseN3 } from '../../src/export/n3';
import { parseWithRdflib } from '../../src/export/rdflib';
import { parseWithOxigraph } from '../../src/store/oxigraph';
import { isomorphic } from '../../src/graph/isomorphism';
import { factsToQuads } from '../../src/graph/toQuads';
import { ENTITY_CLASS, NS, allWkgTerms, wkg } from '../../src/graph/vocab';
import { liaisonOffice } from '../graph/fixtures';

const ROOT = join(__dirname, '..', '..');
const TEXT = readFileSync(join(ROOT, 'ontology', 'wikikg.ttl'), 'utf8');
const ONTOLOGY = parseN3(TEXT, 'ttl');
const VERIFIED = new Set(
  readFileSync(join(ROOT, 'src', 'link', 'verified-ids.tsv'), 'utf8').split('\n').slice(1).map((line) => line.split('\t')[0]).filter(Boolean),
);

const CLASS = `${NS.owl}Class`;
const PROPERTY_TYPES = [`${NS.owl}ObjectProperty`, `${NS.owl}DatatypeProperty`, `${NS.rdf}Property`];

function typesOf(iri: string): string[] {
  return ONTOLOGY.filter((q) => q.subject.value === iri && q.predicate.value === `${NS.rdf}type`).map((q) => q.object.value);
}

function languagesOf(iri: string, predicate: string): string[] {
  return ONTOLOGY.filter((q) => q.subject.value === iri && q.predicate.value === predicate && q.object.termType === 'Literal')
    .map((q) => (q.object as { language: string }).language)
    .sort();
}

const classes = [...Object.values(ENTITY_CLASS), wkg.Statement, wkg.Article, wkg.Citation].map((t) => t.value).filter((iri) => iri.startsWith(NS.wkg));
const properties = allWkgTerms().map((t) => t.value).filter((iri) => !classes.includes(iri));

describe('ontology/wikikg.ttl', () => {
  test('is an owl:Ontology with a version, title and licence', () => {
    const ontology = 'https://w3id.org/wikikg/ontology';
    expect(typesOf(ontology)).toEqual([`${NS.owl}Ontology`]);
    const predicates = ONTOLOGY.filter((q) => q.subject.value === ontology).map((q) => q.predicate.value);
    expect(predicates).toEqual(expect.arrayContaining([`${NS.owl}versionInfo`, `${NS.dcterms}title`, `${NS.dcterms}license`]));
  });

  test.each(classes)('declares the class %s', (iri) => {
    expect(typesOf(iri)).toEqual([CLASS]);
  });

  test.each(properties)('declares the property %s', (iri) => {
    expect(typesOf(iri)).toHaveLength(1);
    expect(PROPERTY_TYPES).toContain(typesOf(iri)[0]);
  });

  test.each(allWkgTerms().map((t) => t.value))('labels and explains %s in English, Traditional and Simplified Chinese', (iri) => {
    expect(languagesOf(iri, `${NS.rdfs}label`)).toEqual(['en', 'zh-hans', 'zh-hant']);
    expect(languagesOf(iri, `${NS.rdfs}comment`)).toEqual(['en', 'zh-hans', 'zh-hant']);
  });

  test('declares no wkg: term that the code does not know', () => {
    const known = new Set(allWkgTerms().map((t) => t.value));
    const declared = new Set(ONTOLOGY.map((q) => q.subject.value).filter((s) => s.startsWith(NS.wkg)));
    expect([...declared].filter((iri) => !known.has(iri))).toEqual([]);
  });

  test('object properties get entities and datatype properties literals in the graphs we emit', () => {
    const { article, facts } = liaisonOffice();
    const misuse = factsToQuads(article, facts)
      .filter((q) => q.predicate.value.startsWith(NS.wkg))
      .filter((q) => {
        const kind = typesOf(q.predicate.value)[0];
        if (kind === `${NS.owl}ObjectProperty`) return q.object.termType === 'Literal';
        return kind === `${NS.owl}DatatypeProperty` && q.object.termType !== 'Literal';
      });
    expect(misuse.map((q) => q.predicate.value)).toEqual([]);
  });

  test('uses only Wikidata identifiers from src/link/verified-ids.tsv', () => {
    const wikidata = new Set<string>();
    for (const q of ONTOLOGY) {
      for (const t of [q.subject, q.predicate, q.object]) {
        const m = /^http:\/\/www\.wikidata\.org\/(?:entity|prop\/direct)\/(.+)$/.exec(t.value);
        if (t.termType === 'NamedNode' && m) wikidata.add(m[1]);
      }
    }
    expect(wikidata.size).toBeGreaterThan(10);
    expect([...wikidata].filter((id) => !VERIFIED.has(id))).toEqual([]);
    expect(TEXT.match(/\b(?:wd|wdt):[A-Za-z0-9]+/g)!.map((c) => c.split(':')[1]).filter((id) => !VERIFIED.has(id))).toEqual([]);
  });

  test.each([
    ['rdflib', () => parseWithRdflib(TEXT, 'text/turtle', 'https://w3id.org/wikikg/ontology')],
    ['oxigraph', () => parseWithOxigraph(TEXT, 'text/turtle')],
  ])('parses with %s to the same graph as with n3', (_, parse: () => Quad[]) => {
    expect(isomorphic(parse(), ONTOLOGY)).toBe(true);
  });
});
