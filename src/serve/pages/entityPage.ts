/**
 * The page of an entity (or of any IRI the graph mentions), rendered on the server: its names in every
 * language and script, its types, its facts grouped by property with each fact's statements (the
 * sentence it was read from, rendered with the span marked, and the citations behind it), what points
 * at it, and a place for the graph of its neighbourhood, which `ui/entity.js` draws from the links on
 * the page. A large entity's facts come a page at a time (`?page=N`).
 */
import type { Term } from '@rdfjs/types';
import { owl, rdf, rdfs, schema, skos, PROPERTY, wkg } from '../../graph/vocab';
import { html, link, type Html } from '../html/html';
import { pathForIri } from '../linkedData';
import type { RowSource } from '../lookup/lookupService';
import { statementHtml, statementIris } from './evidence';
import { groupFacts, groupHtml, pageGroups, type Fact } from './factGroups';
import { fetchLabels, nameOf, type Naming } from './names';
import { fetchStatements, factKey, type StatementInfo } from './statements';
import { htmlLang, iriHtml, termHtml, wikidataId } from './terms';
import { pagerHtml, turtleHref, type RenderedPage } from './pager';

/** Properties whose literal values are names. */
const NAME_PROPERTIES = new Set([rdfs.label, skos.prefLabel, skos.altLabel, wkg.nativeLabel, PROPERTY.officialName, schema.name].map((term) => term.value));
/** Facts and incoming links read at most (a page shows far fewer). */
const MAX_FACTS = 5000;
const MAX_INCOMING = 500;
/** Incoming links shown before the rest is folded. */
const INCOMING_SHOWN = 40;

/** The entity page of `iri`, page `page` of its facts. */
export async function entityPage(rows: RowSource, base: string, iri: string, page: number, languages: readonly string[]): Promise<RenderedPage> {
  const [factRows, incomingRows, statements] = await Promise.all([
    rows(`SELECT DISTINCT ?p ?o WHERE { <${iri}> ?p ?o } ORDER BY ?p ?o LIMIT ${MAX_FACTS}`),
    rows(`SELECT DISTINCT ?s ?p WHERE { ?s ?p <${iri}> FILTER (?p NOT IN (rdf:subject, rdf:object)) } ORDER BY ?p ?s LIMIT ${MAX_INCOMING + 1}`),
    fetchStatements(rows, `?st rdf:subject <${iri}> .`),
  ]);
  const facts: Fact[] = factRows.map((row) => ({ predicate: row.p!.value, object: row.o! }));
  const names = facts.filter((fact) => NAME_PROPERTIES.has(fact.predicate) && fact.object.termType === 'Literal');
  const types = facts.filter((fact) => fact.predicate === rdf.type.value);
  const rest = facts.filter((fact) => !names.includes(fact) && !types.includes(fact));
  const byFact = new Map<string, StatementInfo[]>();
  for (const statement of statements) {
    const key = factKey(statement.predicate, statement.object);
    byFact.set(key, [...(byFact.get(key) ?? []), statement]);
  }
  // Grouping orders properties by name, so their labels come first; then the labels of what the page shows.
  const propertyLabels = await fetchLabels(rows, [iri, ...new Set(facts.map((fact) => fact.predicate))]);
  const pages = pageGroups(groupFacts(rest, { base, labels: propertyLabels, languages }));
  const shown = pages[page - 1] ?? [];
  const shownStatements = shown.flatMap((group) => group.facts.flatMap((fact) => byFact.get(factKey(fact.predicate, fact.object)) ?? []));
  const iris = [
    ...shown.flatMap((group) => group.facts.map((fact) => (fact.object.termType === 'NamedNode' ? fact.object.value : ''))),
    ...types.map((fact) => fact.object.value),
    ...(page === 1 ? incomingRows.flatMap((row) => [row.s!.value, row.p!.value]) : []),
    ...shownStatements.flatMap(statementIris),
    ...names.flatMap((fact) => (byFact.get(factKey(fact.predicate, fact.object)) ?? []).flatMap(statementIris)),
  ].filter((x) => x !== '');
  const labels = await fetchLabels(rows, iris);
  for (const [key, value] of propertyLabels) labels.set(key, value);
  const naming: Naming = { base, labels, languages };
  const title = nameOf(iri, naming);
  if (facts.length === 0 && incomingRows.length === 0) return { title: title.value, body: html`<p class="notice">The graph says nothing about this IRI.</p>`, pages: 0 };
  const pager = pagerHtml(pathForIri(iri, base), page, pages.length);
  const body = html`${headerHtml(iri, title, facts, naming)}
${page === 1 && names.length > 0 ? namesHtml(names, byFact, naming) : ''}
${page === 1 && types.length > 0 ? html`<section class="types"><h2>Types</h2><ul class="inline">${types.map((fact) => html`<li>${termHtml(fact.object, naming)}</li>`)}</ul></section>` : ''}
${shown.length > 0 ? html`<section class="facts"><h2>Facts${pages.length > 1 ? html` <span class="count">page ${page} of ${pages.length}</span>` : ''}</h2>${shown.map((group) => groupHtml(group, byFact, naming))}${pager.nav}</section>` : ''}
${page === 1 && incomingRows.length > 0 ? incomingHtml(iri, incomingRows, naming) : ''}
${page === 1 ? html`<section class="neighbourhood"><h2>Neighbourhood</h2><div id="neighbourhood" class="graph"><p class="notice">The graph of its links is drawn by the page's script; the facts above hold the same links.</p></div></section>` : ''}`;
  return { title: title.value, ...(title.lang ? { titleLang: htmlLang(title.lang) } : {}), body, pages: pages.length, paging: pager.links };
}

