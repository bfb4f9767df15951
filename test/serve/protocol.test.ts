import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { parseRdf } from '../../src/export/serialize';
import type { RdfFormat } from '../../src/export/formats';
import type { RunningServer } from '../../src/serve/server';
import { parseCsv, parseResultsXml, ROOT, serve } from './helpers';

/**
 * `/sparql` over real HTTP (global fetch) on 127.0.0.1: the SPARQL 1.1 Protocol's three ways of asking,
 * every results and graph format read back, the refusals (updates, SERVICE, unknown media types, too
 * large), the result cap and the time-out, CORS, the Service Description and the VoID description.
 */
/** Who holds which post: the two officials named with their posts in the seed (Traditional labels, as the query asks). */
const POSTS = fs.readFileSync(path.join(ROOT, 'queries', '01-posts.rq'), 'utf8');
const POST_HOLDERS = ['千海成', '田鐘秀'];
/** The variables of `01-posts`, in its order. */
const POST_VARIABLES = ['person', 'position', 'organization', 'since', 'evidence'];
/** Ten thousand billion joins: never ends on its own within any time-out. */
const SLOW = 'SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }';
const CONSTRUCT = `CONSTRUCT { ?office wkg:foundedBy ?state . ?state rdfs:label ?name }
WHERE { ?office wkg:foundedBy ?state . ?state rdfs:label ?name }`;

let server: RunningServer;
let url: (pathname: string) => string;
/** What the server logged. */
const logged: string[] = [];

beforeAll(async () => {
  server = await serve('output', { timeoutMs: 1500, maxRows: 1000, maxBodyBytes: 1024 * 1024, log: (line) => logged.push(line) });
  url = (pathname) => `${server.origin}${pathname}`;
}, 60_000);
afterAll(() => server?.close());

const get = (query: string, accept?: string) => fetch(url(`/sparql?${new URLSearchParams({ query })}`), { headers: accept ? { Accept: accept } : {} });
const postForm = (body: Record<string, string>, accept?: string) =>
  fetch(url('/sparql'), { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...(accept ? { Accept: accept } : {}) }, body: new URLSearchParams(body) });
const postQuery = (query: string, accept?: string) =>
  fetch(url('/sparql'), { method: 'POST', headers: { 'Content-Type': 'application/sparql-query', ...(accept ? { Accept: accept } : {}) }, body: query });

/** The persons of the posts query in a SPARQL JSON answer. */
async function personsOfJson(response: Response): Promise<string[]> {
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('application/sparql-results+json; charset=utf-8');
  const json = (await response.json()) as { results: { bindings: Array<Record<string, { value: string }>> } };
  return json.results.bindings.map((row) => row.person.value).sort();
}

