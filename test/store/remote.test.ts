import { createHash } from 'crypto';
import * as http from 'http';
import type { AddressInfo } from 'net';
import { digestAuthorization, parseDigestChallenge } from '../../src/store/digest';
import { EndpointError, HttpClient, RemoteGraphStore, SparqlEndpoint, credentialsFromEnv, graphStoreUrlFor, queryForm } from '../../src/store/remote';
import { closedPort, selectJson, startSparqlServer, type FakeSparqlServer, type Reply, type SeenRequest } from '../helpers/sparqlServer';

const GRAPH = 'https://w3id.org/wikikg/article/zh/甲城';
const TURTLE = '<urn:a> <urn:b> "c" .\n';

let server: FakeSparqlServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** A server answering with `replies` in turn (the last one from then on). */
async function serve(...replies: Array<Reply | ((request: SeenRequest) => Reply)>): Promise<FakeSparqlServer> {
  let index = 0;
  server = await startSparqlServer((request) => {
    const reply = replies[Math.min(index++, replies.length - 1)];
    return typeof reply === 'function' ? reply(request) : reply;
  });
  return server;
}

/** A client that never waits, and records the backoffs it would have slept. */
function client(options: ConstructorParameters<typeof HttpClient>[0] = {}): { http: HttpClient; slept: number[] } {
  const slept: number[] = [];
  const http = new HttpClient({ sleep: async (ms) => void slept.push(ms), ...options });
  return { http, slept };
}

async function failure(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(EndpointError);
  return (error as Error).message;
}

describe('where the Graph Store endpoint is', () => {
  it("is Virtuoso's sibling of /sparql", () => expect(graphStoreUrlFor('http://127.0.0.1:8890/sparql')).toBe('http://127.0.0.1:8890/sparql-graph-crud'));
  it('keeps the authenticated variant authenticated', () => expect(graphStoreUrlFor('http://h/sparql-auth')).toBe('http://h/sparql-graph-crud-auth'));
  it('is unknown for other layouts', () => expect(graphStoreUrlFor('http://h:3030/ds/query')).toBeUndefined());
});

describe('the query form', () => {
  it('is read past comments, BASE and PREFIX', () => {
    expect(queryForm('# Which?\nPREFIX wkg: <https://w3id.org/wikikg/ontology#>\nBASE <http://x/>\nconstruct { ?s ?p ?o } WHERE { ?s ?p ?o }')).toBe('CONSTRUCT');
  });
  it('is undefined for text that is not a query', () => expect(queryForm('INSERT DATA {}')).toBeUndefined());
});

describe('credentials from the environment', () => {
  it('need the user', () => expect(credentialsFromEnv({ WIKIKG_ENDPOINT_PASSWORD: 'p' })).toBeUndefined());
  it('take an empty password when only the user is set', () => expect(credentialsFromEnv({ WIKIKG_ENDPOINT_USER: 'u' })).toEqual({ user: 'u', password: '' }));
});

describe('Digest authentication', () => {
  it('gives the response of the RFC 2617 example', () => {
    const challenge = parseDigestChallenge('Digest realm="testrealm@host.com", qop="auth,auth-int", nonce="dcd98b7102dd2f0e8b11d0f600bfb0c093", opaque="5ccc069c403ebaf9f0171e9517f40e41"')!;
    const header = digestAuthorization(challenge, { method: 'GET', uri: '/dir/index.html', user: 'Mufasa', password: 'Circle Of Life', count: 1 }, '0a4f113b');
    expect(header).toContain('response="6629fae49393a05397450978507c4ef1"');
    expect(header).toContain('nc=00000001');
    expect(header).toContain('opaque="5ccc069c403ebaf9f0171e9517f40e41"');
  });
  it("reads Virtuoso's challenge", () => {
    const header = 'Digest realm="SPARQL", domain="/sparql-graph-crud-auth", nonce="cc08", opaque="5ebe", stale="false", qop="auth", algorithm="MD5"';
    expect(parseDigestChallenge(header)).toEqual({ realm: 'SPARQL', nonce: 'cc08', opaque: '5ebe', algorithm: 'MD5', qopAuth: true, stale: false });
  });
  it('is not offered by a Basic challenge', () => expect(parseDigestChallenge('Basic realm="x"')).toBeUndefined());
});

