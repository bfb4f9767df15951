/**
 * The evidence of a statement as HTML: its qualifiers, the sentence it was read from (rendered, with the
 * span marked; `render/quote.ts`), where that is in the article, the citations behind it (title, author,
 * publisher, dates, the URL and an archived copy: links only for http(s)), and the rule that read it.
 */
import { html, join, link, type Html } from '../html/html';
import { pathForIri } from '../linkedData';
import { quoteHtml } from '../render/quote';
import { nameOf, type Naming } from './names';
import { htmlLang, termHtml } from './terms';
import type { CitationInfo, EvidenceInfo, StatementInfo } from './statements';

/** The language of an article's text, from its IRI (`…/article/{lang}/…`), for `lang` on quotes. */
export function articleLanguage(article: string | undefined, base: string): string | undefined {
  if (!article?.startsWith(`${base}article/`)) return undefined;
  return article.slice(`${base}article/`.length).split('/')[0] || undefined;
}

/** A link to a span in its article's page (the page of facts that holds it). */
export function spanHref(article: string, base: string, evidence: Pick<EvidenceInfo, 'begin' | 'end'>): string {
  return `${pathForIri(article, base)}?at=${evidence.begin}#char=${evidence.begin},${evidence.end}`;
}

/** One statement's qualifiers, quotes, citations and rule. */
export function statementHtml(statement: StatementInfo, naming: Naming): Html {
  const lang = articleLanguage(statement.article, naming.base);
  const qualifiers = statement.qualifiers.map(
    (q) => html`<li><span class="qualifier">${nameOf(q.property, naming).value}</span>: ${termHtml(q.value, naming)}</li>`,
  );
  const quotes = statement.evidence.map((evidence) => {
    const piece = evidence.sentence ?? { text: evidence.anchor ?? '', begin: evidence.begin };
    const where = statement.article ? html` · ${link(spanHref(statement.article, naming.base, evidence), 'in the article', { class: 'in-article' })}` : '';
    return html`<div class="quote">${quoteHtml(piece, [[evidence.begin, evidence.end]], lang ? { lang: htmlLang(lang) } : {})}<p class="where">characters ${evidence.begin}–${evidence.end}${where}</p></div>`;
  });
  const citations = statement.citations.map((citation) => citationHtml(citation, naming));
  return html`<div class="statement" data-statement="${statement.iri}">
${qualifiers.length > 0 ? html`<ul class="qualifiers">${qualifiers}</ul>` : ''}${quotes}
${citations.length > 0 ? html`<ul class="citations">${citations}</ul>` : html`<p class="uncited">no citation</p>`}
<p class="rule">rule <code>${statement.rule ?? '?'}</code> · ${link(pathForIri(statement.iri, naming.base), 'statement', { class: 'statement-link' })}</p>
</div>`;
}

/** A citation as one line. */
export function citationHtml(citation: CitationInfo, naming: Naming): Html {
  const parts: Html[] = [html`<cite class="title">${citation.title || citation.url || 'untitled source'}</cite>`];
  if (citation.author) parts.push(html`<span class="author">${citation.author}</span>`);
  if (citation.publisher) parts.push(html`<span class="publisher">${nameOf(citation.publisher, naming).value}</span>`);
  if (citation.published) parts.push(html`<time class="published">${citation.published}</time>`);
  if (citation.url) parts.push(link(citation.url, 'link', { class: 'external', external: true }));
  if (citation.archive) parts.push(html`${link(citation.archive, 'archived copy', { class: 'external', external: true })}${citation.archived ? html` <time class="archived">(${citation.archived})</time>` : ''}`);
  if (citation.accessed) parts.push(html`<span class="accessed">accessed ${citation.accessed}</span>`);
  return html`<li class="citation">${join(parts, ' · ')} ${link(pathForIri(citation.iri, naming.base), '↗', { class: 'source-iri', title: citation.iri })}</li>`;
}

/** The IRIs a statement's HTML names, for fetching their labels first. */
export function statementIris(statement: StatementInfo): string[] {
  return [
    ...statement.qualifiers.flatMap((q) => [q.property, q.value.termType === 'NamedNode' ? q.value.value : '']),
    ...statement.citations.map((citation) => citation.publisher ?? ''),
  ].filter((iri) => iri !== '');
}

/** A short line for a statement in a list: subject, predicate, object. */
export function tripleHtml(statement: Pick<StatementInfo, 'subject' | 'predicate' | 'object'>, naming: Naming): Html {
  return html`<span class="triple">${termHtml(statement.subject, naming)} <span class="predicate">${nameOf(statement.predicate, naming).value}</span> ${termHtml(statement.object, naming)}</span>`;
}

