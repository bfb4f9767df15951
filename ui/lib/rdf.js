// Talking to the server's SPARQL endpoint and showing RDF terms: links for IRIs (to this server's pages
// for the graph's own IRIs), text for literals, and labels in the reader's languages.
import { el, externalLink } from './dom.js';

/** The content of a <meta name=…> the server wrote. */
export function meta(name) {
  const node = document.querySelector(`meta[name="${name}"]`);
  return node ? node.getAttribute('content') : '';
}

/** The base of the graph's own IRIs. */
export const BASE = meta('wikikg-base');

/** Prefixes for showing IRIs short: the table the server declares before every query, given in the page. */
export const NS = JSON.parse(meta('wikikg-prefixes') || '{}');

/** Runs a SELECT or ASK on /sparql and returns its SPARQL JSON; an error says the server's message. */
export async function sparql(query) {
  const response = await fetch('/sparql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/sparql-query', Accept: 'application/sparql-results+json' },
    body: query,
  });
  if (!response.ok) throw new Error(`${response.status} ${(await response.text()).trim()}`);
  return response.json();
}

/** The rows of a SELECT: one object per row, variable → term ({type, value, xml:lang, datatype}). */
export async function select(query) {
  return (await sparql(query)).results.bindings;
}

/** An IRI for a query text; refuses a string that could break out of <…>. */
export function iriRef(iri) {
  if (!/^[A-Za-z][A-Za-z0-9+.-]*:[^<>"{}|^`\\\u0000-\u0020]*$/.test(iri)) throw new Error(`not an IRI: ${iri}`);
  return `<${iri}>`;
}

/** A string literal for a query text. */
export function stringLiteral(text) {
  return `"${text.replace(/[\\"\n\r\t]/g, (c) => ({ '\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r', '\t': '\\t' })[c])}"`;
}

/** The path of this server's page about an IRI. */
export function localHref(iri) {
  if (BASE.endsWith('/') && iri.startsWith(BASE) && iri.length > BASE.length && !iri.includes('#')) return `/${iri.slice(BASE.length)}`;
  return `/describe?iri=${encodeURIComponent(iri)}`;
}

/** `wkg:director` for IRIs under a known prefix, else the IRI. */
export function compact(iri) {
  for (const [prefix, ns] of Object.entries(NS)) {
    if (iri.startsWith(ns) && /^[\p{L}_][\p{L}\p{N}_-]*$/u.test(iri.slice(ns.length))) return `${prefix}:${iri.slice(ns.length)}`;
  }
  return iri;
}

/** The reader's languages, lower-cased, then the graph's usual ones, for choosing labels. */
export function preferredLanguages() {
  const fromBrowser = (navigator.languages || [navigator.language || 'en']).map((tag) => tag.toLowerCase());
  const widened = fromBrowser.flatMap((tag) => (tag.includes('-') ? [tag, tag.split('-')[0]] : [tag]));
  return [...new Set([...widened, 'en', 'zh-hant', 'zh', 'zh-hans', ''])];
}

const LANGUAGES = preferredLanguages();

/** The best of several labels ({value, lang}) for the reader, or undefined. */
export function pickLabel(labels) {
  if (!labels || labels.length === 0) return undefined;
  let best;
  let bestRank = Infinity;
  for (const label of labels) {
    const lang = (label.lang || '').toLowerCase();
    let rank = LANGUAGES.indexOf(lang);
    if (rank < 0) rank = LANGUAGES.findIndex((wanted) => wanted !== '' && lang.startsWith(`${wanted}-`));
    if (rank < 0) rank = LANGUAGES.length;
    if (rank < bestRank || (rank === bestRank && label.value < best.value)) [best, bestRank] = [label, rank];
  }
  return best.value;
}

/** Labels (rdfs:label, skos:prefLabel, schema:name, wkg:statedAs) of many IRIs: a Map of IRI → [{value, lang}]. */
export async function fetchLabels(iris) {
  const wanted = [...new Set(iris)].filter((iri) => {
    try {
      iriRef(iri);
      return true;
    } catch {
      return false;
    }
  });
  const labels = new Map();
  for (let i = 0; i < wanted.length; i += 150) {
    const values = wanted.slice(i, i + 150).map(iriRef).join(' ');
    const rows = await select(`SELECT ?x ?label WHERE { VALUES ?x { ${values} } ?x rdfs:label|skos:prefLabel|schema:name|wkg:statedAs ?label }`);
    for (const row of rows) {
      const list = labels.get(row.x.value) ?? [];
      list.push({ value: row.label.value, lang: row.label['xml:lang'] || '' });
      labels.set(row.x.value, list);
    }
  }
  return labels;
}

/**
 * The name to show for an IRI: its best label, else what its path says (as the server names it:
 * `quantity of X`, `statement in X`), never a bare tail of an IRI.
 */
export function nameOf(iri, labels) {
  const label = pickLabel(labels.get(iri));
  if (label !== undefined) return label;
  if (BASE && iri.startsWith(BASE) && !iri.includes('#')) {
    let parts;
    try {
      parts = iri.slice(BASE.length).split('/').map((part) => decodeURIComponent(part).replace(/_/g, ' '));
    } catch {
      return compact(iri);
    }
    const [kind, , title, ...rest] = parts;
    if (title === undefined) return parts.join(' ');
    if (kind === 'statement') return `statement in ${title}`;
    if (kind === 'source') return `source ${rest.join(' ')} in ${title}`;
    if (kind === 'category') return `Category: ${title}`;
    if (rest.length >= 2) return `${rest[0]} of ${title}`;
    if (rest.length === 1) return `${rest[0]} (${title})`;
    return title;
  }
  return compact(iri);
}

/** The Wikidata id of an IRI (`Q884`), when it is a Wikidata item. */
export function wikidataId(iri) {
  const match = /^https?:\/\/www\.wikidata\.org\/entity\/(Q\d+)$/.exec(iri);
  return match ? match[1] : undefined;
}

/**
 * A term as a node: an IRI of the graph (or any IRI the graph describes) links to its page here, other
 * web IRIs link out, a literal is text with its language or datatype beside it.
 */
export function termNode(term, labels = new Map()) {
  if (!term) return el('span', { class: 'unbound' }, '');
  if (term.type === 'uri') {
    const iri = term.value;
    if (iri.startsWith(BASE) || iri.startsWith(NS.wkg) || labels.has(iri)) {
      return el('a', { href: localHref(iri), class: 'iri', title: iri }, nameOf(iri, labels));
    }
    if (wikidataId(iri)) return externalLink(iri, `Wikidata ${wikidataId(iri)}`);
    return /^https?:/i.test(iri) ? externalLink(iri, compact(iri)) : el('span', { class: 'iri-text', title: iri }, compact(iri));
  }
  if (term.type === 'bnode') return el('span', { class: 'bnode' }, `_:${term.value}`);
  const tag = term['xml:lang'] ? `@${term['xml:lang']}` : term.datatype && term.datatype !== `${NS.xsd}string` ? compact(term.datatype) : '';
  return el('span', { class: 'literal' }, el('span', { class: 'value' }, term.value), tag ? el('span', { class: 'tag' }, tag) : null);
}

/** A stable key for a term, to match the same term from two queries. */
export function termKey(term) {
  if (!term) return '';
  return `${term.type === 'typed-literal' ? 'literal' : term.type} ${term.value} ${(term['xml:lang'] || '').toLowerCase()} ${term.datatype || ''}`;
}

/** The language's name in English (`zh-hant` → Chinese (Traditional)), or the tag itself. */
export function languageName(tag) {
  if (!tag) return '';
  try {
    const names = new Intl.DisplayNames(['en'], { type: 'language' });
    const [language, ...rest] = tag.split('-');
    const script = rest.find((part) => part.length === 4);
    const region = rest.find((part) => part.length === 2);
    const scriptName = script ? new Intl.DisplayNames(['en'], { type: 'script' }).of(script[0].toUpperCase() + script.slice(1)) : '';
    const regionName = region ? new Intl.DisplayNames(['en'], { type: 'region' }).of(region.toUpperCase()) : '';
    const details = [scriptName, regionName].filter(Boolean).join(', ');
    return `${names.of(language)}${details ? ` (${details})` : ''}`;
  } catch {
    return tag;
  }
}
