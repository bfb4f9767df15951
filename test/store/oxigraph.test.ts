import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { GraphStore, QuerySyntaxError, type QueryResult } from '../../src/store/oxigraph';
import { factsToQuads } from '../../src/graph/toQuads';
import { serialize } from '../../src/export/serialize';
import { DataFactory } from 'n3';
import type { Quad } from '@rdfjs/types';
import { NS } from '../../src/graph/vocab';
import { liaisonOffice } from '../graph/fixtures';
import { expectSameGraph, turtle } from '../graph/helpers';

const R = 'https://w3id.org/wikikg/resource/zh/';

/**
 * Oxigraph normalises literals on load, storing derived integer types as xsd:integer
 * (oxigraph/oxigraph#526), so NIF offsets come back as xsd:integer.
 */
function asOxigraphStoresIt(q: Quad): Quad {
  if (q.object.termType !== 'Literal' || q.object.datatype.value !== `${NS.xsd}nonNegativeInteger`) return q;
  return DataFactory.quad(q.subject, q.predicate, DataFactory.literal(q.object.value, DataFactory.namedNode(`${NS.xsd}integer`)));
}

function loaded(): GraphStore {
  const { article, facts } = liaisonOffice();
  const store = new GraphStore();
  store.addQuads(factsToQuads(article, facts));
  return store;
}

function values(result: QueryResult, variable: string): string[] {
  if (result.kind !== 'bindings') throw new Error(`expected bindings, got ${result.kind}`);
  return result.rows.map((r) => r[variable]?.value ?? '');
}

describe('GraphStore', () => {
  test('SELECT answers with the variables in query order and RDF/JS terms', () => {
    const result = loaded().query(`SELECT ?founder ?office WHERE { ?office wkg:foundedBy ?founder }`);
    expect(result).toMatchObject({ kind: 'bindings', variables: ['founder', 'office'] });
    // A page no build has is named by its canonical (Simplified) form.
    expect(values(result, 'founder')).toEqual([`${R}大韩民国`]);
    expect(values(result, 'office')).toEqual([`${R}南北共同聯絡辦公室`]);
  });

  test('unbound variables are undefined in the row', () => {
    const result = loaded().query(`SELECT ?s ?missing WHERE { ?s wkg:foundedBy ?o OPTIONAL { ?s wkg:nothing ?missing } }`);
    expect(result.kind === 'bindings' && result.rows[0]).toEqual({ s: expect.anything(), missing: undefined });
  });

  test('the evidence of a fact can be queried back to its sentence and citation', () => {
    const result = loaded().query(`
      SELECT ?text ?source WHERE {
        ?st rdf:predicate wkg:foundedBy; wkg:evidence/nif:sentence ?sentence; prov:wasDerivedFrom ?source .
        ?source a wkg:Citation . ?sentence wkg:plainText ?text }`);
    expect(values(result, 'text')).toEqual(['南北共同聯絡辦公室是大韓民國與朝鮮民主主義人民共和國設立的機構。']);
    expect(values(result, 'source')).toEqual(['https://w3id.org/wikikg/source/zh/南北共同聯絡辦公室/bbc']);
  });

  test('ASK answers a boolean', () => {
    expect(loaded().query('ASK { ?s wkg:foundedBy ?o }')).toEqual({ kind: 'boolean', value: true });
    expect(loaded().query('ASK { ?s wkg:director ?o }')).toEqual({ kind: 'boolean', value: false });
  });

  test('CONSTRUCT answers quads', () => {
    const result = loaded().query('CONSTRUCT { ?o wkg:founded ?s } WHERE { ?s wkg:foundedBy ?o }');
    expect(result.kind).toBe('quads');
    if (result.kind === 'quads') expectSameGraph(result.quads, turtle(`<${R}大韩民国> wkg:founded <${R}南北共同聯絡辦公室> .`));
  });

  test('malformed SPARQL throws a QuerySyntaxError with one line naming the place in the query', () => {
    const store = loaded();
    expect(() => store.query('SELEC ?x')).toThrow(QuerySyntaxError);
    expect(() => store.query('SELECT ?x WHERE {\n ?x ?y \n}')).toThrow(/^SPARQL syntax error at line 3, column 2: expected OPTIONAL$/);
    expect(() => store.query('SELECT ?x WHERE { ?x nope:p ?y }')).toThrow(/line 1, column \d+: undefined prefix$/);
  });

  test('loads every export format and reads files by extension', async () => {
    const { article, facts } = liaisonOffice();
    const quads = factsToQuads(article, facts);
    const dir = mkdtempSync(join(tmpdir(), 'wikikg-store-'));
    writeFileSync(join(dir, 'a.ttl'), await serialize(quads, 'ttl'));
    writeFileSync(join(dir, 'a.jsonld'), await serialize(quads, 'jsonld'));
    writeFileSync(join(dir, 'a.rdf'), await serialize(quads, 'rdfxml'));
    const store = await GraphStore.fromFiles([join(dir, 'a.ttl'), join(dir, 'a.jsonld'), join(dir, 'a.rdf')]);
    expect(store.size).toBe(quads.length);
    expectSameGraph(store.quads(), quads.map(asOxigraphStoresIt));
  });

  test('a file with an unknown extension is refused with its name', async () => {
    await expect(GraphStore.fromFiles(['/nowhere/x.txt'])).rejects.toThrow('/nowhere/x.txt: unknown RDF format');
  });
});
