// The page of one article: its wikitext (as the graph keeps it, NIF `isString`) with the span of every
// extracted fact marked, and the facts listed beside it. Selecting a fact marks its span and scrolls to
// it; selecting marked text lists the facts read from there. `#char=b,e` in the address selects a span.
// When the graph has no full text, the sentences it has are shown instead, in order.
import { app, el, externalLink, notice, setTitle } from './lib/dom.js';
import { fetchLabels, iriRef, localHref, meta, nameOf, select, termNode } from './lib/rdf.js';

const IRI = meta('wikikg-iri');
const A = iriRef(IRI);
const MAX_FACTS = 5000;

void main();

async function main() {
  const root = app();
  try {
    const [info] = await select(`SELECT ?name ?lang ?url ?about WHERE { ${A} a wkg:Article .
      OPTIONAL { ${A} schema:name ?name } OPTIONAL { ${A} schema:inLanguage ?lang }
      OPTIONAL { ${A} schema:url ?url } OPTIONAL { ${A} schema:about ?about } } LIMIT 1`);
    const context = await findContext(info);
    const spans = context ? await select(spanQuery(context.iri)) : [];
    const pieces = context?.text !== undefined ? [{ begin: 0, text: context.text }] : context ? await sentencePieces(context.iri) : [];
    const labels = await fetchLabels([IRI, info?.about?.value, ...spans.flatMap((row) => [row.s.value, row.p.value, row.o.type === 'uri' ? row.o.value : null])].filter(Boolean));
    render(root, info ?? {}, pieces, facts(spans), labels, context?.text !== undefined);
  } catch (error) {
    root.append(notice(`The page could not be built: ${error.message}`, 'error'));
  }
}

/** The article's NIF context (and its full text when the graph has it). */
async function findContext(info) {
  if (info?.url) {
    const [row] = await select(`SELECT ?context ?text WHERE { ?context a nif:Context ; nif:sourceUrl ${iriRef(info.url.value)} OPTIONAL { ?context nif:isString ?text } } LIMIT 1`);
    if (row) return { iri: row.context.value, text: row.text?.value };
  }
  const [row] = await select(`SELECT ?context ?text WHERE { ?st prov:wasDerivedFrom ${A} ; wkg:evidence/nif:referenceContext ?context OPTIONAL { ?context nif:isString ?text } } LIMIT 1`);
  return row ? { iri: row.context.value, text: row.text?.value } : undefined;
}

function spanQuery(context) {
  return `SELECT ?st ?s ?p ?o ?begin ?end ?rule WHERE {
  ?evidence nif:referenceContext ${iriRef(context)} ; nif:beginIndex ?begin ; nif:endIndex ?end .
  ?st wkg:evidence ?evidence ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .
  OPTIONAL { ?st wkg:extractionRule ?rule }
} ORDER BY ?begin ?end ?st LIMIT ${MAX_FACTS}`;
}

/** Without the full text: the sentences (and other phrases) the graph has, in order, without overlaps. */
async function sentencePieces(context) {
  const rows = await select(`SELECT DISTINCT ?begin ?text WHERE { ?node nif:referenceContext ${iriRef(context)} ; nif:anchorOf ?text ; nif:beginIndex ?begin } ORDER BY ?begin`);
  const pieces = [];
  let reached = -1;
  for (const row of rows) {
    const begin = Number(row.begin.value);
    const length = Array.from(row.text.value).length;
    if (begin >= reached) {
      pieces.push({ begin, text: row.text.value });
      reached = begin + length;
    }
  }
  return pieces;
}

/** One entry per statement: its triple, span and rule. */
function facts(rows) {
  return rows.map((row, index) => ({ id: index, statement: row.st.value, s: row.s, p: row.p, o: row.o, begin: Number(row.begin.value), end: Number(row.end.value), rule: row.rule?.value }));
}

