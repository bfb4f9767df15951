// How a fact's evidence is shown: the sentence (its wikitext, as the graph keeps it) with the span the
// fact was read from marked, and the citations behind it. Offsets in the graph are Unicode code points
// (NIF, RFC 5147), so text is cut with Array.from, never with UTF-16 indexes.
import { el, externalLink } from './dom.js';
import { localHref } from './rdf.js';

/** `<ref>…</ref>` and `<ref …/>` in wikitext: shown as a small marker outside the marked span. */
const REFERENCE = /<ref\b[^>]*\/>|<ref\b[^>]*>[\s\S]*?<\/ref\s*>/gi;

/** Wikitext with its references folded into markers (their text in the marker's tooltip). */
function quietWikitext(text) {
  const parts = [];
  let last = 0;
  for (const match of text.matchAll(REFERENCE)) {
    parts.push(text.slice(last, match.index));
    parts.push(el('sup', { class: 'ref', title: match[0] }, '[ref]'));
    last = match.index + match[0].length;
  }
  parts.push(text.slice(last));
  return parts;
}

/** The marked span: references folded too, unless they are all it holds (a citation's evidence is its ref). */
function markedWikitext(text) {
  return text.replace(REFERENCE, '').trim() === '' ? [text] : quietWikitext(text);
}

/**
 * A quote of the evidence: `text` starts at code point `textBegin` of the article; `[begin, end)` is the
 * span to mark. Without a containing sentence the span itself is the quote, all of it marked.
 */
export function evidenceQuote({ text, textBegin, begin, end }) {
  const chars = Array.from(text);
  const from = Math.min(Math.max(begin - textBegin, 0), chars.length);
  const to = Math.min(Math.max(end - textBegin, from), chars.length);
  return el(
    'blockquote',
    { class: 'evidence', 'data-begin': begin, 'data-end': end },
    ...quietWikitext(chars.slice(0, from).join('')),
    el('mark', { class: 'span' }, ...markedWikitext(chars.slice(from, to).join(''))),
    ...quietWikitext(chars.slice(to).join('')),
  );
}

/** A citation as one line: title, publisher, dates, the URL and the archived copy (links only for http(s)). */
export function citationNode(citation, publisherName) {
  const parts = [el('cite', { class: 'title' }, citation.title || citation.url || 'untitled source')];
  if (citation.author) parts.push(' · ', el('span', { class: 'author' }, citation.author));
  if (publisherName) parts.push(' · ', el('span', { class: 'publisher' }, publisherName));
  if (citation.published) parts.push(' · ', el('time', { class: 'published' }, citation.published));
  if (citation.url) parts.push(' · ', externalLink(citation.url, 'link'));
  if (citation.archive) {
    parts.push(' · ', externalLink(citation.archive, 'archived copy'));
    if (citation.archived) parts.push(' ', el('time', { class: 'archived' }, `(${citation.archived})`));
  }
  if (citation.accessed) parts.push(' · ', el('span', { class: 'accessed' }, `accessed ${citation.accessed}`));
  parts.push(' ', el('a', { href: localHref(citation.iri), class: 'source-iri', title: citation.iri }, '↗'));
  return el('li', { class: 'citation' }, ...parts);
}
