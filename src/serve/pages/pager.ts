/**
 * What a rendered page gives back to the route that sends it, and the pager of a page cut into pages:
 * previous and next links that work without a script, and the same as `<link rel>` in the head.
 */
import { html, link, type Html } from '../html/html';

/** A page rendered on the server. */
export interface RenderedPage {
  /** What the page is about, for the title, and the language that name is in. */
  title: string;
  titleLang?: string;
  body: Html;
  /** How many pages the content has (0 when there is nothing). */
  pages: number;
  paging?: { prev?: string; next?: string };
}

/** `path` with `name=value` added to its query. */
export function withParameter(path: string, name: string, value: string | number): string {
  return `${path}${path.includes('?') ? '&' : '?'}${name}=${encodeURIComponent(String(value))}`;
}

/** The pager of page `page` of `pages` at `path`. */
export function pagerHtml(path: string, page: number, pages: number): { nav: Html; links: { prev?: string; next?: string } } {
  if (pages <= 1) return { nav: html``, links: {} };
  const href = (n: number) => (n === 1 ? path : withParameter(path, 'page', n));
  const links = { ...(page > 1 ? { prev: href(page - 1) } : {}), ...(page < pages ? { next: href(page + 1) } : {}) };
  const parts = [
    links.prev ? link(links.prev, '← previous', { class: 'prev' }) : '',
    html`<span class="where">page ${page} of ${pages}</span>`,
    links.next ? link(links.next, 'next →', { class: 'next' }) : '',
  ];
  return { nav: html`<nav class="pager">${parts}</nav>`, links };
}

/** The Turtle document of a page's IRI (`X.ttl`, or `/describe?iri=…&format=ttl`). */
export function turtleHref(path: string): string {
  return path.startsWith('/describe?') ? withParameter(path, 'format', 'ttl') : `${path}.ttl`;
}
