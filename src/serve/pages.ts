/**
 * The HTML of the browser UI. Entity, article, statement and search pages are rendered here with their
 * content (`pages/`), so crawlers, readers without JavaScript and screen readers get the facts; the
 * scripts of `ui/` only add to them (the graph, selecting spans, live search). The query, home and
 * timeline pages are shells their scripts fill. Every value is escaped (`html/html.ts`); the page carries
 * what scripts need in `<meta>` tags (the base IRI, the IRI shown), never in an inline script.
 */
import { NS } from '../graph/vocab';
import { html, type Html } from './html/html';

export { escapeHtml } from './html/html';

/** The pages of the UI, each a script of `ui/`. */
export type PageKind = 'home' | 'query' | 'entity' | 'article' | 'statement' | 'search' | 'timeline' | 'not-found';

/** Scripts and styles of `/vendor/` (front-end libraries from node_modules) each page loads first. */
const VENDOR: Record<PageKind, { scripts: string[]; styles: string[] }> = {
  home: { scripts: [], styles: [] },
  query: { scripts: ['yasqe.min.js'], styles: ['yasqe.min.css'] },
  entity: { scripts: ['cytoscape.min.js'], styles: [] },
  article: { scripts: [], styles: [] },
  statement: { scripts: [], styles: [] },
  search: { scripts: [], styles: [] },
  timeline: { scripts: ['vis-timeline-graph2d.min.js'], styles: ['vis-timeline-graph2d.min.css'] },
  'not-found': { scripts: [], styles: [] },
};

/** What a page carries. */
export interface PageOptions {
  base: string;
  /** The IRI an entity or article page shows. */
  iri?: string;
  /** `<link rel="alternate">` documents: media type → path. */
  alternates?: Record<string, string>;
  /** The page's title (the entity's name), and the language it is in. */
  title?: string;
  titleLang?: string;
  /** The content, rendered on the server; without it the page's script fills it. */
  body?: Html;
  /** `<link rel="prev|next">` of a paged page. */
  paging?: { prev?: string; next?: string };
}

/** The HTML of one page. */
export function pageHtml(kind: PageKind, options: PageOptions): string {
  const vendor = VENDOR[kind];
  // The prefix table the server declares before every query, so the UI shows IRIs short with the same
  // prefixes and keeps no copy of its own.
  const meta = [html`<meta name="wikikg-base" content="${options.base}">`, html`<meta name="wikikg-prefixes" content="${JSON.stringify(NS)}">`];
  if (options.iri !== undefined) meta.push(html`<meta name="wikikg-iri" content="${options.iri}">`);
  const alternates = Object.entries(options.alternates ?? {}).map(([type, href]) => html`<link rel="alternate" type="${type}" href="${href}">`);
  const paging = Object.entries(options.paging ?? {}).map(([rel, href]) => html`<link rel="${rel}" href="${href}">`);
  const title = options.title ? `${options.title} · wikikg` : 'wikikg';
  const current = options.title ? html`<span class="current"${options.titleLang ? html` lang="${options.titleLang}"` : ''}>${options.title}</span>` : '';
  const main = options.body
    ? html`<main id="app" class="rendered">${options.body}</main>`
    : html`<main id="app"><p class="loading">Loading…</p></main>
<noscript>This page needs JavaScript; the data itself is at <a href="/sparql">/sparql</a> (SPARQL 1.1), at <a href="/lookup?q=">/lookup</a> and in Turtle at each IRI.</noscript>`;
  return html`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
${meta.map((tag) => html`${tag}\n`)}${[...alternates, ...paging].map((tag) => html`${tag}\n`)}${vendor.styles.map((file) => html`<link rel="stylesheet" href="/vendor/${file}">\n`)}<link rel="stylesheet" href="/ui/style.css">
${vendor.scripts.map((file) => html`<script src="/vendor/${file}"></script>\n`)}<script type="module" src="/ui/${kind}.js"></script>
</head>
<body>
<header class="site">
  <a class="brand" href="/">wikikg</a>${current}
  <nav><a href="/query">Query</a> <a href="/timeline">Timeline</a> <a href="/sparql">SPARQL endpoint</a> <a href="/.well-known/void">VoID</a></nav>
  <form class="site-search" action="/search" role="search"><input type="search" name="q" placeholder="Find a name" aria-label="find a name"></form>
</header>
${main}
</body>
</html>
`.markup;
}
