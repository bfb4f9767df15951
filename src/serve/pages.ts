/**
 * The HTML of the browser UI: small shells that name the page's script and carry what it needs in
 * `<meta>` tags (the base IRI, the IRI shown). Everything the graph says is put into the page by the
 * scripts of `ui/` with `textContent`, never as markup, so article text cannot become HTML; the only
 * values written here are escaped.
 */
import { NS } from '../graph/vocab';

/** The pages of the UI, each a script of `ui/`. */
export type PageKind = 'home' | 'query' | 'entity' | 'article' | 'timeline' | 'not-found';

/** Scripts and styles of `/vendor/` (front-end libraries from node_modules) each page loads first. */
const VENDOR: Record<PageKind, { scripts: string[]; styles: string[] }> = {
  home: { scripts: [], styles: [] },
  query: { scripts: ['yasqe.min.js'], styles: ['yasqe.min.css'] },
  entity: { scripts: ['cytoscape.min.js'], styles: [] },
  article: { scripts: [], styles: [] },
  timeline: { scripts: ['vis-timeline-graph2d.min.js'], styles: ['vis-timeline-graph2d.min.css'] },
  'not-found': { scripts: [], styles: [] },
};

/** Text for HTML content or a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

/** What a page shell carries. */
export interface PageOptions {
  base: string;
  /** The IRI an entity or article page shows. */
  iri?: string;
  /** `<link rel="alternate">` documents: media type → path. */
  alternates?: Record<string, string>;
}

/** The HTML shell of one page. */
export function pageHtml(kind: PageKind, options: PageOptions): string {
  const vendor = VENDOR[kind];
  // The prefix table the server declares before every query, so the UI shows IRIs short with the same
  // prefixes and keeps no copy of its own.
  const meta = [`<meta name="wikikg-base" content="${escapeHtml(options.base)}">`, `<meta name="wikikg-prefixes" content="${escapeHtml(JSON.stringify(NS))}">`];
  if (options.iri !== undefined) meta.push(`<meta name="wikikg-iri" content="${escapeHtml(options.iri)}">`);
  const alternates = Object.entries(options.alternates ?? {}).map(
    ([type, href]) => `<link rel="alternate" type="${escapeHtml(type)}" href="${escapeHtml(href)}">`,
  );
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>wikikg</title>
${[...meta, ...alternates].join('\n')}
${vendor.styles.map((file) => `<link rel="stylesheet" href="/vendor/${file}">`).join('\n')}
<link rel="stylesheet" href="/ui/style.css">
${vendor.scripts.map((file) => `<script src="/vendor/${file}"></script>`).join('\n')}
<script type="module" src="/ui/${kind}.js"></script>
</head>
<body>
<header class="site">
  <a class="brand" href="/">wikikg</a>
  <nav><a href="/query">Query</a> <a href="/timeline">Timeline</a> <a href="/sparql">SPARQL endpoint</a> <a href="/.well-known/void">VoID</a></nav>
</header>
<main id="app"><p class="loading">Loading…</p></main>
<noscript>These pages need JavaScript; the data itself is at <a href="/sparql">/sparql</a> (SPARQL 1.1) and in Turtle at each IRI.</noscript>
</body>
</html>
`;
}