/** The title, the IRI, the Wikidata item, the Wikipedia page and the RDF documents. */
function headerHtml(iri: string, title: { value: string; lang: string }, facts: readonly Fact[], naming: Naming): Html {
  const links: Html[] = [];
  for (const fact of facts) {
    const item = fact.predicate === owl.sameAs.value ? wikidataId(fact.object.value) : undefined;
    if (item) links.push(html`<li class="wikidata">Wikidata item ${link(`https://www.wikidata.org/wiki/${item}`, item, { class: 'external', external: true })}</li>`);
    if (fact.predicate === schema.mainEntityOfPage.value) links.push(html`<li class="wikipedia">Wikipedia ${link(fact.object.value, fact.object.value, { class: 'external', external: true })}</li>`);
  }
  const path = pathForIri(iri, naming.base);
  const documents = [['Turtle', 'ttl', '.ttl'], ['JSON-LD', 'jsonld', '.jsonld'], ['N-Triples', 'nt', '.nt'], ['RDF/XML', 'rdfxml', '.rdf']].map(([name, format, suffix]) =>
    link(path.startsWith('/describe?') ? `${path}&format=${format}` : `${path}${suffix}`, name, { class: 'document' }),
  );
  const query = `/query?${new URLSearchParams({ query: `SELECT ?p ?o WHERE {\n  <${iri}> ?p ?o\n}` })}`;
  return html`<header class="entity-header">
<h1${title.lang ? html` lang="${htmlLang(title.lang)}"` : ''}>${title.value}</h1>
<p class="iri"><code>${iri}</code></p>
${links.length > 0 ? html`<ul class="links">${links}</ul>` : ''}
<p class="documents">Data: ${documents.map((document, i) => html`${i > 0 ? ' · ' : ''}${document}`)} · ${link(query, 'query')}</p>
</header>`;
}

/** Every name, with its language and script, the property that gives it and where it was read (folded). */
function namesHtml(names: readonly Fact[], byFact: ReadonlyMap<string, StatementInfo[]>, naming: Naming): Html {
  const language = (fact: Fact) => (fact.object.termType === 'Literal' ? fact.object.language : '');
  const sorted = [...names].sort((a, b) => (language(a) < language(b) ? -1 : language(a) > language(b) ? 1 : a.object.value < b.object.value ? -1 : 1));
  const rows = sorted.map((fact) => {
    const lang = language(fact);
    const statements = byFact.get(factKey(fact.predicate, fact.object)) ?? [];
    const read = statements.length > 0 ? html`<details><summary>${statements.length} statement${statements.length > 1 ? 's' : ''}</summary>${statements.map((statement) => statementHtml(statement, naming))}</details>` : '';
    return html`<tr class="name"><td class="name-value"${lang ? html` lang="${htmlLang(lang)}"` : ''}>${fact.object.value}</td><td><code>${lang || '—'}</code> ${languageName(lang)}</td><td>${nameOf(fact.predicate, naming).value}</td><td>${read}</td></tr>`;
  });
  return html`<section class="names"><h2>Names</h2><table><thead><tr><th>name</th><th>language / script</th><th>as</th><th>read from</th></tr></thead><tbody>${rows}</tbody></table></section>`;
}

/** What points at the IRI, the first few shown and the rest folded. */
function incomingHtml(iri: string, rows: ReadonlyArray<Record<string, Term | undefined>>, naming: Naming): Html {
  const items = rows.slice(0, MAX_INCOMING).map((row) => html`<li>${iriHtml(row.s!.value, naming)} <span class="via" data-property="${row.p!.value}">${nameOf(row.p!.value, naming).value}</span></li>`);
  const more = rows.length > MAX_INCOMING ? html`<p class="more">More in ${link(turtleHref(pathForIri(iri, naming.base)), 'its data document')}.</p>` : '';
  const folded = items.length > INCOMING_SHOWN ? html`<details class="more"><summary>${items.length - INCOMING_SHOWN} more</summary><ul>${items.slice(INCOMING_SHOWN)}</ul></details>` : '';
  return html`<section class="incoming"><h2>Referred to by</h2><ul>${items.slice(0, INCOMING_SHOWN)}</ul>${folded}${more}</section>`;
}

/** The language's name in English (`zh-hant` → Chinese (Traditional)), or nothing. */
function languageName(tag: string): string {
  if (!tag) return '';
  try {
    const [language, ...rest] = tag.split('-');
    const script = rest.find((part) => part.length === 4);
    const region = rest.find((part) => part.length === 2);
    const scriptName = script ? new Intl.DisplayNames(['en'], { type: 'script' }).of(script[0].toUpperCase() + script.slice(1)) : '';
    const regionName = region ? new Intl.DisplayNames(['en'], { type: 'region' }).of(region.toUpperCase()) : '';
    const details = [scriptName, regionName].filter(Boolean).join(', ');
    return `${new Intl.DisplayNames(['en'], { type: 'language' }).of(language)}${details ? ` (${details})` : ''}`;
  } catch {
    return '';
  }
}