describe('asking', () => {
  it('answers GET ?query= with SPARQL JSON when the client does not say', async () => expect(await personsOfJson(await get(POSTS))).toEqual(POST_HOLDERS));
  it('answers a POSTed form', async () => expect(await personsOfJson(await postForm({ query: POSTS }))).toEqual(POST_HOLDERS));
  it('answers a POSTed application/sparql-query', async () => expect(await personsOfJson(await postQuery(POSTS))).toEqual(POST_HOLDERS));
  it('answers a browser (text/html first, */* after) with SPARQL JSON', async () => {
    expect(await personsOfJson(await get(POSTS, 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8'))).toEqual(POST_HOLDERS);
  });
});

describe('every results format, read back', () => {
  it('writes SPARQL XML', async () => {
    const response = await get(POSTS, 'application/sparql-results+xml');
    expect(response.headers.get('content-type')).toBe('application/sparql-results+xml; charset=utf-8');
    const parsed = parseResultsXml(await response.text());
    expect(parsed.variables).toEqual(POST_VARIABLES);
    expect(parsed.rows.map((row) => row.person).sort()).toEqual(POST_HOLDERS);
  });

  it('writes CSV', async () => {
    const response = await get(POSTS, 'text/csv');
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const [header, ...rows] = parseCsv(await response.text());
    expect(header).toEqual(POST_VARIABLES);
    expect(rows.map((row) => row[POST_VARIABLES.indexOf('person')]).sort()).toEqual(POST_HOLDERS);
  });

  it('writes TSV', async () => {
    const response = await get(POSTS, 'text/tab-separated-values');
    expect(response.headers.get('content-type')).toBe('text/tab-separated-values; charset=utf-8');
    const [header, ...rows] = (await response.text()).trimEnd().split('\n').map((line) => line.split('\t'));
    expect(header).toEqual(POST_VARIABLES.map((name) => `?${name}`));
    expect(rows.map((row) => row[POST_VARIABLES.indexOf('person')]).sort()).toEqual(POST_HOLDERS.map((name) => `"${name}"@zh-hant`));
  });

  it.each([
    ['application/sparql-results+json', (text: string) => (JSON.parse(text) as { boolean: boolean }).boolean],
    ['application/sparql-results+xml', (text: string) => parseResultsXml(text).boolean],
  ])('answers ASK as %s', async (accept, read) => {
    const response = await get('ASK { ?p a wkg:Person }', accept);
    expect(response.status).toBe(200);
    expect(read(await response.text())).toBe(true);
  });

  it('follows a format= parameter over the Accept header (for download links)', async () => {
    const response = await fetch(url(`/sparql?${new URLSearchParams({ query: POSTS, format: 'csv' })}`), { headers: { Accept: 'application/sparql-results+json' } });
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
  });

  it('answers 406 when nothing it writes is acceptable, naming what it writes', async () => {
    const response = await get(POSTS, 'image/png');
    expect(response.status).toBe(406);
    expect(await response.text()).toContain('application/sparql-results+json');
  });
});

describe('graph answers (CONSTRUCT, DESCRIBE), read back', () => {
  const formats: Array<[string, RdfFormat]> = [
    ['text/turtle', 'ttl'], ['application/n-triples', 'nt'], ['application/ld+json', 'jsonld'], ['application/rdf+xml', 'rdfxml'], ['application/n-quads', 'nq'], ['application/trig', 'trig'],
  ];

  it.each(formats)('writes %s', async (accept, format) => {
    const response = await postQuery(CONSTRUCT, accept);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(`${accept}; charset=utf-8`);
    const triples = parseRdf(await response.text(), format).map((q) => `${q.subject.value} ${q.predicate.value} ${q.object.value}`);
    expect(triples.filter((t) => t.includes('ontology#foundedBy'))).toHaveLength(2);
    expect(triples.some((t) => t.endsWith(' 大韩民国'))).toBe(true);
  });

  it('writes Turtle when the client takes anything', async () => {
    expect((await postQuery(`DESCRIBE <https://w3id.org/wikikg/resource/zh/千海成>`)).headers.get('content-type')).toBe('text/turtle; charset=utf-8');
  });
});

describe('what it refuses', () => {
  it.each([
    ['an update= form', () => postForm({ update: 'INSERT DATA { <urn:a> <urn:b> <urn:c> }' })],
    ['an application/sparql-update body', () => fetch(url('/sparql'), { method: 'POST', headers: { 'Content-Type': 'application/sparql-update' }, body: 'CLEAR ALL' })],
    ['INSERT DATA sent as a query', () => postForm({ query: 'PREFIX ex: <urn:x#> INSERT DATA { ex:a ex:b ex:c }' })],
    ['DELETE WHERE sent as a query', () => get('DELETE WHERE { ?s ?p ?o }')],
    ['LOAD', () => get('LOAD <http://127.0.0.1:1/data.ttl>')],
    ['SERVICE', () => get('SELECT * WHERE { SERVICE <http://127.0.0.1:1/sparql> { ?s ?p ?o } }')],
  ])('refuses %s with 403', async (_name, send) => {
    const response = await send();
    expect(response.status).toBe(403);
    expect(await response.text()).toMatch(/read-only|SERVICE/);
  });

  it('still answers a query whose strings and variables merely contain those words', async () => {
    const response = await get('SELECT ?service WHERE { BIND ("INSERT DATA; SERVICE <x>" AS ?service) } # DELETE');
    expect(response.status).toBe(200);
  });

  it('refuses a POST of another media type with 415', async () => {
    expect((await fetch(url('/sparql'), { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: POSTS })).status).toBe(415);
  });

  it('refuses other methods with 405 and says which it allows', async () => {
    const put = await fetch(url('/sparql'), { method: 'PUT', body: 'x' });
    expect(put.status).toBe(405);
    expect(put.headers.get('allow')).toBe('GET, HEAD, POST, OPTIONS');
    expect((await fetch(url('/resource/zh/千海成'), { method: 'DELETE' })).status).toBe(405);
    expect((await fetch(url('/query'), { method: 'POST', body: 'x' })).status).toBe(405);
  });

  it('refuses a body above the limit with 413', async () => {
    const response = await postQuery(`# ${'x'.repeat(1100 * 1024)}\nASK {}`);
    expect(response.status).toBe(413);
  });

  it('answers a syntax error with 400 and the line it is on', async () => {
    const response = await get('SELECT ?x WHERE {\n  ?x ?y\n');
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/^SPARQL syntax error at line \d+/);
  });

  it('answers a result above --max-rows with 422 and says to add a LIMIT', async () => {
    const response = await get('SELECT * WHERE { ?s ?p ?o }');
    expect(response.status).toBe(422);
    expect(await response.text()).toMatch(/more than 1000 rows.*LIMIT/);
    expect((await get('SELECT * WHERE { ?s ?p ?o } LIMIT 1000')).status).toBe(200);
    expect((await get('SELECT * WHERE { ?s ?p ?o } LIMIT 5000')).status).toBe(422);
  });

  it('caps a CONSTRUCT by its triples, and by its solutions when many give few triples', async () => {
    const triples = await postQuery('CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }');
    expect([triples.status, await triples.text()]).toEqual([422, expect.stringMatching(/more than 1000 triples/)]);
    const solutions = await postQuery('CONSTRUCT { <urn:a> <urn:b> ?n } WHERE { ?s ?p ?o BIND (STRLEN(STR(?o)) > 100 AS ?n) }');
    expect([solutions.status, await solutions.text()]).toEqual([422, expect.stringMatching(/more than 1000 solutions/)]);
    expect((await postQuery('CONSTRUCT { <urn:a> <urn:b> ?n } WHERE { ?s ?p ?o BIND (STRLEN(STR(?o)) > 100 AS ?n) } LIMIT 1000')).status).toBe(200);
  });

  it('stops a query that outlives --timeout with 503, logs when, which query and why, then answers the next one', async () => {
    const response = await get(SLOW);
    expect(response.status).toBe(503);
    expect(await response.text()).toMatch(/ran out of time \(1\.5 s/);
    const hash = createHash('sha256').update(SLOW).digest('hex').slice(0, 12);
    expect(logged).toContainEqual(expect.stringMatching(new RegExp(`^\\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z query ${hash} \\(${SLOW.length} characters\\) ran [\\d.]+ s and was stopped: it ran past the time-out \\(--timeout 1\\.5 s\\)$`)));
    expect(await personsOfJson(await get(POSTS))).toEqual(POST_HOLDERS);
  }, 30_000);

  it("answers a query the engine fails on (a FILTER IN of 60,000 values overflows its stack) with 500, not 400, logs it, and goes on", async () => {
    const values = Array.from({ length: 60_000 }, (_, i) => `"v${i}"`).join(',');
    const query = `SELECT ?s WHERE { ?s ?p ?o FILTER (STR(?o) IN (${values})) }`;
    const response = await postQuery(query);
    expect([response.status, await response.text()]).toEqual([500, expect.stringMatching(/^the query could not be evaluated: .*VALUES/)]);
    const hash = createHash('sha256').update(query).digest('hex').slice(0, 12);
    expect(logged).toContainEqual(expect.stringMatching(new RegExp(` query ${hash} .* and was failed: `)));
    expect(await personsOfJson(await get(POSTS))).toEqual(POST_HOLDERS);
  }, 30_000);
});

describe('the dataset as the build made it: one named graph per article', () => {
  const ARTICLE = 'https://w3id.org/wikikg/article/zh/南北共同聯絡辦公室';
  /** The triples of the article's graph, as the build's manifest counts them (test/project/output holds the manifest to a fresh build). */
  const articleTriples = (() => {
    const [header, ...lines] = fs.readFileSync(path.join(ROOT, 'output', 'manifest.tsv'), 'utf8').trimEnd().split('\n').map((line) => line.split('\t'));
    const row = lines.find((fields) => fields[header.indexOf('graph')] === ARTICLE);
    if (!row) throw new Error(`output/manifest.tsv has no row for ${ARTICLE}`);
    return Number(row[header.indexOf('triples')]);
  })();
  const rowsOf = async (response: Response) => ((await response.json()) as { results: { bindings: Array<Record<string, { value: string }>> } }).results.bindings;

  it("names the article's graph from the build's manifest, and the ontology's, as push puts them on a remote store (GRAPH ?g)", async () => {
    const rows = await rowsOf(await get('SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g'));
    expect(rows.map((row) => row.g.value)).toEqual([ARTICLE, 'https://w3id.org/wikikg/ontology']);
  });

  it('queries the union of the graphs when a query names none, the ontology included', async () => {
    const [row] = await rowsOf(await get('SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }'));
    expect(Number(row.n.value)).toBe(server.triples);
  });

  it('takes FROM and FROM NAMED as the dataset', async () => {
    const [inArticle] = await rowsOf(await get(`SELECT (COUNT(*) AS ?n) FROM <${ARTICLE}> WHERE { ?s ?p ?o }`));
    expect(articleTriples).toBeGreaterThan(1000);
    expect(Number(inArticle.n.value)).toBe(articleTriples);
    const [ontology] = await rowsOf(await get(`SELECT (COUNT(*) AS ?n) FROM <${ARTICLE}> WHERE { ?s a owl:Class }`));
    expect(ontology.n.value).toBe('0');
    const named = await rowsOf(await get(`SELECT DISTINCT ?g FROM NAMED <urn:none> WHERE { GRAPH ?g { ?s ?p ?o } }`));
    expect(named).toEqual([]);
  });

  it('takes default-graph-uri and named-graph-uri as the dataset', async () => {
    const ask = (params: Record<string, string>) => fetch(url(`/sparql?${new URLSearchParams({ query: 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }', ...params })}`));
    expect((await rowsOf(await ask({ 'default-graph-uri': ARTICLE })))[0].n.value).toBe(String(articleTriples));
    expect((await rowsOf(await ask({ 'default-graph-uri': 'urn:none' })))[0].n.value).toBe('0');
    expect((await ask({ 'default-graph-uri': 'not an iri' })).status).toBe(400);
  });
});

describe('/lookup', () => {
  interface Hit { iri: string; page: string; label: string; match: string; types: Array<{ label: string }>; article?: { iri: string; page: string; own: boolean } }
  const lookup = async (query: string) => (await (await fetch(url(`/lookup?${query}`))).json()) as { total: number; next?: string; results: Hit[] };

  it('finds a person by a name in the other script than its IRI (canonical Simplified), with type and article', async () => {
    const answer = await lookup(`q=${encodeURIComponent('田鐘秀')}`);
    expect(answer.results[0]).toMatchObject({
      iri: 'https://w3id.org/wikikg/resource/zh/田钟秀',
      page: encodeURI('/resource/zh/田钟秀'),
      match: 'exact',
      types: [{ label: 'person' }],
      article: { iri: 'https://w3id.org/wikikg/article/zh/南北共同聯絡辦公室', own: false },
    });
  });

  it('puts the exact names first, then those that start with it, then those that contain it, and pages them', async () => {
    const all = await lookup(`q=${encodeURIComponent('聯絡辦公室')}&limit=100`);
    const tiers = all.results.map((hit) => hit.match);
    expect(tiers[0]).toBe('exact');
    expect(tiers).toEqual([...tiers].sort((a, b) => ['exact', 'prefix', 'contained'].indexOf(a) - ['exact', 'prefix', 'contained'].indexOf(b)));
    expect(tiers).toEqual(expect.arrayContaining(['exact', 'contained']));
    const first = await lookup(`q=${encodeURIComponent('聯絡辦公室')}&limit=1`);
    const second = await lookup((first.next as string).slice('/lookup?'.length));
    expect([...first.results, ...second.results].map((hit) => hit.iri)).toEqual(all.results.slice(0, 2).map((hit) => hit.iri));
  });

  it('refuses a request without a name, or with a bad page, with 400', async () => {
    expect((await fetch(url('/lookup'))).status).toBe(400);
    expect((await fetch(url('/lookup?q=x&limit=1000'))).status).toBe(400);
  });
});

describe('what a request declares', () => {
  const latin1Query = 'SELECT ?x WHERE { BIND ("café" AS ?x) }';
  const cafe = async (response: Response) => ((await response.json()) as { results: { bindings: Array<{ x: { value: string } }> } }).results.bindings[0].x.value;

  it('reads a body in the charset its Content-Type declares', async () => {
    const body = Buffer.from(latin1Query, 'latin1');
    const response = await fetch(url('/sparql'), { method: 'POST', headers: { 'Content-Type': 'application/sparql-query; charset=ISO-8859-1' }, body });
    expect(await cafe(response)).toBe('café');
  });

  it("reads a form's percent-escapes as bytes of its declared charset", async () => {
    const body = `query=${[...Buffer.from(latin1Query, 'latin1')].map((byte) => `%${byte.toString(16).padStart(2, '0')}`).join('')}`;
    const response = await fetch(url('/sparql'), { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded; charset=iso-8859-1' }, body });
    expect(await cafe(response)).toBe('café');
  });

  it('reads UTF-8 when none is declared, and refuses a charset it does not know with 415', async () => {
    expect(await cafe(await postQuery(latin1Query))).toBe('café');
    const unknown = await fetch(url('/sparql'), { method: 'POST', headers: { 'Content-Type': 'application/sparql-query; charset=x-klingon' }, body: 'ASK {}' });
    expect([unknown.status, await unknown.text()]).toEqual([415, "the charset 'x-klingon' is not one this server reads; send UTF-8\n"]);
  });

  it('refuses a body that is not the charset it declares with 400', async () => {
    const response = await fetch(url('/sparql'), { method: 'POST', headers: { 'Content-Type': 'application/sparql-query; charset=utf-8' }, body: Buffer.from([0x41, 0xff, 0x42]) });
    expect(response.status).toBe(400);
  });
});

describe('CORS, so that YASGUI and other browser clients can ask it', () => {
  it('allows any origin on answers', async () => {
    const response = await fetch(url(`/sparql?${new URLSearchParams({ query: 'ASK {}' })}`), { headers: { Origin: 'https://yasgui.example' } });
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('answers a preflight for a POST of application/sparql-query', async () => {
    const response = await fetch(url('/sparql'), {
      method: 'OPTIONS',
      headers: { Origin: 'https://yasgui.example', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-methods')).toContain('POST');
    expect(response.headers.get('access-control-allow-headers')).toContain('Content-Type');
  });
});

describe('what the server says about itself', () => {
  it('describes the endpoint at /sparql without a query (SPARQL Service Description, Turtle)', async () => {
    const response = await fetch(url('/sparql'));
    expect(response.headers.get('content-type')).toBe('text/turtle; charset=utf-8');
    const quads = parseRdf(await response.text(), 'ttl');
    const endpoint = quads.find((q) => q.predicate.value === 'http://www.w3.org/ns/sparql-service-description#endpoint');
    expect(endpoint?.object.value).toBe(url('/sparql'));
    const formats = quads.filter((q) => q.predicate.value.endsWith('#resultFormat')).map((q) => q.object.value.split('/').pop());
    expect(formats).toEqual(expect.arrayContaining(['SPARQL_Results_JSON', 'SPARQL_Results_XML', 'SPARQL_Results_CSV', 'SPARQL_Results_TSV', 'Turtle', 'JSON-LD', 'N-Quads', 'TriG']));
  });

  it('sends a browser from /sparql to the query page', async () => {
    const response = await fetch(url('/sparql'), { headers: { Accept: 'text/html' }, redirect: 'manual' });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/query');
  });

  it('describes the dataset in VoID at /.well-known/void', async () => {
    const response = await fetch(url('/.well-known/void'));
    expect(response.headers.get('content-type')).toBe('text/turtle; charset=utf-8');
    const quads = parseRdf(await response.text(), 'ttl');
    const value = (local: string) => quads.filter((q) => q.predicate.value === `http://rdfs.org/ns/void#${local}`).map((q) => q.object.value);
    expect(value('triples')).toEqual([String(server.triples)]);
    expect(Number(value('entities')[0])).toBeGreaterThan(20);
    expect(Number(value('classes')[0])).toBeGreaterThan(10);
    expect(Number(value('properties')[0])).toBeGreaterThan(20);
    expect(value('documents')).toEqual(['1']);
    expect(value('sparqlEndpoint')).toEqual([url('/sparql')]);
    expect(value('uriSpace')).toEqual(['https://w3id.org/wikikg/']);
    expect(quads.filter((q) => q.predicate.value === 'http://purl.org/dc/terms/language').map((q) => q.object.value)).toEqual(['zh']);
  });

  it('writes the VoID description as JSON-LD too', async () => {
    const response = await fetch(url('/.well-known/void'), { headers: { Accept: 'application/ld+json' } });
    expect(response.headers.get('content-type')).toBe('application/ld+json; charset=utf-8');
    expect(parseRdf(await response.text(), 'jsonld').length).toBeGreaterThan(10);
  });
});

describe('pages and files', () => {
  it('sends every page with a Content-Security-Policy that allows no inline script, and no inline script', async () => {
    for (const page of ['/', '/query', '/timeline', '/resource/zh/千海成']) {
      const response = await fetch(url(encodeURI(page)), { headers: { Accept: 'text/html' } });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      const scripts = [...(await response.text()).matchAll(/<script\b([^>]*)>/g)].map((m) => m[1]);
      expect(scripts.every((attributes) => / src="\/(ui|vendor)\//.test(attributes))).toBe(true);
    }
  });

  it('serves the front-end libraries from node_modules, and nothing else of it', async () => {
    const library = await fetch(url('/vendor/yasqe.min.js'));
    expect(library.status).toBe(200);
    expect(library.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    for (const pathname of ['/vendor/package.json', '/vendor/..%2Fpackage.json', '/ui/..%2Fpackage.json', '/ui/%2e%2e/package.json']) {
      expect((await fetch(url(pathname))).status).toBe(404);
    }
  });

  it('lists the shipped questions for the query page', async () => {
    const examples = (await (await fetch(url('/api/queries'))).json()) as Array<{ name: string; title: string }>;
    expect(examples[0]).toMatchObject({ name: '01-posts', title: expect.stringMatching(/^Who holds which post/) });
  });
});
