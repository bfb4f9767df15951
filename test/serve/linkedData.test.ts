import * as fs from 'fs';
import * as path from 'path';
import { parseRdf } from '../../src/export/serialize';
import type { RdfFormat } from '../../src/export/formats';
import { irisForPath, pathForIri } from '../../src/serve/linkedData';
import type { RunningServer } from '../../src/serve/server';
import { runCli, tempDir } from '../cli/helpers';
import { DEFAULT_BASE } from '../../src/graph/vocab';
import { FOUNDED_BY, ROOT, SEED_ARTICLE, SEED_ENTITY, serve } from './helpers';

/**
 * The graph's own IRIs answered at the same paths on the server, by content negotiation (HTML for
 * browsers, RDF for machines, or a document suffix), 200 at the IRI itself, 404 for what the graph does
 * not mention; and with --base the deployment's own address.
 */
const BROWSER = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
const OFFICE_PATH = '/resource/zh/南北共同聯絡辦公室';

let server: RunningServer;
const url = (pathname: string) => `${server.origin}${encodeURI(pathname)}`;

beforeAll(async () => {
  server = await serve();
}, 60_000);
afterAll(() => server?.close());

/** The strings of the seed's NIF text (`text/zh/…#char=b,e`) in the graph: how many there are, and their triples. */
async function nifStrings(origin: string): Promise<{ subjects: number; triples: number }> {
  const query = `SELECT (COUNT(DISTINCT ?s) AS ?subjects) (COUNT(*) AS ?triples) WHERE { ?s ?p ?o FILTER STRSTARTS(STR(?s), "${DEFAULT_BASE}text/zh/南北共同聯絡辦公室#char=") }`;
  const answer = (await (await fetch(`${origin}/sparql?${new URLSearchParams({ query })}`)).json()) as { results: { bindings: Array<Record<string, { value: string }>> } };
  const [row] = answer.results.bindings;
  return { subjects: Number(row.subjects.value), triples: Number(row.triples.value) };
}

function triplesOf(text: string, format: RdfFormat): string[] {
  return parseRdf(text, format).map((q) => `${q.subject.value} ${q.predicate.value} ${q.object.value}`).sort();
}

