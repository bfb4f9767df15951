// The page of one entity (or any IRI): its names in every language and script, its types, every fact with
// its qualifiers, the sentence each fact was read from with the span marked, the citations behind it, the
// Wikidata item it is linked to, what points at it, and a graph of its neighbourhood.
import { app, el, externalLink, notice, setTitle } from './lib/dom.js';
import { citationNode, evidenceQuote } from './lib/evidence.js';
import { drawNeighbourhood } from './lib/neighbourhood.js';
import {
  compact, fetchLabels, iriRef, languageName, localHref, meta, nameOf, NS, select, termKey, termNode, wikidataId,
} from './lib/rdf.js';

const IRI = meta('wikikg-iri');
const X = iriRef(IRI);

/** Properties whose literal values are names. */
const NAME_PROPERTIES = [`${NS.rdfs}label`, `${NS.skos}prefLabel`, `${NS.skos}altLabel`, `${NS.wkg}nativeLabel`, `${NS.wkg}officialName`, `${NS.schema}name`];
const TYPE = `${NS.rdf}type`;
const SAME_AS = `${NS.owl}sameAs`;
const PAGE = `${NS.schema}mainEntityOfPage`;
/** The parts of a statement node that are its triple and its evidence, not qualifiers. */
const STATEMENT_PARTS = ['rdf:type', 'rdf:subject', 'rdf:predicate', 'rdf:object', 'prov:wasDerivedFrom', 'wkg:evidence', 'wkg:extractionRule'];

const QUERIES = {
  facts: `SELECT ?p ?o WHERE { ${X} ?p ?o } ORDER BY ?p ?o LIMIT 5000`,
  statements: `SELECT ?st ?p ?o ?rule ?begin ?end ?anchor ?sentenceText ?sentenceBegin WHERE {
  ?st rdf:subject ${X} ; rdf:predicate ?p ; rdf:object ?o .
  OPTIONAL { ?st wkg:extractionRule ?rule }
  OPTIONAL { ?st wkg:evidence ?evidence .
    OPTIONAL { ?evidence nif:beginIndex ?begin ; nif:endIndex ?end }
    OPTIONAL { ?evidence nif:anchorOf ?anchor }
    OPTIONAL { ?evidence nif:sentence ?sentence . ?sentence nif:anchorOf ?sentenceText ; nif:beginIndex ?sentenceBegin } }
} LIMIT 5000`,
  qualifiers: `SELECT ?st ?q ?v WHERE { ?st rdf:subject ${X} ; ?q ?v FILTER (?q NOT IN (${STATEMENT_PARTS.join(', ')})) } LIMIT 5000`,
  sources: `SELECT ?st ?source ?article ?title ?url ?publisher ?published ?archive ?archived ?accessed ?author WHERE {
  ?st rdf:subject ${X} ; prov:wasDerivedFrom ?source .
  BIND (EXISTS { ?source a wkg:Article } AS ?article)
  OPTIONAL { ?source schema:name ?title } OPTIONAL { ?source schema:url ?url }
  OPTIONAL { ?source wkg:publisher ?publisher } OPTIONAL { ?source schema:datePublished ?published }
  OPTIONAL { ?source wkg:archiveUrl ?archive } OPTIONAL { ?source wkg:archiveDate ?archived }
  OPTIONAL { ?source wkg:accessDate ?accessed } OPTIONAL { ?source wkg:author/rdfs:label ?author }
} LIMIT 5000`,
  incoming: `SELECT ?s ?p WHERE { ?s ?p ${X} FILTER (?p NOT IN (rdf:subject, rdf:object)) } ORDER BY ?p ?s LIMIT 500`,
};

void main();

async function main() {
  const root = app();
  try {
    const [facts, statements, qualifiers, sources, incoming] = await Promise.all(Object.values(QUERIES).map((query) => select(query)));
    const iris = [
      IRI,
      ...facts.flatMap((row) => [row.p.value, row.o.type === 'uri' ? row.o.value : null]),
      ...qualifiers.flatMap((row) => [row.q.value, row.v.type === 'uri' ? row.v.value : null]),
      ...sources.flatMap((row) => [row.publisher?.value, row.source.value]),
      ...incoming.flatMap((row) => [row.s.value, row.p.value]),
    ].filter(Boolean);
    const labels = await fetchLabels(iris);
    const evidence = evidenceByFact(statements, qualifiers, sources);
    render(root, { facts, incoming, labels, evidence });
  } catch (error) {
    root.append(notice(`The page could not be built: ${error.message}`, 'error'));
  }
}