function render(root, info, pieces, list, labels, fullText) {
  const title = info.name?.value ?? nameOf(IRI, labels);
  setTitle(title);
  root.append(
    el(
      'header',
      { class: 'entity-header' },
      el('h1', {}, title),
      el('p', { class: 'iri' }, el('code', {}, IRI)),
      el(
        'p',
        { class: 'links' },
        info.about ? el('span', {}, 'About ', termNode(info.about, labels), ' · ') : null,
        info.url ? externalLink(info.url.value, 'on Wikipedia') : null,
        ` · ${list.length} facts with evidence`,
        fullText ? '' : ' · the graph has no full text of this article: its sentences are shown',
      ),
    ),
  );
  if (pieces.length === 0) {
    root.append(notice('The graph has no text of this article.'));
    return;
  }
  const text = el('div', { class: 'article-text', lang: info.lang?.value || null });
  const segments = markText(text, pieces, list);
  const items = list.map((fact) => factItem(fact, labels));
  const listNode = el('ol', { class: 'span-facts' }, ...items);
  root.append(el('div', { class: 'article-layout' }, el('section', { class: 'text-column' }, el('h2', {}, 'Text'), text), el('section', { class: 'facts-column' }, el('h2', {}, 'Facts'), listNode)));
  const choose = (chosen) => {
    for (const item of items) item.classList.toggle('selected', chosen.includes(Number(item.dataset.fact)));
    for (const segment of segments) {
      const on = chosen.some((id) => segment.facts.includes(id));
      segment.node.classList.toggle('selected', on);
    }
  };
  listNode.addEventListener('click', (event) => {
    const item = event.target.closest('li.span-fact');
    if (!item || event.target.closest('a')) return;
    const id = Number(item.dataset.fact);
    choose([id]);
    segments.find((segment) => segment.facts.includes(id))?.node.scrollIntoView({ block: 'center', behavior: 'smooth' });
  });
  text.addEventListener('click', (event) => {
    const node = event.target.closest('span.marked');
    if (!node) return;
    const ids = node.dataset.facts.split(' ').map(Number);
    choose(ids);
    items.find((item) => ids.includes(Number(item.dataset.fact)))?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  });
  const wanted = /^#char=(\d+),(\d+)$/.exec(window.location.hash);
  if (wanted) {
    const ids = list.filter((fact) => fact.begin === Number(wanted[1]) && fact.end === Number(wanted[2])).map((fact) => fact.id);
    if (ids.length > 0) {
      choose(ids);
      segments.find((segment) => segment.facts.includes(ids[0]))?.node.scrollIntoView({ block: 'center' });
    }
  }
}

/**
 * Writes the pieces of text into `container`, cut at every span boundary; each cut covered by facts is a
 * span.marked listing them (darker where more facts overlap). Returns the marked segments.
 */
function markText(container, pieces, list) {
  const segments = [];
  for (const [index, piece] of pieces.entries()) {
    if (index > 0) container.append(el('span', { class: 'gap' }, ' … '));
    const chars = Array.from(piece.text);
    const start = piece.begin;
    const stop = start + chars.length;
    const cuts = new Set([start, stop]);
    for (const fact of list) {
      if (fact.begin > start && fact.begin < stop) cuts.add(fact.begin);
      if (fact.end > start && fact.end < stop) cuts.add(fact.end);
    }
    const sorted = [...cuts].sort((a, b) => a - b);
    for (let i = 0; i + 1 < sorted.length; i++) {
      const [from, to] = [sorted[i], sorted[i + 1]];
      const slice = chars.slice(from - start, to - start).join('');
      const covering = list.filter((fact) => fact.begin <= from && fact.end >= to && fact.begin < fact.end).map((fact) => fact.id);
      if (covering.length === 0) {
        container.append(slice);
        continue;
      }
      const node = el('span', { class: `marked depth-${Math.min(covering.length, 4)}`, 'data-facts': covering.join(' '), title: `${covering.length} fact${covering.length > 1 ? 's' : ''}` }, slice);
      container.append(node);
      segments.push({ node, facts: covering });
    }
  }
  return segments;
}

function factItem(fact, labels) {
  return el(
    'li',
    { class: 'span-fact', 'data-fact': fact.id },
    el('span', { class: 'triple' }, termNode(fact.s, labels), ' ', el('span', { class: 'predicate' }, nameOf(fact.p.value, labels)), ' ', termNode(fact.o, labels)),
    el('span', { class: 'where' }, ` ${fact.begin}–${fact.end} · `, el('code', {}, fact.rule ?? '?'), ' · ', el('a', { href: localHref(fact.statement) }, 'statement')),
  );
}