describe('RemoteGraphStore.put', () => {
  it('replaces the named graph with PUT ?graph=IRI and the content type', async () => {
    const fake = await serve({ status: 201 });
    await new RemoteGraphStore(fake.url('/sparql-graph-crud'), client().http).put(GRAPH, TURTLE, 'text/turtle');
    expect(fake.requests).toHaveLength(1);
    const [request] = fake.requests;
    expect(request.method).toBe('PUT');
    expect(request.url.pathname).toBe('/sparql-graph-crud');
    expect(request.url.searchParams.get('graph')).toBe(GRAPH);
    expect(request.headers['content-type']).toBe('text/turtle; charset=utf-8');
    expect(request.body).toBe(TURTLE);
    expect(request.headers.authorization).toBeUndefined();
  });

  it('tries again after a 503, with backoff, and succeeds', async () => {
    const fake = await serve({ status: 503, body: 'busy' }, { status: 201 });
    const { http, slept } = client({ backoffMs: 100 });
    await new RemoteGraphStore(fake.url('/gsp'), http).put(GRAPH, TURTLE, 'text/turtle');
    expect(fake.requests.map((r) => r.method)).toEqual(['PUT', 'PUT']);
    expect(slept).toEqual([100]);
  });

  it('honours Retry-After on a 503', async () => {
    const fake = await serve({ status: 503, headers: { 'Retry-After': '2' } }, { status: 204 });
    const { http, slept } = client({ backoffMs: 100 });
    await new RemoteGraphStore(fake.url('/gsp'), http).put(GRAPH, TURTLE, 'text/turtle');
    expect(slept).toEqual([2000, 100]);
  });

  it('gives up after the last retry, saying what the server said', async () => {
    const fake = await serve({ status: 500, body: '<html><body><h1>500</h1><xmp>SR185: Undefined procedure DB.DBA.SPARQL_GSP</xmp></body></html>' });
    const message = await failure(new RemoteGraphStore(fake.url('/gsp'), client({ retries: 2 }).http).put(GRAPH, TURTLE, 'text/turtle'));
    expect(message).toBe(`${fake.url('/gsp')} refused ${GRAPH}: 500 Internal Server Error: SR185: Undefined procedure DB.DBA.SPARQL_GSP (after 3 attempts)`);
    expect(fake.requests).toHaveLength(3);
  });

  it('does not try again after a 4xx, and names the graph it refused', async () => {
    const fake = await serve({ status: 403, body: '<html><body><h1>HTTP/1.1 403 Forbidden</h1><xmp>SQ110:SECURITY: Permission denied</xmp></body></html>' });
    const message = await failure(new RemoteGraphStore(fake.url('/gsp'), client().http).put(GRAPH, TURTLE, 'text/turtle'));
    expect(message).toBe(
      `${fake.url('/gsp')} refused ${GRAPH}: 403 Forbidden: SQ110:SECURITY: Permission denied (set WIKIKG_ENDPOINT_USER and WIKIKG_ENDPOINT_PASSWORD if the server needs a login)`,
    );
    expect(fake.requests).toHaveLength(1);
  });

  it('answers a Basic challenge, then sends Basic from the start', async () => {
    const expected = `Basic ${Buffer.from('editor:s3cret').toString('base64')}`;
    const fake = await serve((r) => (r.headers.authorization === expected ? { status: 201 } : { status: 401, headers: { 'WWW-Authenticate': 'Basic realm="SPARQL"' } }));
    const store = new RemoteGraphStore(fake.url('/gsp'), client({ credentials: { user: 'editor', password: 's3cret' } }).http);
    await store.put(GRAPH, TURTLE, 'text/turtle');
    await store.put(`${GRAPH}2`, TURTLE, 'text/turtle');
    expect(fake.requests.map((r) => r.headers.authorization)).toEqual([undefined, expected, expected]);
  });

  it('answers a Digest challenge with a response the server can check', async () => {
    const nonce = 'n0nce';
    const fake = await serve((r) => (validDigest(r, 'editor', 's3cret', nonce) ? { status: 201 } : {
      status: 401, headers: { 'WWW-Authenticate': `Digest realm="SPARQL", nonce="${nonce}", opaque="op", qop="auth", algorithm="MD5"` },
    }));
    const store = new RemoteGraphStore(fake.url('/sparql-graph-crud-auth'), client({ credentials: { user: 'editor', password: 's3cret' } }).http);
    await store.put(GRAPH, TURTLE, 'text/turtle');
    await store.put(`${GRAPH}2`, TURTLE, 'text/turtle');
    expect(fake.requests.map((r) => r.headers.authorization?.split(' ')[0])).toEqual([undefined, 'Digest', 'Digest']);
    expect(fake.requests[2].headers.authorization).toContain('nc=00000002');
  });

  it('gives up when the server refuses the credentials, with one more try only', async () => {
    const fake = await serve({ status: 401, headers: { 'WWW-Authenticate': 'Basic realm="SPARQL"' } });
    const message = await failure(new RemoteGraphStore(fake.url('/gsp'), client({ credentials: { user: 'u', password: 'wrong' } }).http).put(GRAPH, TURTLE, 'text/turtle'));
    expect(message).toBe(`${fake.url('/gsp')} refused ${GRAPH}: 401 Unauthorized (check WIKIKG_ENDPOINT_USER and WIKIKG_ENDPOINT_PASSWORD)`);
    expect(fake.requests).toHaveLength(2);
  });

  it('says when nothing listens, after its retries', async () => {
    const url = `http://127.0.0.1:${await closedPort()}/gsp`;
    const { http, slept } = client({ retries: 1 });
    expect(await failure(new RemoteGraphStore(url, http).put(GRAPH, TURTLE, 'text/turtle'))).toBe(`${url}: cannot connect (ECONNREFUSED) (after 2 attempts)`);
    expect(slept).toHaveLength(1);
  });

  it('says when the server does not answer in time', async () => {
    server = await startSparqlServer(() => undefined);
    const message = await failure(new RemoteGraphStore(server.url('/gsp'), client({ timeoutMs: 200 }).http).put(GRAPH, TURTLE, 'text/turtle'));
    expect(message).toBe(`${server.url('/gsp')}: no answer within 0.2 s`);
  });
});

