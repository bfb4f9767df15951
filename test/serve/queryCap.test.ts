import { GraphStore } from '../../src/store/oxigraph';
import { capQuery } from '../../src/serve/queryCap';
import { queryShape } from '../../src/serve/queryShape';

/**
 * Bounding a query before it runs: the top-level LIMIT becomes the cap plus one (never a sub-query's,
 * never a word inside a string, IRI or comment), a CONSTRUCT gets a probe of its solutions, and a query
 * that names its own dataset is told apart. Each rewritten text is also run, so that it is SPARQL.
 */
const CAP = 10;
const store = new GraphStore();
store.load(Array.from({ length: 30 }, (_, i) => `<urn:s${i}> <urn:p> "${i}" <urn:g${i % 3}> .`).join('\n'), 'nq');

const capped = (sparql: string) => capQuery(sparql, CAP);
const rows = (sparql: string) => {
  const plan = capped(sparql);
  const result = store.query(plan.text, { unionDefaultGraph: plan.unionDefaultGraph });
  return result.kind === 'bindings' ? result.rows.length : result.kind === 'quads' ? result.quads.length : -1;
};
/** The `?n` of a counting query, run as the server runs it. */
const counted = (sparql: string) => {
  const plan = capped(sparql);
  const result = store.query(plan.text, { unionDefaultGraph: plan.unionDefaultGraph });
  return result.kind === 'bindings' ? Number(result.rows[0]?.n?.value) : -1;
};
const probeRows = (sparql: string) => {
  const probe = capped(sparql).probe;
  const result = probe === undefined ? undefined : store.query(probe, { unionDefaultGraph: true });
  return result?.kind === 'bindings' ? result.rows.length : undefined;
};

describe('the cap on a SELECT', () => {
  it('adds LIMIT cap+1, so the engine stops one row past the cap', () => expect(rows('SELECT * WHERE { ?s ?p ?o }')).toBe(CAP + 1));
  it('adds it on a line of its own after a trailing comment', () => expect(rows('SELECT * WHERE { ?s ?p ?o } # all of it')).toBe(CAP + 1));
  it('leaves a LIMIT within the cap alone', () => expect(capped('SELECT * WHERE { ?s ?p ?o } LIMIT 5')).toEqual({ text: 'SELECT * WHERE { ?s ?p ?o } LIMIT 5', cut: false, unionDefaultGraph: true }));
  it('lowers a LIMIT above the cap', () => expect(capped('SELECT * WHERE { ?s ?p ?o } LIMIT 500 OFFSET 2').text).toBe('SELECT * WHERE { ?s ?p ?o } LIMIT 11 OFFSET 2'));
  it('adds it after an OFFSET', () => expect(rows('SELECT * WHERE { ?s ?p ?o } OFFSET 25')).toBe(5));
  it('puts it before a trailing VALUES clause', () => expect(capped('SELECT * WHERE { ?s ?p ?o } VALUES ?o { "1" }').text).toBe('SELECT * WHERE { ?s ?p ?o } LIMIT 11 VALUES ?o { "1" }'));
  it("does not take a sub-query's LIMIT for the query's", () => expect(rows('SELECT * WHERE { { SELECT ?s WHERE { ?s ?p ?o } LIMIT 3 } ?s ?q ?v }')).toBe(3));
  it("caps a query whose sub-query's LIMIT is large", () => expect(rows('SELECT * WHERE { { SELECT * WHERE { ?s ?p ?o } LIMIT 500 } }')).toBe(CAP + 1));
  it('ignores LIMIT inside strings, IRIs and comments', () => expect(capped('SELECT * WHERE { ?s ?p "LIMIT 3" } # LIMIT 2\n').text).toMatch(/\nLIMIT 11\n$/));
  it('reads past a prologue, a projection with expressions and GROUP BY', () =>
    expect(rows('PREFIX ex: <urn:x#> BASE <urn:b/> SELECT ?s (COUNT(?o) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?s ORDER BY ?s')).toBe(CAP + 1));
  it('keeps a malformed query as it is, for the engine to say where it fails', () => expect(capped('SELECT * WHERE { ?s ?p ?o')).toEqual({ text: 'SELECT * WHERE { ?s ?p ?o', cut: false, unionDefaultGraph: true }));
  it('leaves ASK alone', () => expect(capped('ASK { ?s ?p ?o }').cut).toBe(false));
  it('leaves a DESCRIBE of IRIs alone', () => expect(capped('DESCRIBE <urn:s1>').cut).toBe(false));
  it('gives no cap past the engine\'s 32-bit LIMIT (the server\'s own counts)', () => expect(capQuery('SELECT * WHERE { ?s ?p ?o }', Number.MAX_SAFE_INTEGER).cut).toBe(false));
});

describe('the cap on a CONSTRUCT or DESCRIBE', () => {
  const ALL = 'CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }';
  const ONE_TRIPLE = 'CONSTRUCT { <urn:a> <urn:b> <urn:c> } WHERE { ?s ?p ?o }';
  it('cuts its solutions at cap+1', () => expect(rows(ALL)).toBe(CAP + 1));
  it('probes for a solution past the cap when few triples came of many solutions', () => expect([rows(ONE_TRIPLE), probeRows(ONE_TRIPLE)]).toEqual([1, 1]));
  it('finds no solution past the cap when there is none', () => expect(probeRows('CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } OFFSET 25')).toBe(0));
  it('reads the short form', () => expect(rows('CONSTRUCT WHERE { ?s ?p ?o }')).toBe(CAP + 1));
  it('probes a DESCRIBE with a WHERE', () => expect(probeRows('DESCRIBE ?s WHERE { ?s ?p ?o }')).toBe(1));
});

describe('the dataset a query names', () => {
  it('is the union of the graphs when it names none', () => expect(counted('SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }')).toBe(30));
  it.each([
    ['FROM <urn:g1>', 10],
    ['FROM <urn:g1> FROM <urn:g2>', 20],
  ])('is its own with %s', (from, count) => expect(counted(`SELECT (COUNT(*) AS ?n) ${from} WHERE { ?s ?p ?o }`)).toBe(count));
  it('reads FROM NAMED and a prefixed graph name', () => {
    expect(queryShape('PREFIX ex: <urn:> SELECT * FROM NAMED ex:g1 WHERE { GRAPH ?g { ?s ?p ?o } }')?.hasDataset).toBe(true);
    expect(rows('PREFIX ex: <urn:> SELECT * FROM NAMED ex:g1 WHERE { GRAPH ?g { ?s ?p ?o } }')).toBe(10);
  });
  it('is not named by a FROM inside a string', () => expect(queryShape('SELECT * WHERE { ?s ?p "FROM <urn:g1>" }')?.hasDataset).toBe(false));
});