/** Statements grouped by the fact they are about (`predicate object`), each with qualifiers and sources. */
function evidenceByFact(statements, qualifiers, sources) {
  const byStatement = new Map();
  for (const row of statements) {
    if (!byStatement.has(row.st.value)) {
      byStatement.set(row.st.value, { iri: row.st.value, key: `${row.p.value} ${termKey(row.o)}`, rule: row.rule?.value, quotes: [], qualifiers: [], citations: new Map(), articles: new Set() });
    }
    const statement = byStatement.get(row.st.value);
    if (row.begin && row.end) {
      const begin = Number(row.begin.value);
      const end = Number(row.end.value);
      const quote = row.sentenceText
        ? { text: row.sentenceText.value, textBegin: Number(row.sentenceBegin.value), begin, end }
        : { text: row.anchor?.value ?? '', textBegin: begin, begin, end };
      if (!statement.quotes.some((q) => q.begin === begin && q.end === end)) statement.quotes.push(quote);
    }
  }
  for (const row of qualifiers) {
    const statement = byStatement.get(row.st.value);
    if (statement && !statement.qualifiers.some((q) => q.q === row.q.value && termKey(q.v) === termKey(row.v))) statement.qualifiers.push({ q: row.q.value, v: row.v });
  }
  for (const row of sources) {
    const statement = byStatement.get(row.st.value);
    if (!statement) continue;
    if (row.article?.value === 'true') statement.articles.add(row.source.value);
    else if (!statement.citations.has(row.source.value)) {
      statement.citations.set(row.source.value, {
        iri: row.source.value, title: row.title?.value, url: row.url?.value, publisher: row.publisher?.value, published: row.published?.value,
        archive: row.archive?.value, archived: row.archived?.value, accessed: row.accessed?.value, author: row.author?.value,
      });
    }
  }
  const byFact = new Map();
  for (const statement of byStatement.values()) {
    if (!byFact.has(statement.key)) byFact.set(statement.key, []);
    byFact.get(statement.key).push(statement);
  }
  return byFact;
}

function render(root, { facts, incoming, labels, evidence }) {
  if (facts.length === 0 && incoming.length === 0) {
    root.append(notice('The graph says nothing about this IRI.'));
    return;
  }
  const title = nameOf(IRI, labels);
  setTitle(title);
  root.append(header(title, facts, labels));
  const names = facts.filter((row) => NAME_PROPERTIES.includes(row.p.value) && row.o.type !== 'uri');
  const types = facts.filter((row) => row.p.value === TYPE);
  const rest = facts.filter((row) => !NAME_PROPERTIES.includes(row.p.value) || row.o.type === 'uri').filter((row) => row.p.value !== TYPE);
  if (names.length > 0) root.append(namesSection(names, labels, evidence));
  if (types.length > 0) {
    root.append(el('section', { class: 'types' }, el('h2', {}, 'Types'), el('ul', { class: 'inline' }, ...types.map((row) => el('li', {}, termNode(row.o, labels))))));
  }
  if (rest.length > 0) root.append(factsSection(rest, labels, evidence));
  if (incoming.length > 0) root.append(incomingSection(incoming, labels));
  const graph = el('div', { id: 'neighbourhood', class: 'graph' });
  root.append(el('section', { class: 'neighbourhood' }, el('h2', {}, 'Neighbourhood'), graph));
  drawNeighbourhood(graph, IRI, facts, incoming, labels);
}

/** The title, the IRI, the Wikidata item, the Wikipedia page and the RDF documents. */
function header(title, facts, labels) {
  const links = [];
  for (const row of facts) {
    if (row.p.value === SAME_AS && wikidataId(row.o.value)) links.push(el('li', { class: 'wikidata' }, 'Wikidata item ', externalLink(`https://www.wikidata.org/wiki/${wikidataId(row.o.value)}`, wikidataId(row.o.value))));
    if (row.p.value === PAGE) links.push(el('li', { class: 'wikipedia' }, 'Wikipedia ', externalLink(row.o.value)));
  }
  const documents = [['Turtle', 'ttl'], ['JSON-LD', 'jsonld'], ['N-Triples', 'nt'], ['RDF/XML', 'rdfxml']].map(([name, format]) => {
    const path = localHref(IRI);
    const href = path.startsWith('/describe?') ? `${path}&format=${format}` : `${path}.${format === 'rdfxml' ? 'rdf' : format}`;
    return el('a', { href, class: 'document' }, name);
  });
  const query = `/query?query=${encodeURIComponent(`SELECT ?p ?o WHERE {\n  ${X} ?p ?o\n}`)}`;
  return el(
    'header',
    { class: 'entity-header' },
    el('h1', {}, title),
    el('p', { class: 'iri' }, el('code', {}, IRI)),
    links.length > 0 ? el('ul', { class: 'links' }, ...links) : null,
    el('p', { class: 'documents' }, 'Data: ', ...documents.flatMap((link, i) => (i > 0 ? [' · ', link] : [link])), ' · ', el('a', { href: query }, 'query')),
  );
}