describe('SparqlEndpoint.query', () => {
  it('POSTs the query form-encoded, with our prefixes on its first line, and reads SELECT results', async () => {
    const fake = await serve(selectJson(['name', 'n', 'page'], [
      { name: { type: 'literal', value: '甲城', 'xml:lang': 'zh-Hant' }, n: { type: 'typed-literal', datatype: 'http://www.w3.org/2001/XMLSchema#integer', value: '3' }, page: { type: 'uri', value: 'http://x/p' } },
      { name: { type: 'literal', value: 'Busan' } },
    ]));
    const result = await new SparqlEndpoint(fake.url('/sparql'), client().http).query('# Names?\nSELECT ?name ?n ?page WHERE { ?s rdfs:label ?name }');
    const [request] = fake.requests;
    expect(request.method).toBe('POST');
    expect(request.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(request.headers.accept).toBe('application/sparql-results+json');
    const sent = new URLSearchParams(request.body).get('query')!;
    expect(sent.split('\n')[0]).toMatch(/^PREFIX rdf: <.*PREFIX wkg: <https:\/\/w3id\.org\/wikikg\/ontology#>.* # Names\?$/);
    expect(sent.split('\n')[1]).toBe('SELECT ?name ?n ?page WHERE { ?s rdfs:label ?name }');
    expect(result.kind).toBe('bindings');
    if (result.kind !== 'bindings') return;
    expect(result.variables).toEqual(['name', 'n', 'page']);
    expect(result.rows[0].name).toMatchObject({ termType: 'Literal', value: '甲城', language: 'zh-hant' });
    expect(result.rows[0].n).toMatchObject({ termType: 'Literal', value: '3', datatype: { value: 'http://www.w3.org/2001/XMLSchema#integer' } });
    expect(result.rows[0].page).toMatchObject({ termType: 'NamedNode', value: 'http://x/p' });
    expect(result.rows[1]).toEqual({ name: expect.objectContaining({ value: 'Busan' }), n: undefined, page: undefined });
  });

  it('reads an ASK answer', async () => {
    const fake = await serve({ status: 200, headers: { 'Content-Type': 'application/sparql-results+json' }, body: '{ "head": { "link": [] }, "boolean": true }' });
    expect(await new SparqlEndpoint(fake.url('/sparql'), client().http).query('ASK { ?s ?p ?o }')).toEqual({ kind: 'boolean', value: true });
  });

  it('asks for N-Triples for a CONSTRUCT and reads them', async () => {
    const fake = await serve({ status: 200, headers: { 'Content-Type': 'application/n-triples; charset=UTF-8' }, body: '<urn:s> <urn:p> "o"@ko .\n' });
    const result = await new SparqlEndpoint(fake.url('/sparql'), client().http).query('PREFIX ex: <urn:>\nCONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }');
    expect(fake.requests[0].headers.accept).toBe('application/n-triples, text/turtle;q=0.9');
    expect(result.kind === 'quads' && result.quads.map((q) => [q.subject.value, q.predicate.value, q.object.value])).toEqual([['urn:s', 'urn:p', 'o']]);
  });

  it("says that the server refused a query, with the server's message", async () => {
    const fake = await serve({ status: 400, headers: { 'Content-Type': 'text/plain' }, body: "Virtuoso 37000 Error SP030: SPARQL compiler, line 2: syntax error at '}'\n\nSPARQL query:\nPREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> ..." });
    expect(await failure(new SparqlEndpoint(fake.url('/sparql'), client().http).query('SELECT * WHERE { ?s ?p }'))).toBe(
      `${fake.url('/sparql')} refused the query: 400 Bad Request: Virtuoso 37000 Error SP030: SPARQL compiler, line 2: syntax error at '}'`,
    );
  });

  it('says when the answer is not SPARQL results', async () => {
    const fake = await serve({ status: 200, headers: { 'Content-Type': 'text/html' }, body: '<html>hello</html>' });
    expect(await failure(new SparqlEndpoint(fake.url('/sparql'), client().http).query('SELECT * {}'))).toBe(
      `${fake.url('/sparql')} answered in text/html, not SPARQL results or N-Triples`,
    );
  });
});

describe('concurrent PUTs that deadlock, as on Virtuoso', () => {
  const VICTIM = '<html><body><h1>HTTP/1.1 500 Request Failed</h1><h3>Error 40001</h3>\n<xmp>SR172: Transaction deadlocked</xmp></body></html>';

  it('sends a deadlock victim again alone, without using up a retry, with Digest as Virtuoso asks for it', async () => {
    const fake = await virtuosoLike();
    const store = new RemoteGraphStore(fake.url, client({ credentials: { user: 'dba', password: 'dba' }, retries: 0 }).http);
    const graphs = [0, 1, 2, 3].map((n) => `${GRAPH}${n}`);
    await Promise.all(graphs.map((graph) => store.put(graph, TURTLE, 'application/n-triples')));
    const stored = fake.puts.filter((put) => put.status === 201);
    expect(stored.map((put) => put.graph).sort()).toEqual(graphs);
    const victims = fake.puts.filter((put) => put.status === 500);
    expect(victims.length).toBeGreaterThan(0);
    // Each victim was sent again once, alone (so it was not a victim again).
    for (const victim of victims) {
      const again = fake.puts.filter((put) => put.graph === victim.graph && put.arrived > victim.arrived);
      expect(again).toEqual([expect.objectContaining({ status: 201, beside: 0 })]);
    }
  });

  it('gives up after a few deadlocks, saying how many attempts it made', async () => {
    const fake = await serve({ status: 500, headers: { 'Content-Type': 'text/html' }, body: VICTIM });
    const { http: client0, slept } = client({ retries: 0, backoffMs: 100 });
    const message = await failure(new RemoteGraphStore(fake.url('/gsp'), client0).put(GRAPH, TURTLE, 'text/turtle'));
    expect(message).toBe(`${fake.url('/gsp')} refused ${GRAPH}: 500 Internal Server Error: SR172: Transaction deadlocked (after 4 attempts)`);
    expect(fake.requests).toHaveLength(4);
    expect(slept).toEqual([100, 200]);
  });

  /**
   * A Graph Store like Virtuoso's authenticated one: Digest with a fresh nonce in every 401 (each nonce it
   * gave stays good), storing a graph takes a while, and a PUT that arrives while another is being stored
   * is rolled back as a deadlock victim (500, SQLSTATE 40001).
   */
  async function virtuosoLike(): Promise<{ url: string; puts: Array<{ graph: string; status: number; arrived: number; beside: number }> }> {
    const nonces = new Set<string>();
    const puts: Array<{ graph: string; status: number; arrived: number; beside: number }> = [];
    let storing = 0;
    let arrivals = 0;
    const httpServer = http.createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        const url = new URL(req.url ?? '/', 'http://127.0.0.1');
        const nonce = /nonce="([^"]*)"/.exec(req.headers.authorization ?? '')?.[1] ?? '';
        if (!nonces.has(nonce) || !validDigest({ method: req.method ?? '', url, headers: req.headers, body: '' }, 'dba', 'dba', nonce)) {
          const fresh = `n${nonces.size}`;
          nonces.add(fresh);
          res.writeHead(401, { 'WWW-Authenticate': `Digest realm="SPARQL", domain="/sparql-graph-crud-auth", nonce="${fresh}", opaque="5ebe", stale="false", qop="auth", algorithm="MD5"` });
          res.end();
          return;
        }
        const put = { graph: url.searchParams.get('graph') ?? '', status: 201, arrived: arrivals++, beside: storing };
        puts.push(put);
        if (put.beside > 0) put.status = 500;
        else storing++;
        setTimeout(() => {
          if (put.status === 201) storing--;
          res.writeHead(put.status, { 'Content-Type': 'text/html' });
          res.end(put.status === 500 ? VICTIM : '');
        }, put.status === 201 ? 100 : 10);
      });
    });
    await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
    server = {
      url: (path) => `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}${path}`,
      requests: [],
      close: () => new Promise((resolve) => {
        httpServer.closeAllConnections();
        httpServer.close(() => resolve());
      }),
    };
    return { url: server.url('/sparql-graph-crud-auth'), puts };
  }
});

/** Checks a Digest `Authorization` header the way a server does (RFC 7616, MD5, qop=auth). */
function validDigest(request: SeenRequest, user: string, password: string, nonce: string): boolean {
  const header = request.headers.authorization ?? '';
  if (!header.startsWith('Digest ')) return false;
  const field = (name: string) => new RegExp(`${name}="?([^",]*)"?`).exec(header)?.[1] ?? '';
  const md5 = (text: string) => createHash('md5').update(text).digest('hex');
  const ha1 = md5(`${user}:${field('realm')}:${password}`);
  const ha2 = md5(`${request.method}:${request.url.pathname}${request.url.search}`);
  const expected = md5(`${ha1}:${nonce}:${field('nc')}:${field('cnonce')}:auth:${ha2}`);
  return field('username') === user && field('nonce') === nonce && field('uri') === `${request.url.pathname}${request.url.search}` && field('response') === expected;
}
