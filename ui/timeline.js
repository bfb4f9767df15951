// A timeline of the dated facts of the graph (openings, meetings, births, …), drawn by vis-timeline (a
// global from /vendor/). Only facts of the ontology's own properties whose value is typed as a date
// (xsd:date, dateTime, gYearMonth, gYear) are dates here: a raw infobox value that merely looks like a
// year (an identifier such as DiseasesDB 1142) is not. Each subject's date is shown once, with every
// property that gives it. Each item is a DOM node built with text only, never an HTML string.
import { app, el, notice, setTitle } from './lib/dom.js';
import { fetchLabels, localHref, nameOf, NS, select } from './lib/rdf.js';

const MAX_ITEMS = 2000;

/** Dates of the sources themselves are about the sources, not about the world. */
const QUERY = `SELECT DISTINCT ?s ?p ?date WHERE {
  ?p a owl:DatatypeProperty ; rdfs:isDefinedBy <${NS.wkg.replace(/#$/, '')}> .
  ?s ?p ?date .
  FILTER (DATATYPE(?date) IN (xsd:date, xsd:dateTime, xsd:gYearMonth, xsd:gYear))
  FILTER (?p NOT IN (schema:datePublished, wkg:accessDate, wkg:archiveDate))
  FILTER NOT EXISTS { ?s a wkg:Statement }
} ORDER BY ?date ?s ?p LIMIT ${MAX_ITEMS}`;

void main();

async function main() {
  setTitle('Timeline');
  const root = app();
  root.append(el('h1', {}, 'Timeline'), el('p', {}, 'Every dated fact of the graph. Drag to move, scroll to zoom, select an item to open its page.'));
  try {
    const rows = await select(QUERY);
    const labels = await fetchLabels(rows.flatMap((row) => [row.s.value, row.p.value]));
    const items = onePerDate(rows).map((item, id) => ({ ...item, id, start: toDate(item.date) })).filter((item) => item.start !== undefined);
    if (items.length === 0) return root.append(notice('The graph has no dated facts.'));
    const container = el('div', { id: 'timeline', class: 'timeline' });
    const what = (item) => item.properties.map((property) => nameOf(property, labels)).join(', ');
    const list = el('ol', { class: 'timeline-list' }, ...items.map((item) => el('li', {}, el('time', {}, item.date), ' ', el('a', { href: localHref(item.subject) }, nameOf(item.subject, labels)), ' — ', what(item))));
    root.append(container, el('h2', {}, 'As a list'), list);
    draw(container, items, labels, what);
  } catch (error) {
    root.append(notice(`The timeline could not be built: ${error.message}`, 'error'));
  }
}

/** One item per subject and date, with every property that gives that date. */
function onePerDate(rows) {
  const byKey = new Map();
  for (const row of rows) {
    const key = `${row.s.value} ${row.date.value}`;
    const item = byKey.get(key) ?? { subject: row.s.value, date: row.date.value, properties: [] };
    if (!item.properties.includes(row.p.value)) item.properties.push(row.p.value);
    byKey.set(key, item);
  }
  return [...byKey.values()];
}

function draw(container, items, labels, what) {
  if (!window.vis || typeof window.vis.Timeline !== 'function') {
    container.append(notice('The timeline library did not load; the list below has every date.'));
    return;
  }
  const data = items.map((item) => ({
    id: item.id,
    start: item.start,
    content: el('span', { class: 'timeline-item' }, el('strong', {}, nameOf(item.subject, labels)), ' ', what(item)),
  }));
  const timeline = new window.vis.Timeline(container, data, { stack: true, maxHeight: 480, zoomMin: 1000 * 60 * 60 * 24 * 7 });
  timeline.on('select', ({ items: selected }) => {
    const item = items.find((candidate) => candidate.id === selected[0]);
    if (item) window.location.assign(localHref(item.subject));
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
