import * as fs from 'fs';
import * as path from 'path';
import type { Browser, Page } from 'playwright-core';
import { pathForIri } from '../../src/serve/linkedData';
import type { RunningServer } from '../../src/serve/server';
import { DEFAULT_BASE } from '../../src/graph/vocab';
import { runCli, tempDir, writeTree } from '../cli/helpers';
import { describeWithChromium, launchChromium, ROOT, serve, watchPage } from './helpers';

/**
 * Article text is untrusted. An article whose title, links, template values and citations carry
 * `<script>`, event handlers, quotes, `javascript:` and `data:` URLs is built with `wikikg build`,
 * served, and every page that shows it is checked in the browser: nothing ran (no script, no handler, no
 * dialog), no link leads to javascript: or data:, and the hostile text is there, as text.
 */
// A title is stored as MediaWiki stores it (`_` is a space), so the title's script names `__xss` without writing `_`.
const TITLE = `<script>window[String.fromCharCode(95, 95) + 'xss']='title'</script>"Evil" 'office'`;
const WIKITEXT = `{{Infobox organization
| name = <script>window.__xss = 'infobox name'</script>"Evil" '&' office
| website = javascript:window.__xss='website'
| founded = 2001
| headquarters = [[<script>window.__xss='hq'</script>|"><img src=x onerror="window.__xss='img'">]]
}}
'''<script>window.__xss='bold'</script>"Evil" office''' is an organisation in [[javascript:alert(1)|"Quoted" <b onmouseover="window.__xss='b'">place</b>]] founded by [[Eve "the <script>" Person]].<ref>{{cite web |url=javascript:window.__xss='cite url' |title=<script>window.__xss='cite title'</script>Title "quoted" |publisher=<img src=x onerror="window.__xss='publisher'"> |date=2019-03-22 |archive-url=data:text/html,<script>window.__xss='archive'</script> |archive-date=2019-03-23}}</ref>

It was opened on 1 May 2010.<ref>[javascript:window.__xss='ext' external "label"]</ref><ref>{{cite news |url=data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg== |title=Data URL news |date=2010-05-01}}</ref>

== See also ==
* [https://example.org/ok Safe link]

[[Category:<script>window.__xss='cat'</script>]]
`;

