import type { Browser, Page } from 'playwright-core';
import { parseRdf } from '../../src/export/serialize';
import type { RunningServer } from '../../src/serve/server';
import { corpusGraph, corpusPresent, CORPUS, corpusSubset } from '../helpers/corpusGraph';
import { describeWithChromium, launchChromium, serve, watchPage } from './helpers';

/**
 * The server on a real graph of several hundred articles (the corpus subset of `corpusGraph.ts`, about
 * 700,000 triples: France, Berlin in three languages and 250 small articles in 69), as a new reader and
 * a crawler meet it: the lookup puts the exact name first, in any script, and pages the rest; France's
 * page stays a few screens tall with its interlanguage links as one list; evidence is rendered text, not
 * wikitext; a fetch without a script gets the facts; the graph view and the timeline read as names and
 * dates. Plus what protects the endpoint at this size: the row cap, bounded text documents, named graphs.
 */
const FRANCE = '/resource/en/France';
const INTERLANGUAGE = 'https://w3id.org/wikikg/ontology#interlanguageLink';
/** A France-sized page stays within this (it was 1.16 million pixels when every link quoted its block). */
const MAX_PAGE_HEIGHT = 20_000;

const describeOnCorpus = corpusPresent ? describeWithChromium() : describe.skip;
if (!corpusPresent) console.warn(`skipping the corpus-scale server tests: the shared corpus is not at ${CORPUS}`);

describeOnCorpus('the server on several hundred real articles', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let seen: ReturnType<typeof watchPage>;
  /** The server's address of a path (with its non-ASCII letters encoded). */
  const url = (pathname: string) => `${server.origin}${encodeURI(pathname)}`;
  const sparql = (query: string) => fetch(`${server.origin}/sparql?${new URLSearchParams({ query })}`);

  beforeAll(async () => {
    const [graph, launched] = await Promise.all([corpusGraph(), launchChromium()]);
    browser = launched;
    server = await serve(graph, { workers: 2, timeoutMs: 30_000 });
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  beforeEach(async () => {
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
    seen = watchPage(page);
  });
  afterEach(async () => {
    expect(seen).toEqual({ problems: [], dialogs: [] });
    await page.close();
  });

  it('is the graph it says: several hundred articles, each in its own named graph', async () => {
    const response = await sparql('SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?a a wkg:Article } }');
    const json = (await response.json()) as { results: { bindings: Array<{ n: { value: string } }> } };
    expect(Number(json.results.bindings[0].n.value)).toBe(corpusSubset().length);
    expect(server.triples).toBeGreaterThan(500_000);
  });

  it('looks up the exact name first, in either script, and reaches the next page', async () => {
    const lookup = async (query: string) => (await (await fetch(`${server.origin}/lookup?${query}`)).json()) as { total: number; next?: string; results: Array<{ iri: string; label: string; match: string }> };
    const berlin = await lookup('q=Berlin&lang=en');
    expect(berlin.results[0]).toMatchObject({ iri: 'https://w3id.org/wikikg/resource/en/Berlin', label: 'Berlin', match: 'exact' });
    expect(berlin.total).toBeGreaterThan(berlin.results.length);
    const second = await lookup(berlin.next!.slice('/lookup?'.length));
    expect(second.results.length).toBeGreaterThan(0);
    expect((await lookup(`q=${encodeURIComponent('柏林')}`)).results[0]).toMatchObject({ iri: 'https://w3id.org/wikikg/resource/zh/柏林', match: 'exact' });
  });

  it("finds Berlin from the home page's search box, exact name first, and shows more on asking", async () => {
    await page.goto(url('/'));
    await page.locator('main input[type=search]').fill('berlin');
    await page.locator('main form.search button').click();
    const hits = page.locator('.search-results li.hit');
    await hits.first().waitFor();
    expect(await hits.first().getAttribute('data-match')).toBe('exact');
    expect(await hits.first().locator('a.iri').textContent()).toBe('Berlin');
    const before = await hits.count();
    await page.locator('.search-results button.more').click();
    await hits.nth(before).waitFor();
    expect(await hits.count()).toBeGreaterThan(before);
  });

  it("keeps France's page a few screens tall, its interlanguage links one list", async () => {
    await page.goto(url(FRANCE));
    await page.locator('#neighbourhood canvas').first().waitFor();
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height).toBeLessThan(MAX_PAGE_HEIGHT);
    const links = page.locator(`div.property.compact[data-property="${INTERLANGUAGE}"]`);
    expect(await links.count()).toBe(1);
    expect(await links.locator('li.fact').count()).toBeGreaterThan(200);
    expect(await links.locator('blockquote').count()).toBe(0);
  });

  it('shows evidence as rendered text with the span marked, never wikitext', async () => {
    await page.goto(url(FRANCE));
    const quotes = await page.locator('blockquote.evidence').allTextContents();
    expect(quotes.length).toBeGreaterThan(20);
    expect(quotes.filter((quote) => /\[\[|\]\]|'''|\{\{|<ref/i.test(quote))).toEqual([]);
    expect(await page.locator('blockquote.evidence mark.span').count()).toBeGreaterThan(20);
  });

  it('gives a fetch without a script the facts, with their evidence and citations', async () => {
    const response = await fetch(url('/resource/en/Berlin'), { headers: { Accept: 'text/html' } });
    const html = await response.text();
    expect(response.status).toBe(200);
    expect(html).not.toContain('Loading…');
    expect(html).toMatch(/<h1 lang="en">Berlin<\/h1>/);
    expect(html).toContain('data-predicate="https://w3id.org/wikikg/ontology#population"');
    expect(html).toMatch(/<blockquote class="evidence" lang="en"[^>]*>[^<]*(<mark class="span">)/);
    expect(html).toContain('<li class="citation">');
  });

  it('draws the neighbourhood by name, a few at a time, with more on asking', async () => {
    await page.goto(url(FRANCE));
    const status = page.locator('#neighbourhood .status');
    await status.waitFor();
    const [shown, total] = (/^(\d+) of (\d+)/.exec((await status.textContent()) ?? '') ?? []).slice(1).map(Number);
    expect(total).toBeGreaterThan(shown);
    await page.locator('#neighbourhood button.show-more').click();
    expect(Number(/^(\d+)/.exec((await status.textContent()) ?? '')?.[1])).toBeGreaterThan(shown);
  });

  it('puts on the timeline only date-typed facts, each once', async () => {
    await page.goto(url('/timeline'));
    const items = page.locator('ol.timeline-list li');
    await items.first().waitFor();
    const entries = await items.evaluateAll((nodes) => nodes.map((node) => `${node.querySelector('time')?.textContent} ${node.querySelector('a')?.getAttribute('href')}`));
    expect(entries.length).toBeGreaterThan(10);
    expect(entries.filter((entry) => !/^-?\d{4}(-\d\d)?(-\d\d)?\S* \//.test(entry))).toEqual([]);
    expect(new Set(entries).size).toBe(entries.length);
  });

  it('refuses an unbounded query at the cap, and sends a text document a page at a time, holding its text only', async () => {
    const all = await sparql('SELECT * WHERE { ?s ?p ?o }');
    expect(all.status).toBe(422);
    const text = await fetch(url('/text/en/France'), { headers: { Accept: 'application/n-triples' } });
    expect(text.status).toBe(200);
    expect(text.headers.get('link')).toContain('rel="next"');
    const subjects = new Set(parseRdf(await text.text(), 'nt').map((quad) => quad.subject.value));
    expect([...subjects].filter((subject) => !subject.startsWith('https://w3id.org/wikikg/text/en/France#char='))).toEqual([]);
  });
});
