import { parseRdf } from '../../src/export/serialize';
import { closedPort, startSparqlServer, type FakeSparqlServer, type Reply, type SeenRequest } from '../helpers/sparqlServer';
import { runCli, tempDir, writeTree } from './helpers';

const ONTOLOGY_IRI = 'https://w3id.org/wikikg/ontology';
const ARTICLE = 'https://w3id.org/wikikg/article/en/';
const article = (title: string, facts: string) =>
  `@prefix wkg: <https://w3id.org/wikikg/ontology#> .\n@prefix ex: <http://example.org/> .\n<${ARTICLE}${title}> a wkg:Article .\n${facts}\n`;

/** A package root with a small ontology, and a working directory with built graphs under `out/{lang}/`. */
function setup(extra: Record<string, string> = {}): { cwd: string; packageRoot: string } {
  const packageRoot = writeTree(tempDir(), {
    'ontology/wikikg.ttl': '<https://w3id.org/wikikg/ontology> a <http://www.w3.org/2002/07/owl#Ontology> .\n<http://example.org/name> <http://www.w3.org/2000/01/rdf-schema#label> "name"@en .\n',
  });
  const cwd = writeTree(tempDir(), {
    'out/en/Seoul.ttl': article('Seoul', 'ex:seoul ex:name "Seoul" ; ex:population 9411000 .'),
    'out/en/Busan.ttl': article('Busan', 'ex:busan ex:name "Busan" .'),
    'out/ko/more.nq': `<urn:s> <urn:p> "1" <${ARTICLE}Incheon> .\n<urn:s> <urn:p> "2" <${ARTICLE}Daegu> .\n`,
    'out/manifest.tsv': 'not RDF\n',
    ...extra,
  });
  return { cwd, packageRoot };
}

