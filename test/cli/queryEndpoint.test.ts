import { closedPort, selectJson, startSparqlServer, type FakeSparqlServer, type Reply, type SeenRequest } from '../helpers/sparqlServer';
import { runCli, tempDir, writeTree } from './helpers';

/** `wikikg query --endpoint` asks a SPARQL server and prints its answers through the same formatter. */
let server: FakeSparqlServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function serve(handler: (request: SeenRequest) => Reply): Promise<FakeSparqlServer> {
  server = await startSparqlServer(handler);
  return server;
}

async function query(endpoint: string, ...argv: string[]) {
  const packageRoot = writeTree(tempDir(), { 'queries/01-names.rq': '# Which names?\nSELECT ?name WHERE { ?s <http://example.org/name> ?name }\n', 'ontology/wikikg.ttl': '' });
  return runCli(['query', '--endpoint', endpoint, ...argv], { packageRoot });
}

const NAMES = selectJson(['name', 'n'], [
  { name: { type: 'literal', value: 'Seoul', 'xml:lang': 'en' }, n: { type: 'typed-literal', datatype: 'http://www.w3.org/2001/XMLSchema#integer', value: '2' } },
  { name: { type: 'literal', value: 'Busan' } },
]);

describe('wikikg query --endpoint', () => {
  it('prints SELECT results as a table', async () => {
    const fake = await serve(() => NAMES);
    const run = await query(fake.url('/sparql'), '01-names');
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout.split('\n')).toEqual(['?name      | ?n', '-----------+-----------------', '"Seoul"@en | "2"^^xsd:integer', '"Busan"    |', '(2 rows)', '']);
    expect(new URLSearchParams(fake.requests[0].body).get('query')).toMatch(/ # Which names\?\nSELECT \?name/);
  });

  it('prints SELECT results in the W3C JSON format', async () => {
    const fake = await serve(() => NAMES);
    const run = await query(fake.url('/sparql'), '--sparql', 'SELECT * {}', '--format', 'json');
    expect(JSON.parse(run.stdout)).toEqual({
      head: { vars: ['name', 'n'] },
      results: { bindings: [
        { name: { type: 'literal', value: 'Seoul', 'xml:lang': 'en' }, n: { type: 'literal', value: '2', datatype: 'http://www.w3.org/2001/XMLSchema#integer' } },
        { name: { type: 'literal', value: 'Busan' } },
      ] },
    });
  });

  it('prints an ASK answer', async () => {
    const fake = await serve(() => ({ status: 200, headers: { 'Content-Type': 'application/sparql-results+json' }, body: '{"head":{},"boolean":false}' }));
    const run = await query(fake.url('/sparql'), '--sparql', 'ASK { ?s ?p ?o }');
    expect(run).toMatchObject({ code: 0, stdout: 'false\n' });
  });

  it('prints a CONSTRUCT answer as subject, predicate, object rows', async () => {
    const fake = await serve(() => ({ status: 200, headers: { 'Content-Type': 'application/n-triples' }, body: '<http://example.org/s> <http://example.org/p> "o" .\n' }));
    const run = await query(fake.url('/sparql'), '--sparql', 'CONSTRUCT WHERE { ?s ?p ?o }', '--format', 'tsv');
    expect(run.stdout).toBe('?subject\t?predicate\t?object\n<http://example.org/s>\t<http://example.org/p>\t"o"\n');
    expect(fake.requests[0].headers.accept).toMatch(/^application\/n-triples/);
  });

  it('names the query when the server refuses it (exit 1)', async () => {
    const fake = await serve(() => ({ status: 400, headers: { 'Content-Type': 'text/plain' }, body: 'Virtuoso 37000 Error SP030: syntax error' }));
    const run = await query(fake.url('/sparql'), '01-names');
    expect(run.code).toBe(1);
    expect(run.errorLines).toEqual([`wikikg: queries/01-names.rq: ${fake.url('/sparql')} refused the query: 400 Bad Request: Virtuoso 37000 Error SP030: syntax error`]);
  });

  it('says when nothing listens', async () => {
    const endpoint = `http://127.0.0.1:${await closedPort()}/sparql`;
    const run = await query(endpoint, '01-names', '--retries', '0');
    expect(run.code).toBe(1);
    expect(run.errorLines).toEqual([`wikikg: queries/01-names.rq: ${endpoint}: cannot connect (ECONNREFUSED)`]);
  });

  it('refuses --data with --endpoint (usage, exit 2)', async () => {
    const run = await runCli(['query', '--all', '--data', 'output/', '--endpoint', 'http://127.0.0.1:1/sparql']);
    expect(run.code).toBe(2);
    expect(run.errorLines).toEqual(["wikikg: give --data DIR or --endpoint URL, not both (see 'wikikg query --help')"]);
  });
});