/** Every name, with its language and script, the property that gives it and where it was read. */
function namesSection(names, labels, evidence) {
  const sorted = [...names].sort((a, b) => (a.o['xml:lang'] || '').localeCompare(b.o['xml:lang'] || '') || a.o.value.localeCompare(b.o.value));
  const rows = sorted.map((row) => {
    const lang = row.o['xml:lang'] || '';
    const statements = evidence.get(`${row.p.value} ${termKey(row.o)}`) ?? [];
    return el(
      'tr',
      { class: 'name' },
      el('td', { class: 'name-value', lang: lang || null }, row.o.value),
      el('td', {}, el('code', {}, lang || '—'), ' ', languageName(lang)),
      el('td', {}, nameOf(row.p.value, labels)),
      el('td', {}, statements.length > 0 ? sourcesDetails(statements, labels) : ''),
    );
  });
  return el(
    'section',
    { class: 'names' },
    el('h2', {}, 'Names'),
    el('table', {}, el('thead', {}, el('tr', {}, el('th', {}, 'name'), el('th', {}, 'language / script'), el('th', {}, 'as'), el('th', {}, 'read from'))), el('tbody', {}, ...rows)),
  );
}

/** The facts, grouped by property, each with its qualifiers, evidence and citations. */
function factsSection(rows, labels, evidence) {
  const byProperty = new Map();
  for (const row of rows) {
    if (!byProperty.has(row.p.value)) byProperty.set(row.p.value, []);
    byProperty.get(row.p.value).push(row);
  }
  const properties = [...byProperty.keys()].sort((a, b) => nameOf(a, labels).localeCompare(nameOf(b, labels)));
  const groups = properties.map((property) =>
    el(
      'div',
      { class: 'property' },
      el('h3', {}, el('a', { href: localHref(property), title: property }, nameOf(property, labels)), ' ', el('code', { class: 'curie' }, compact(property))),
      el('ul', { class: 'facts' }, ...byProperty.get(property).map((row) => factNode(row, labels, evidence.get(`${row.p.value} ${termKey(row.o)}`) ?? []))),
    ),
  );
  return el('section', { class: 'facts' }, el('h2', {}, 'Facts'), ...groups);
}

/** One fact: its value, then each statement's qualifiers, quotes and citations. */
function factNode(row, labels, statements) {
  const node = el('li', { class: 'fact', 'data-predicate': row.p.value }, el('div', { class: 'value' }, termNode(row.o, labels)));
  if (statements.length === 0) node.append(el('p', { class: 'no-evidence' }, 'no statement with evidence for this fact'));
  for (const statement of statements) node.append(statementNode(statement, labels));
  return node;
}

function statementNode(statement, labels) {
  const qualifiers = statement.qualifiers.map((q) => el('li', {}, el('span', { class: 'qualifier' }, nameOf(q.q, labels)), ': ', termNode(q.v, labels)));
  const article = [...statement.articles][0];
  const quotes = statement.quotes.map((quote) => {
    const anchor = article ? el('a', { href: `${localHref(article)}#char=${quote.begin},${quote.end}`, class: 'in-article' }, 'in the article') : null;
    return el('div', { class: 'quote' }, evidenceQuote(quote), el('p', { class: 'where' }, `characters ${quote.begin}–${quote.end}`, anchor ? ' · ' : '', anchor));
  });
  const citations = [...statement.citations.values()].map((citation) => citationNode(citation, citation.publisher ? nameOf(citation.publisher, labels) : ''));
  return el(
    'div',
    { class: 'statement', 'data-statement': statement.iri },
    qualifiers.length > 0 ? el('ul', { class: 'qualifiers' }, ...qualifiers) : null,
    ...quotes,
    citations.length > 0 ? el('ul', { class: 'citations' }, ...citations) : el('p', { class: 'uncited' }, 'no citation'),
    el('p', { class: 'rule' }, 'rule ', el('code', {}, statement.rule ?? '?'), ' · ', el('a', { href: localHref(statement.iri) }, 'statement')),
  );
}

/** A folded list of the sources of a name. */
function sourcesDetails(statements, labels) {
  return el('details', {}, el('summary', {}, `${statements.length} statement${statements.length > 1 ? 's' : ''}`), ...statements.map((statement) => statementNode(statement, labels)));
}

/** What points at this IRI. */
function incomingSection(rows, labels) {
  const items = rows.map((row) => el('li', {}, termNode(row.s, labels), ' ', el('span', { class: 'via' }, nameOf(row.p.value, labels))));
  return el('section', { class: 'incoming' }, el('h2', {}, 'Referred to by'), el('ul', {}, ...items));
}