describe('the IRI ↔ path mapping', () => {
  const base = 'https://w3id.org/wikikg/';
  it('maps a path to the IRI under the base, whether the path is percent-encoded or not', () => {
    expect(irisForPath(encodeURI(OFFICE_PATH), base)?.[0].iri).toBe(SEED_ENTITY);
    expect(irisForPath(OFFICE_PATH, base)?.[0].iri).toBe(SEED_ENTITY);
  });
  it('re-encodes characters as the IRIs were minted (a slash inside a title stays %2F)', () => {
    expect(irisForPath('/resource/en/AC%2FDC', base)?.[0].iri).toBe(`${base}resource/en/AC%2FDC`);
    expect(irisForPath('/resource/en/A%20B', base)?.[0].iri).toBe(`${base}resource/en/A_B`);
  });
  it('offers the IRI without a document suffix as well', () => {
    expect(irisForPath('/resource/zh/X.ttl', base)).toEqual([{ iri: `${base}resource/zh/X.ttl` }, { iri: `${base}resource/zh/X`, suffix: 'ttl' }]);
  });
  it('serves IRIs as they are when the base is the deployment address', () => {
    expect(irisForPath('/resource/zh/X', 'https://kg.example.org/')?.[0].iri).toBe('https://kg.example.org/resource/zh/X');
  });
  it('gives the path of an IRI under the base, and /describe for any other', () => {
    expect(pathForIri(SEED_ENTITY, base)).toBe(encodeURI(OFFICE_PATH));
    expect(pathForIri('http://www.wikidata.org/entity/Q884', base)).toBe('/describe?iri=http%3A%2F%2Fwww.wikidata.org%2Fentity%2FQ884');
    expect(pathForIri(`${base}ontology#foundedBy`, base)).toBe(`/describe?iri=${encodeURIComponent(`${base}ontology#foundedBy`)}`);
  });
});

describe('content negotiation at an entity', () => {
  it('answers a machine that takes anything with Turtle, 200 at the IRI itself, naming the document sent', async () => {
    const response = await fetch(url(OFFICE_PATH));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/turtle; charset=utf-8');
    expect(response.headers.get('vary')).toBe('Accept');
    expect(response.headers.get('content-location')).toBe(`${encodeURI(OFFICE_PATH)}.ttl`);
    const triples = triplesOf(await response.text(), 'ttl');
    expect(triples).toContain(`${SEED_ENTITY} ${FOUNDED_BY} https://w3id.org/wikikg/resource/zh/大韩民国`);
    // The statements about it point at it, so its evidence can be followed.
    expect(triples.some((t) => t.endsWith(`#subject ${SEED_ENTITY}`))).toBe(true);
  });

  it.each([
    ['application/ld+json', 'jsonld', '.jsonld'],
    ['application/n-triples', 'nt', '.nt'],
    ['application/rdf+xml', 'rdfxml', '.rdf'],
  ] as Array<[string, RdfFormat, string]>)('answers Accept: %s, and its suffix, with the same triples', async (accept, format, suffix) => {
    const turtle = triplesOf(await (await fetch(url(OFFICE_PATH), { headers: { Accept: 'text/turtle' } })).text(), 'ttl');
    const negotiated = await fetch(url(OFFICE_PATH), { headers: { Accept: accept } });
    expect(negotiated.headers.get('content-type')).toBe(`${accept}; charset=utf-8`);
    expect(triplesOf(await negotiated.text(), format)).toEqual(turtle);
    const bySuffix = await fetch(url(OFFICE_PATH + suffix), { headers: { Accept: BROWSER } });
    expect(bySuffix.headers.get('content-type')).toBe(`${accept}; charset=utf-8`);
    expect(triplesOf(await bySuffix.text(), format)).toEqual(turtle);
  });

  it('answers a browser with the entity page, which names the IRI and its documents', async () => {
    const response = await fetch(url(OFFICE_PATH), { headers: { Accept: BROWSER } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('link')).toContain('rel="alternate"; type="text/turtle"');
    const html = await response.text();
    expect(html).toContain(`<meta name="wikikg-iri" content="${SEED_ENTITY}">`);
    expect(html).toContain('<script type="module" src="/ui/entity.js">');
  });

  it('answers the article IRI with the article page', async () => {
    const html = await (await fetch(url('/article/zh/南北共同聯絡辦公室'), { headers: { Accept: BROWSER } })).text();
    expect(html).toContain(`<meta name="wikikg-iri" content="${SEED_ARTICLE}">`);
    expect(html).toContain('src="/ui/article.js"');
  });

  it('answers the NIF text document: its sentences in Turtle, its article page in a browser', async () => {
    const turtle = await (await fetch(url('/text/zh/南北共同聯絡辦公室'), { headers: { Accept: 'text/turtle' } })).text();
    const triples = triplesOf(turtle, 'ttl');
    expect(triples.some((t) => t.includes('#char=0,') && t.includes('nif-core#isString'))).toBe(true);
    expect(triples.filter((t) => t.includes('nif-core#Sentence')).length).toBeGreaterThan(3);
    const page = await fetch(url('/text/zh/南北共同聯絡辦公室'), { headers: { Accept: BROWSER }, redirect: 'manual' });
    expect(page.status).toBe(303);
    expect(page.headers.get('location')).toBe(encodeURI('/article/zh/南北共同聯絡辦公室'));
  });

  it("holds only the text's NIF context and the strings in it, none of the article's facts", async () => {
    const turtle = await (await fetch(url('/text/zh/南北共同聯絡辦公室'), { headers: { Accept: 'text/turtle' } })).text();
    const subjects = new Set(parseRdf(turtle, 'ttl').map((q) => q.subject.value));
    expect([...subjects].filter((subject) => !subject.startsWith(`${DEFAULT_BASE}text/zh/南北共同聯絡辦公室#char=`))).toEqual([]);
    // Every string of the text the graph holds (its context, sentences and phrases), and no other.
    const inGraph = await nifStrings(server.origin);
    expect(inGraph.subjects).toBeGreaterThan(20);
    expect(subjects.size).toBe(inGraph.subjects);
  });

  it('describes the ontology and its terms at /ontology', async () => {
    const triples = triplesOf(await (await fetch(url('/ontology'), { headers: { Accept: 'text/turtle' } })).text(), 'ttl');
    expect(triples.some((t) => t.startsWith(`${FOUNDED_BY} http://www.w3.org/2000/01/rdf-schema#label`))).toBe(true);
  });

  it('describes any IRI the graph mentions at /describe?iri=', async () => {
    const response = await fetch(`${server.origin}/describe?iri=${encodeURIComponent('http://www.wikidata.org/entity/Q884')}`, { headers: { Accept: 'application/n-triples' } });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<http://www.w3.org/2002/07/owl#sameAs> <http://www.wikidata.org/entity/Q884>');
    expect((await fetch(`${server.origin}/describe?iri=not%20an%20iri`)).status).toBe(400);
  });

  it('answers 404 for an IRI the graph does not mention, in HTML for a browser', async () => {
    const machine = await fetch(url('/resource/zh/沒有這個'), { headers: { Accept: 'text/turtle' } });
    expect(machine.status).toBe(404);
    const browser = await fetch(url('/resource/zh/沒有這個'), { headers: { Accept: BROWSER } });
    expect(browser.status).toBe(404);
    expect(browser.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect((await fetch(url('/resource/zh/%E0%A4%A'))).status).toBe(404);
  });
});

describe('documents in pages', () => {
  let small: RunningServer;
  beforeAll(async () => {
    small = await serve('output', { workers: 1, maxRows: 100 });
  }, 60_000);
  afterAll(() => small?.close());

  /** The `rel` links of a response's Link header, by relation. */
  const linksOf = (response: Response) =>
    Object.fromEntries([...(response.headers.get('link') ?? '').matchAll(/<([^>]+)>; rel="(first|prev|next)"/g)].map((m) => [m[2], m[1]]));

  it('sends at most a page of triples (--max-rows, at most 2,000), and the next page by its Link, until the whole document is sent once', async () => {
    const whole = triplesOf(await (await fetch(url('/text/zh/南北共同聯絡辦公室'), { headers: { Accept: 'text/turtle' } })).text(), 'ttl');
    // The whole document is every triple of the text's strings, more than two pages of 100 (the next test asks for a third).
    expect(whole.length).toBe((await nifStrings(server.origin)).triples);
    expect(whole.length).toBeGreaterThan(200);
    const pages: string[][] = [];
    let next: string | undefined = encodeURI('/text/zh/南北共同聯絡辦公室');
    while (next !== undefined && pages.length < 50) {
      const response = await fetch(`${small.origin}${next}`, { headers: { Accept: 'application/n-triples' } });
      expect(response.status).toBe(200);
      pages.push(triplesOf(await response.text(), 'nt'));
      next = linksOf(response).next;
    }
    expect(pages.slice(0, -1).map((page) => page.length)).toEqual(Array(pages.length - 1).fill(100));
    expect(pages.flat().sort()).toEqual(whole);
  });

  it('names the first and previous pages, and answers a page past the last with 404', async () => {
    const second = await fetch(`${small.origin}${encodeURI('/text/zh/南北共同聯絡辦公室')}.ttl?page=2`);
    expect(linksOf(second)).toMatchObject({ first: encodeURI('/text/zh/南北共同聯絡辦公室.ttl'), prev: encodeURI('/text/zh/南北共同聯絡辦公室.ttl'), next: `${encodeURI('/text/zh/南北共同聯絡辦公室.ttl')}?page=3` });
    expect(second.headers.get('content-location')).toBe(`${encodeURI('/text/zh/南北共同聯絡辦公室.ttl')}?page=2`);
    expect((await fetch(`${small.origin}${encodeURI(OFFICE_PATH)}.ttl?page=900`)).status).toBe(404);
    expect((await fetch(`${small.origin}${encodeURI(OFFICE_PATH)}.ttl?page=0`)).status).toBe(400);
  });
});

describe('a graph built under the deployment address (--base)', () => {
  it("serves its IRIs at their own paths, under the base its manifest names when it is not given again", async () => {
    const base = 'https://kg.example.org/';
    const out = path.join(tempDir('wikikg-serve-base-'), 'out');
    const build = await runCli(['build', path.join(ROOT, 'seeds'), '--out', out, '--base', base, '--jobs', '1'], { cwd: ROOT });
    expect(build.code).toBe(0);
    const logged: string[] = [];
    const own = await serve(out, { workers: 1, log: (line) => logged.push(line) });
    try {
      expect([own.base, logged]).toEqual([base, []]);
      const response = await fetch(`${own.origin}${encodeURI('/resource/zh/千海成')}`, { headers: { Accept: 'application/n-triples' } });
      expect(response.status).toBe(200);
      expect(await response.text()).toContain(`<${base}resource/zh/千海成> <http://www.w3.org/2000/01/rdf-schema#label> "千海成"@zh-hant`);
    } finally {
      await own.close();
      fs.rmSync(path.dirname(out), { recursive: true, force: true });
    }
  }, 60_000);
});