describeWithChromium()('hostile article text in the browser UI', () => {
  let dir: string;
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    dir = tempDir('wikikg-serve-xss-');
    writeTree(dir, { 'evil.wiki': WIKITEXT });
    const build = await runCli(['build', 'evil.wiki', '--out', 'out', '--lang', 'en', '--title', TITLE, '--jobs', '1'], { cwd: dir, packageRoot: ROOT });
    if (build.code !== 0) throw new Error(`build failed:\n${build.stderr}`);
    [server, browser] = await Promise.all([serve(path.join(dir, 'out'), { workers: 1 }), launchChromium()]);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  async function select(query: string): Promise<string[][]> {
    const response = await fetch(`${server.origin}/sparql?${new URLSearchParams({ query, format: 'json' })}`);
    const json = (await response.json()) as { head: { vars: string[] }; results: { bindings: Array<Record<string, { value: string }>> } };
    return json.results.bindings.map((row) => json.head.vars.map((v) => row[v]?.value ?? ''));
  }

  it('builds a graph that really carries the hostile text and URLs (so that the checks below mean something)', async () => {
    const labels = (await select('SELECT ?l WHERE { ?s rdfs:label ?l }')).flat();
    expect(labels).toContain(TITLE);
    const urls = (await select('SELECT ?u WHERE { ?c a wkg:Citation . { ?c schema:url ?u } UNION { ?c wkg:archiveUrl ?u } }')).flat();
    expect(urls).toEqual(expect.arrayContaining([expect.stringMatching(/^javascript:/), expect.stringMatching(/^data:text\/html,<script>/), expect.stringMatching(/^data:text\/html;base64/)]));
  });

  /** Opens a page, waits for `ready`, and checks that nothing hostile became live. */
  async function check(pathname: string, ready: string, expectText?: string, act?: (page: Page) => Promise<void>): Promise<void> {
    const page: Page = await browser.newPage();
    const seen = watchPage(page);
    try {
      await page.goto(`${server.origin}${pathname}`);
      await page.locator(ready).first().waitFor();
      await act?.(page);
      await page.waitForLoadState('networkidle');
      const dom = await page.evaluate(() => ({
        ran: (window as unknown as { __xss?: string }).__xss ?? null,
        badLinks: [...document.querySelectorAll('a[href]')].map((a) => (a as HTMLAnchorElement).href).filter((href) => !/^https?:/.test(href)),
        handlers: [...document.querySelectorAll('*')].flatMap((node) => [...node.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${node.tagName} ${a.name}`)),
        scripts: [...document.scripts].map((script) => script.getAttribute('src') ?? `inline: ${script.textContent}`).filter((src) => !/^\/(ui|vendor)\//.test(src)),
        images: document.querySelectorAll('img, iframe, object, embed').length,
        text: document.body.textContent ?? '',
      }));
      expect({ ...dom, text: undefined }).toEqual({ ran: null, badLinks: [], handlers: [], scripts: [], images: 0, text: undefined });
      if (expectText) expect(dom.text).toContain(expectText);
      expect(seen).toEqual({ problems: [], dialogs: [] });
    } finally {
      await page.close();
    }
  }

  it('keeps the entity page inert: names, infobox values and citations are text, javascript: and data: URLs are not links', async () => {
    const [[entity]] = await select('SELECT ?e WHERE { ?a a wkg:Article ; schema:about ?e }');
    await check(pathForIri(entity, DEFAULT_BASE), 'section.facts', TITLE);
    await check(pathForIri(entity, DEFAULT_BASE), 'section.facts', "javascript:window.__xss='cite url'");
  });

  it('keeps the article page inert', async () => {
    const [[article]] = await select('SELECT ?a WHERE { ?a a wkg:Article }');
    // The sentence as a reader sees it: the quote marks are gone, the <script> that is no wiki markup is text.
    await check(pathForIri(article, DEFAULT_BASE), 'li.span-fact', `<script>window.__xss='bold'</script>"Evil" office`);
  });

  it('keeps every citation page inert', async () => {
    const citations = (await select('SELECT ?c WHERE { ?c a wkg:Citation } ORDER BY ?c')).flat();
    expect(citations.length).toBeGreaterThanOrEqual(3);
    for (const citation of citations) await check(pathForIri(citation, DEFAULT_BASE), 'section.facts');
  });

  it('keeps the pages of linked and unlinked names inert', async () => {
    const entities = (await select(`SELECT DISTINCT ?e WHERE { ?e a ?t FILTER (STRSTARTS(STR(?e), "${DEFAULT_BASE}resource/")) } ORDER BY ?e`)).flat();
    for (const entity of entities) await check(pathForIri(entity, DEFAULT_BASE), 'h1');
  });

  it('writes the hostile text escaped into the HTML the server renders, read without a script', async () => {
    const [[entity, article]] = await select('SELECT ?e ?a WHERE { ?a a wkg:Article ; schema:about ?e }');
    const statements = (await select(`SELECT ?st WHERE { ?st rdf:subject <${entity}> } ORDER BY ?st LIMIT 3`)).flat();
    const pages = [entity, article, ...statements].map((iri) => pathForIri(iri, DEFAULT_BASE));
    pages.push(`/search?${new URLSearchParams({ q: `<script>window.__xss='q'</script>"evil` })}`, `/search?${new URLSearchParams({ q: 'Evil' })}`);
    for (const pathname of pages) {
      const response = await fetch(`${server.origin}${pathname}`, { headers: { Accept: 'text/html' } });
      expect([pathname, response.status]).toEqual([pathname, 200]);
      const markup = await response.text();
      const scripts = [...markup.matchAll(/<script\b[^>]*>/gi)].map((m) => m[0]).filter((tag) => !/^<script( type="module")? src="\/(ui|vendor)\/[\w./-]+"><?/.test(tag));
      const handlers = [...markup.matchAll(/<[a-z][^>]*\son[a-z]+\s*=/gi)].map((m) => m[0]);
      const hrefs = [...markup.matchAll(/\shref="([^"]*)"/g)].map((m) => m[1]).filter((href) => !/^(\/|#|\?|https?:)/.test(href));
      expect({ pathname, scripts, handlers, hrefs, images: /<(img|iframe|object|embed)\b/i.test(markup) }).toEqual({ pathname, scripts: [], handlers: [], hrefs: [], images: false });
    }
    const entityMarkup = await (await fetch(`${server.origin}${pathForIri(entity, DEFAULT_BASE)}`, { headers: { Accept: 'text/html' } })).text();
    expect(entityMarkup).toContain('&lt;script&gt;window[String.fromCharCode(95, 95) + &#39;xss&#39;]=&#39;title&#39;&lt;/script&gt;&quot;Evil&quot;');
    const found = await (await fetch(`${server.origin}/search?q=${encodeURIComponent('<script>')}`)).text();
    expect(found).toContain('&lt;script&gt;');
  });

  it('keeps the home page, the timeline and query results inert', async () => {
    await check('/', 'ul.article-list li', TITLE);
    await check('/timeline', 'ol.timeline-list li');
    const query = 'SELECT ?s ?p ?o WHERE { ?s ?p ?o FILTER (CONTAINS(STR(?o), "script") || STRSTARTS(STR(?o), "javascript:") || STRSTARTS(STR(?o), "data:")) }';
    await check(`/query?${new URLSearchParams({ query })}`, '.CodeMirror', TITLE, async (page) => {
      await page.locator('button.run').click();
      await page.locator('table.result-table tbody tr').first().waitFor();
    });
  });
});
