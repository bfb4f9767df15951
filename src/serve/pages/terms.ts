/**
 * RDF terms as HTML: an IRI of the graph (or one the graph names) links to its page on this server by
 * its name, a Wikidata item links out as `Wikidata Q884`, other web IRIs link out, a literal is its text
 * with its language marked (`lang`) and its language or datatype beside it; a very long literal (an
 * abstract) is folded.
 */
import type { Term } from '@rdfjs/types';
import { NS } from '../../graph/vocab';
import { html, link, type Html } from '../html/html';
import { pathForIri } from '../linkedData';
import { nameOf, pathName, type Naming } from './names';

/** Characters of a literal shown before the rest is folded. */
const LONG_LITERAL = 400;

/** The Wikidata id of an IRI (`Q884`), when it is a Wikidata item. */
export function wikidataId(iri: string): string | undefined {
  return /^https?:\/\/www\.wikidata\.org\/entity\/(Q\d+)$/.exec(iri)?.[1];
}

/** A BCP 47 tag as HTML wants it in `lang` (the store lower-cases them: `zh-hant` → `zh-Hant`). */
export function htmlLang(tag: string): string {
  return tag
    .split('-')
    .map((part, i) => (i === 0 ? part : part.length === 4 ? part[0].toUpperCase() + part.slice(1) : part.length === 2 ? part.toUpperCase() : part))
    .join('-');
}

/** An IRI as a link to its page here (by name), out to the web, or as text. */
export function iriHtml(iri: string, naming: Naming, className = 'iri'): Html {
  const local = iri.startsWith(naming.base) || iri.startsWith(NS.wkg) || naming.labels.has(iri);
  if (local) {
    const name = nameOf(iri, naming);
    return link(pathForIri(iri, naming.base), name.value, { class: className, title: iri, ...(name.lang ? { lang: htmlLang(name.lang) } : {}), data: { iri } });
  }
  const item = wikidataId(iri);
  if (item) return link(`https://www.wikidata.org/wiki/${item}`, `Wikidata ${item}`, { class: 'external', external: true, title: iri });
  if (/^https?:/i.test(iri)) return link(iri, pathName(iri, naming.base), { class: 'external', external: true });
  return html`<span class="iri-text" title="${iri}">${pathName(iri, naming.base)}</span>`;
}

/** Any term. */
export function termHtml(term: Term, naming: Naming): Html {
  if (term.termType === 'NamedNode') return iriHtml(term.value, naming);
  if (term.termType === 'BlankNode') return html`<span class="bnode">_:${term.value}</span>`;
  if (term.termType !== 'Literal') return html`<span class="unbound"></span>`;
  const lang = term.language ? htmlLang(term.language) : '';
  const datatype = term.datatype.value;
  const tag = lang ? `@${term.language}` : datatype !== `${NS.xsd}string` && datatype !== `${NS.rdf}langString` ? pathName(datatype, naming.base) : '';
  const chars = Array.from(term.value);
  const langAttribute = lang ? html` lang="${lang}"` : '';
  const tagHtml = tag ? html`<span class="tag">${tag}</span>` : '';
  if (chars.length <= LONG_LITERAL) return html`<span class="literal"><span class="value"${langAttribute}>${term.value}</span>${tagHtml}</span>`;
  return html`<span class="literal long"><span class="value"${langAttribute}>${chars.slice(0, 300).join('')} …</span>${tagHtml}<details><summary>all ${chars.length} characters</summary><span class="value"${langAttribute}>${term.value}</span></details></span>`;
}
