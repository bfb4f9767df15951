// A timeline of the dated facts of the graph (openings, meetings, births, …), drawn by vis-timeline (a
// global from /vendor/). Each item is a DOM node built with text only, never an HTML string.
import { app, el, notice, setTitle } from './lib/dom.js';
import { fetchLabels, localHref, nameOf, select } from './lib/rdf.js';

const MAX_ITEMS = 2000;

/** Dates of the sources themselves are about the sources, not about the world. */
const QUERY = `SELECT ?s ?p ?date WHERE {
  ?s ?p ?date .
  FILTER (isLiteral(?date) && DATATYPE(?date) IN (xsd:date, xsd:dateTime, xsd:gYearMonth, xsd:gYear))
  FILTER (?p NOT IN (rdf:object, schema:datePublished, wkg:accessDate, wkg:archiveDate))
  FILTER NOT EXISTS { ?s a wkg:Statement } FILTER NOT EXISTS { ?s a owl:Ontology }
} ORDER BY ?date LIMIT ${MAX_ITEMS}`;

void main();

async function main() {
  setTitle('Timeline');
  const root = app();
  root.append(el('h1', {}, 'Timeline'), el('p', {}, 'Every dated fact of the graph. Drag to move, scroll to zoom, select an item to open its page.'));
  try {
    const rows = await select(QUERY);
    const labels = await fetchLabels(rows.flatMap((row) => [row.s.value, row.p.value]));
    const items = rows.map((row, id) => ({ id, row, start: toDate(row.date.value) })).filter((item) => item.start !== undefined);
    if (items.length === 0) return root.append(notice('The graph has no dated facts.'));
    const container = el('div', { id: 'timeline', class: 'timeline' });
    const list = el('ol', { class: 'timeline-list' }, ...items.map((item) => el('li', {}, el('time', {}, item.row.date.value), ' ', el('a', { href: localHref(item.row.s.value) }, nameOf(item.row.s.value, labels)), ' — ', nameOf(item.row.p.value, labels))));
    root.append(container, el('h2', {}, 'As a list'), list);
    draw(container, items, labels);
  } catch (error) {
    root.append(notice(`The timeline could not be built: ${error.message}`, 'error'));
  }
}

function draw(container, items, labels) {
  if (!window.vis || typeof window.vis.Timeline !== 'function') {
    container.append(notice('The timeline library did not load; the list below has every date.'));
    return;
  }
  const data = items.map((item) => ({
    id: item.id,
    start: item.start,
    content: el('span', { class: 'timeline-item' }, el('strong', {}, nameOf(item.row.s.value, labels)), ' ', nameOf(item.row.p.value, labels)),
  }));
  const timeline = new window.vis.Timeline(container, data, { stack: true, maxHeight: 480, zoomMin: 1000 * 60 * 60 * 24 * 7 });
  timeline.on('select', ({ items: selected }) => {
    const item = items.find((candidate) => candidate.id === selected[0]);
    if (item) window.location.assign(localHref(item.row.s.value));
  });
}

/** A JavaScript Date for xsd:date, dateTime, gYearMonth and gYear values (years before 100 included). */
function toDate(value) {
  const match = /^(-?\d{4,})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(value);
  if (!match) return undefined;
  const date = new Date(Date.UTC(2000, Number(match[2] ?? 1) - 1, Number(match[3] ?? 1)));
  date.setUTCFullYear(Number(match[1]));
  return Number.isNaN(date.getTime()) ? undefined : date;
}