let server: FakeSparqlServer | undefined;
const saved = { user: process.env.WIKIKG_ENDPOINT_USER, password: process.env.WIKIKG_ENDPOINT_PASSWORD };
afterEach(async () => {
  await server?.close();
  server = undefined;
  for (const [name, value] of [['WIKIKG_ENDPOINT_USER', saved.user], ['WIKIKG_ENDPOINT_PASSWORD', saved.password]] as const) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

async function serve(handler?: (request: SeenRequest) => Reply): Promise<FakeSparqlServer> {
  server = await startSparqlServer(handler);
  return server;
}

async function push(endpoint: string, ...argv: string[]) {
  return runCli(['push', '--endpoint', endpoint, '--data', 'out', ...argv], setup());
}

describe('wikikg push', () => {
  it('PUTs each article as its own named graph, and the ontology, in N-Triples', async () => {
    const fake = await serve();
    const run = await push(fake.url('/sparql'));
    expect(run).toMatchObject({ code: 0, stdout: '' });
    expect(run.errorLines).toHaveLength(1);
    expect(run.errorLines[0]).toMatch(new RegExp(`^pushed 5 graphs \\(4 articles and the ontology\\), 9 triples to ${fake.url('/sparql-graph-crud')} in \\d+\\.\\d s$`));
    const graphs = fake.requests.map((r) => r.url.searchParams.get('graph')).sort();
    expect(graphs).toEqual([ONTOLOGY_IRI, ...['Busan', 'Daegu', 'Incheon', 'Seoul'].map((t) => ARTICLE + t)].sort());
    for (const request of fake.requests) {
      expect(request.method).toBe('PUT');
      expect(request.url.pathname).toBe('/sparql-graph-crud');
      expect(request.headers['content-type']).toBe('application/n-triples; charset=utf-8');
    }
    const seoul = fake.requests.find((r) => r.url.searchParams.get('graph') === `${ARTICLE}Seoul`)!;
    expect(parseRdf(seoul.body, 'nt').map((q) => q.object.value).sort()).toEqual(['9411000', 'Seoul', 'https://w3id.org/wikikg/ontology#Article']);
  });

  it('sends the credentials of the environment when the server asks (Basic)', async () => {
    process.env.WIKIKG_ENDPOINT_USER = 'editor';
    process.env.WIKIKG_ENDPOINT_PASSWORD = 's3cret';
    const expected = `Basic ${Buffer.from('editor:s3cret').toString('base64')}`;
    const fake = await serve((r) => (r.headers.authorization === expected ? { status: 201 } : { status: 401, headers: { 'WWW-Authenticate': 'Basic realm="SPARQL"' } }));
    const run = await push(fake.url('/sparql'), '--batch', '1');
    expect(run.code).toBe(0);
    expect(fake.requests.map((r) => r.headers.authorization)).toEqual([undefined, ...Array(5).fill(expected)]);
  });

  it('tries again after a 503 and then succeeds', async () => {
    let first = true;
    const fake = await serve(() => (first ? ((first = false), { status: 503, body: 'busy' }) : { status: 201 }));
    const run = await push(fake.url('/sparql'), '--batch', '1');
    expect(run.code).toBe(0);
    expect(fake.requests).toHaveLength(6);
    expect(fake.requests[0].url.search).toBe(fake.requests[1].url.search);
  });

  it('uses --graph-store when given', async () => {
    const fake = await serve();
    const run = await push(fake.url('/ds/query'), '--graph-store', fake.url('/ds/data'));
    expect(run.code).toBe(0);
    expect(new Set(fake.requests.map((r) => r.url.pathname))).toEqual(new Set(['/ds/data']));
  });
});

describe('wikikg push fails with one line', () => {
  it('when the server refuses a graph (401), naming the graph, exit 1', async () => {
    const fake = await serve(() => ({ status: 401, headers: { 'WWW-Authenticate': 'Digest realm="SPARQL", nonce="n", qop="auth"' } }));
    const run = await push(fake.url('/sparql'), '--batch', '1');
    expect(run).toMatchObject({ code: 1, stdout: '' });
    expect(run.errorLines).toEqual([
      `wikikg: ${fake.url('/sparql-graph-crud')} refused ${ONTOLOGY_IRI}: 401 Unauthorized (set WIKIKG_ENDPOINT_USER and WIKIKG_ENDPOINT_PASSWORD if the server needs a login)`,
    ]);
    expect(fake.requests).toHaveLength(1);
  });

  it('when nothing listens at the endpoint', async () => {
    const endpoint = `http://127.0.0.1:${await closedPort()}/sparql`;
    const run = await push(endpoint, '--retries', '0');
    expect(run.code).toBe(1);
    expect(run.errorLines).toEqual([`wikikg: ${endpoint.replace('/sparql', '/sparql-graph-crud')}: cannot connect (ECONNREFUSED)`]);
  });

  it('when a triple file holds no article, naming the file', async () => {
    const fake = await serve();
    const run = await runCli(['push', '--endpoint', fake.url('/sparql'), '--data', 'out'], setup({ 'out/en/Loose.ttl': '<urn:a> <urn:b> <urn:c> .\n' }));
    expect(run.code).toBe(1);
    expect(run.errorLines).toEqual(['wikikg: out/en/Loose.ttl: expected one article (a subject typed wkg:Article) to name the graph, found none']);
  });

  it('when two files hold the same article', async () => {
    const fake = await serve();
    const run = await runCli(['push', '--endpoint', fake.url('/sparql'), '--data', 'out'], setup({ 'out/fr/Seoul.ttl': article('Seoul', '') }));
    expect(run.code).toBe(1);
    expect(run.errorLines).toEqual([`wikikg: out/fr/Seoul.ttl: graph ${ARTICLE}Seoul is also in out/en/Seoul.ttl; one would replace the other`]);
  });

  it.each([
    [[], 'wikikg: push needs the server: --endpoint URL'],
    [['--endpoint', 'ftp://h/sparql'], "wikikg: --endpoint must be an http:// or https:// URL (got 'ftp://h/sparql')"],
    [['--endpoint', 'http://dba:dba@h/sparql'], 'wikikg: --endpoint: put the user name and password in WIKIKG_ENDPOINT_USER and WIKIKG_ENDPOINT_PASSWORD, not in the URL'],
    [['--endpoint', 'http://h/ds/query'], "wikikg: cannot tell the Graph Store endpoint of http://h/ds/query (only …/sparql is known, Virtuoso's layout); give --graph-store URL"],
    [['--endpoint', 'http://h/sparql', '--batch', '0'], "wikikg: --batch must be a whole number of at least 1 (got '0')"],
    [['--endpoint', 'http://h/sparql', '--timeout', 'soon'], "wikikg: --timeout must be a number of seconds above 0 (got 'soon')"],
  ])('on a wrong command line %j (usage, exit 2)', async (argv, line) => {
    const run = await runCli(['push', ...argv], setup());
    expect(run.code).toBe(2);
    expect(run.errorLines).toEqual([`${line} (see 'wikikg push --help')`]);
  });
});

describe('wikikg push --help', () => {
  it('shows the options, the credentials variables and examples', async () => {
    const run = await runCli(['push', '--help']);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toMatch(/^Usage: wikikg push \[options\]/);
    expect(run.stdout).toContain('--graph-store URL');
    expect(run.stdout).toContain('[default: 4]');
    expect(run.stdout).toContain('WIKIKG_ENDPOINT_USER');
  });
});
