/**
 * `/search?q=NAME`: the lookup's hits as a page, so the search box works without a script (the home
 * page's script shows the same hits as you type, from `/lookup`): each hit's name, how it matched, its
 * types and its article, a page of 20 at a time.
 */
import { html, link } from '../html/html';
import type { Lookup } from '../lookup/lookupService';
import { pathForIri } from '../linkedData';
import { pagerHtml, type RenderedPage } from './pager';
import { htmlLang } from './terms';

/** Hits on one page. */
const PAGE_SIZE = 20;

/** The search page for `q`, page `page`. */
export function searchPage(lookup: Lookup, base: string, q: string, page: number, lang: string | undefined): RenderedPage {
  const form = html`<form class="search" action="/search" role="search"><input type="search" name="q" value="${q}" placeholder="a name, in any language or script" aria-label="search names"> <button type="submit">Find</button></form>`;
  if (q.trim() === '') return { title: 'Search', body: html`<h1>Search</h1>${form}`, pages: 0 };
  const found = lookup.index.search(q, { lang, offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE });
  const pages = Math.ceil(found.total / PAGE_SIZE);
  const pager = pagerHtml(`/search?${new URLSearchParams({ q })}`, page, pages);
  const items = found.hits.map((hit) => {
    const types = hit.entity.types.map((type) => lookup.classNames.get(type)).filter((name) => name !== undefined);
    const article = hit.entity.article ?? (hit.entity.mentionedIn ? { iri: hit.entity.mentionedIn } : undefined);
    const articleName = article ? (hit.entity.article?.title ?? decodeURIComponent(article.iri.split('/').pop() ?? '').replace(/_/g, ' ')) : '';
    return html`<li class="hit" data-match="${hit.match}">${link(pathForIri(hit.entity.iri, base), hit.label, { class: 'iri', lang: hit.lang ? htmlLang(hit.lang) : '', data: { iri: hit.entity.iri } })}
<span class="match">${hit.match}</span>${types.length > 0 ? html` <span class="types">${types.join(', ')}</span>` : ''}${article ? html` <span class="article">${hit.entity.article ? 'article' : 'in'} ${link(pathForIri(article.iri, base), articleName)}</span>` : ''}</li>`;
  });
  const body = html`<h1>Search</h1>${form}
<p class="summary">${found.total} ${found.total === 1 ? 'entity has' : 'entities have'} a name with “${q}”${pages > 1 ? html` · page ${page} of ${pages}` : ''}</p>
${items.length > 0 ? html`<ol class="search-results" start="${(page - 1) * PAGE_SIZE + 1}">${items}</ol>` : html`<p class="notice">Nothing has that name.</p>`}${pager.nav}`;
  return { title: `Search: ${q}`, body, pages, paging: pager.links };
}
