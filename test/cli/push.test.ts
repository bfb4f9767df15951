import * as fs from 'fs';
import * as path from 'path';
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

let servers: FakeSparqlServer[] = [];
const saved = { user: process.env.WIKIKG_ENDPOINT_USER, password: process.env.WIKIKG_ENDPOINT_PASSWORD };
afterEach(async () => {
  for (const running of servers) await running.close();
  servers = [];
  for (const [name, value] of [['WIKIKG_ENDPOINT_USER', saved.user], ['WIKIKG_ENDPOINT_PASSWORD', saved.password]] as const) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

async function serve(handler?: (request: SeenRequest) => Reply | undefined, port?: number): Promise<FakeSparqlServer> {
  const server = await startSparqlServer(handler, port);
  servers.push(server);
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

/** The line a stopped push writes before its cause. */
const stopped = (graphStore: string, what: string) => `push stopped: ${what.replace('URL', graphStore)}; \`wikikg push --resume\` sends only the graphs left`;

describe('wikikg push fails with one line saying what it stored and what is left, and one with the cause', () => {
  it('when the server refuses a graph (401), naming the graph, exit 1', async () => {
    const fake = await serve(() => ({ status: 401, headers: { 'WWW-Authenticate': 'Digest realm="SPARQL", nonce="n", qop="auth"' } }));
    const run = await push(fake.url('/sparql'), '--batch', '1');
    expect(run).toMatchObject({ code: 1, stdout: '' });
    expect(run.errorLines).toEqual([
      stopped(fake.url('/sparql-graph-crud'), `stored 0 of 5 graphs at URL, 5 left: ${ONTOLOGY_IRI}, ${ARTICLE}Busan, ${ARTICLE}Seoul, … (2 more)`),
      `wikikg: ${fake.url('/sparql-graph-crud')} refused ${ONTOLOGY_IRI}: 401 Unauthorized (set WIKIKG_ENDPOINT_USER and WIKIKG_ENDPOINT_PASSWORD if the server needs a login)`,
    ]);
    expect(fake.requests).toHaveLength(1);
  });

  it('when nothing listens at the endpoint', async () => {
    const endpoint = `http://127.0.0.1:${await closedPort()}/sparql`;
    const run = await push(endpoint, '--retries', '0');
    expect(run.code).toBe(1);
    const graphStore = endpoint.replace('/sparql', '/sparql-graph-crud');
    expect(run.errorLines).toEqual([
      stopped(graphStore, `stored 0 of 5 graphs at URL, 5 left: ${ONTOLOGY_IRI}, ${ARTICLE}Busan, ${ARTICLE}Seoul, … (2 more)`),
      `wikikg: ${graphStore}: cannot connect (ECONNREFUSED)`,
    ]);
  });

  it('when a triple file holds no article, naming the file', async () => {
    const fake = await serve();
    const run = await runCli(['push', '--endpoint', fake.url('/sparql'), '--data', 'out', '--batch', '1'], setup({ 'out/en/Loose.ttl': '<urn:a> <urn:b> <urn:c> .\n' }));
    expect(run.code).toBe(1);
    expect(run.errorLines).toEqual([
      stopped(fake.url('/sparql-graph-crud'), 'stored 2 graphs at URL, left: every graph not yet read'),
      'wikikg: out/en/Loose.ttl: expected one article (a subject typed wkg:Article) to name the graph, found none',
    ]);
  });

  it('when two files hold the same article', async () => {
    const fake = await serve();
    const run = await runCli(['push', '--endpoint', fake.url('/sparql'), '--data', 'out', '--batch', '1'], setup({ 'out/fr/Seoul.ttl': article('Seoul', '') }));
    expect(run.code).toBe(1);
    expect(run.errorLines).toEqual([
      stopped(fake.url('/sparql-graph-crud'), 'stored 3 graphs at URL, left: every graph not yet read'),
      `wikikg: out/fr/Seoul.ttl: graph ${ARTICLE}Seoul is also in out/en/Seoul.ttl; one would replace the other`,
    ]);
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
    expect(run.stdout).toMatch(/--resume\s+Skip the graphs that DIR\/push-journal\.tsv says/);
    expect(run.stdout.replace(/\s+/g, ' ')).toContain('after the server was wiped, or another folder was pushed to the same graphs, push without --resume');
  });
});

describe('wikikg push --resume', () => {
  const pushed = (fake: FakeSparqlServer) => fake.requests.filter((r) => r.method === 'PUT').map((r) => r.url.searchParams.get('graph'));
  const pushIn = (dirs: { cwd: string; packageRoot: string }, endpoint: string, ...argv: string[]) =>
    runCli(['push', '--endpoint', endpoint, '--data', 'out', ...(argv.includes('--batch') ? [] : ['--batch', '1']), ...argv], dirs);

  it('after a server killed mid-way, says 2 stored and 3 left, and then sends only those 3', async () => {
    const dirs = setup();
    let stored = 0;
    const dying: FakeSparqlServer = await serve(() => {
      if (stored < 2) return (stored++, { status: 201 });
      void dying.close(); // killed while the third graph is on its way; then nothing listens
      return undefined;
    });
    const graphStore = dying.url('/sparql-graph-crud');
    const first = await pushIn(dirs, dying.url('/sparql'), '--retries', '1');
    expect(first.code).toBe(1);
    expect(first.errorLines).toHaveLength(2);
    expect(first.errorLines[0]).toBe(stopped(graphStore, `stored 2 of 5 graphs at URL, 3 left: ${ARTICLE}Seoul, ${ARTICLE}Incheon, ${ARTICLE}Daegu`));
    expect(first.errorLines[1]).toMatch(new RegExp(`^wikikg: ${graphStore}: (cannot connect|the connection broke)`));

    const healthy = await serve(undefined, Number(new URL(graphStore).port)); // where the killed one was
    const again = await pushIn(dirs, healthy.url('/sparql'), '--resume');
    expect(again.code).toBe(0);
    expect(pushed(healthy)).toEqual(['Seoul', 'Incheon', 'Daegu'].map((t) => ARTICLE + t));
    expect(again.errorLines).toHaveLength(1);
    expect(again.errorLines[0]).toMatch(new RegExp(`^pushed 3 of 5 graphs, 5 triples to ${graphStore} in \\d+\\.\\d s; skipped 2 it holds unchanged \\(out/push-journal\\.tsv\\)$`));
  });

  it('with requests in flight at once (--batch 3), counts each graph once: stored or left, and resumes with exactly those left', async () => {
    const dirs = setup();
    const answered: string[] = [];
    const dying: FakeSparqlServer = await serve((r) => {
      if (answered.length < 2) return (answered.push(r.url.searchParams.get('graph')!), { status: 201 });
      void dying.close();
      return undefined;
    });
    const graphStore = dying.url('/sparql-graph-crud');
    const first = await pushIn(dirs, dying.url('/sparql'), '--batch', '3', '--retries', '0');
    expect(first.code).toBe(1);
    const counts = /^push stopped: stored (\d+) of 5 graphs at \S+, (\d+) left: /.exec(first.errorLines[0]);
    expect(counts).not.toBeNull();
    const [stored, left] = [Number(counts![1]), Number(counts![2])];
    expect(stored + left).toBe(5);
    expect(stored).toBeLessThanOrEqual(answered.length);

    const healthy = await serve(undefined, Number(new URL(graphStore).port));
    expect((await pushIn(dirs, healthy.url('/sparql'), '--resume')).code).toBe(0);
    expect(pushed(healthy)).toHaveLength(left);
    const all = [ONTOLOGY_IRI, ...['Busan', 'Seoul', 'Incheon', 'Daegu'].map((t) => ARTICLE + t)];
    expect(all.filter((graph) => !answered.includes(graph)).every((graph) => pushed(healthy).includes(graph))).toBe(true);
  });

  it('sends a graph again when its file changed, and only that graph', async () => {
    const dirs = setup();
    const fake = await serve();
    expect((await pushIn(dirs, fake.url('/sparql'))).code).toBe(0);
    writeTree(dirs.cwd, { 'out/en/Seoul.ttl': article('Seoul', 'ex:seoul ex:name "Seoul" ; ex:population 9412000 .') });
    fake.requests.length = 0;
    const run = await pushIn(dirs, fake.url('/sparql'), '--resume');
    expect(run.code).toBe(0);
    expect(pushed(fake)).toEqual([`${ARTICLE}Seoul`]);
    expect(fake.requests[0].body).toContain('9412000');
  });

  it('skips nothing at another Graph Store', async () => {
    const dirs = setup();
    const first = await serve();
    expect((await pushIn(dirs, first.url('/sparql'))).code).toBe(0);
    const other = await serve();
    expect((await pushIn(dirs, other.url('/sparql'), '--resume')).code).toBe(0);
    expect(pushed(other)).toHaveLength(5);
    // Nor at another Graph Store endpoint of the same server.
    first.requests.length = 0;
    expect((await pushIn(dirs, first.url('/sparql'), '--graph-store', first.url('/store'), '--resume')).code).toBe(0);
    expect(pushed(first)).toHaveLength(5);
  });

  it('is needed: without it everything is sent again (a wiped server), and what was sent is recorded', async () => {
    const dirs = setup();
    const fake = await serve();
    expect((await pushIn(dirs, fake.url('/sparql'))).code).toBe(0);
    fake.requests.length = 0;
    expect((await pushIn(dirs, fake.url('/sparql'))).code).toBe(0);
    expect(pushed(fake)).toHaveLength(5);
    fake.requests.length = 0;
    const resumed = await pushIn(dirs, fake.url('/sparql'), '--resume');
    expect(resumed.code).toBe(0);
    expect(pushed(fake)).toEqual([]);
    expect(resumed.errorLines[0]).toMatch(/^pushed 0 of 5 graphs, 0 triples to .* skipped 5 it holds unchanged/);
  });

  it('does not trust an old row for a graph whose new content was being sent when the push failed', async () => {
    const dirs = setup();
    const fake = await serve((r) => (r.url.searchParams.get('graph') === `${ARTICLE}Seoul` && r.body.includes('9412000') ? { status: 500, body: 'broken' } : { status: 201 }));
    expect((await pushIn(dirs, fake.url('/sparql'))).code).toBe(0);
    const original = fs.readFileSync(path.join(dirs.cwd, 'out/en/Seoul.ttl'), 'utf8');
    writeTree(dirs.cwd, { 'out/en/Seoul.ttl': article('Seoul', 'ex:seoul ex:name "Seoul" ; ex:population 9412000 .') });
    const failed = await pushIn(dirs, fake.url('/sparql'), '--resume', '--retries', '0');
    expect(failed.code).toBe(1);
    expect(failed.errorLines[0]).toBe(stopped(fake.url('/sparql-graph-crud'), `stored 0 of 5 graphs at URL, skipped 4 it holds unchanged, 1 left: ${ARTICLE}Seoul`));
    // The server may hold either version now, so the first one is sent again even though it was stored once.
    writeTree(dirs.cwd, { 'out/en/Seoul.ttl': original });
    fake.requests.length = 0;
    expect((await pushIn(dirs, fake.url('/sparql'), '--resume')).code).toBe(0);
    expect(pushed(fake)).toEqual([`${ARTICLE}Seoul`]);
  });

  it('ignores a cut last row of the journal (a push killed while writing it)', async () => {
    const dirs = setup();
    const fake = await serve();
    expect((await pushIn(dirs, fake.url('/sparql'))).code).toBe(0);
    const journal = path.join(dirs.cwd, 'out/push-journal.tsv');
    const text = fs.readFileSync(journal, 'utf8');
    expect(text.split('\n').filter((line) => line !== '' && !line.startsWith('#'))).toHaveLength(5);
    fs.writeFileSync(journal, text.slice(0, -10)); // the last graph's hash cut short
    fake.requests.length = 0;
    expect((await pushIn(dirs, fake.url('/sparql'), '--resume')).code).toBe(0);
    expect(pushed(fake)).toEqual([`${ARTICLE}Daegu`]);
  });
});
