// The graph view of an entity's neighbourhood, drawn by Cytoscape.js (a global from /vendor/): the entity,
// what its facts point at, and what points at it. Labels are drawn on the canvas, never as HTML.
import { el } from './dom.js';
import { localHref, nameOf, NS } from './rdf.js';

/** Links that would only clutter the picture: types, the Wikipedia page, the statements' own parts. */
const HIDDEN = new Set([`${NS.rdf}type`, `${NS.schema}mainEntityOfPage`, `${NS.rdf}subject`, `${NS.rdf}object`, `${NS.wkg}evidence`]);
const MAX_EDGES = 120;

/** Draws the neighbourhood of `iri` into `container` from the page's facts and incoming links. */
export function drawNeighbourhood(container, iri, facts, incoming, labels) {
  if (typeof window.cytoscape !== 'function') {
    container.append(el('p', { class: 'notice' }, 'The graph library did not load.'));
    return undefined;
  }
  const nodes = new Map([[iri, { data: { id: iri, label: nameOf(iri, labels), center: 'yes' } }]]);
  const edges = [];
  const link = (from, property, to) => {
    if (HIDDEN.has(property) || edges.length >= MAX_EDGES) return;
    for (const node of [from, to]) if (!nodes.has(node)) nodes.set(node, { data: { id: node, label: nameOf(node, labels) } });
    edges.push({ data: { id: `e${edges.length}`, source: from, target: to, label: nameOf(property, labels) } });
  };
  for (const row of facts) if (row.o.type === 'uri') link(iri, row.p.value, row.o.value);
  for (const row of incoming) if (row.s.type === 'uri') link(row.s.value, row.p.value, iri);
  if (edges.length === 0) {
    container.append(el('p', { class: 'notice' }, 'No links to other entities.'));
    return undefined;
  }
  const graph = window.cytoscape({
    container,
    elements: [...nodes.values(), ...edges],
    layout: { name: 'cose', animate: false, randomize: false, nodeRepulsion: 9000, idealEdgeLength: 110 },
    style: [
      { selector: 'node', style: { label: 'data(label)', 'font-size': 11, 'text-valign': 'bottom', 'text-margin-y': 4, 'background-color': '#5b8def', width: 14, height: 14 } },
      { selector: 'node[center = "yes"]', style: { 'background-color': '#e8590c', width: 22, height: 22, 'font-weight': 'bold' } },
      { selector: 'edge', style: { label: 'data(label)', 'font-size': 9, color: '#666', 'curve-style': 'bezier', 'target-arrow-shape': 'triangle', width: 1.2, 'line-color': '#aab', 'target-arrow-color': '#aab', 'text-rotation': 'autorotate' } },
    ],
  });
  graph.on('tap', 'node', (event) => {
    const target = event.target.id();
    if (target !== iri) window.location.assign(localHref(target));
  });
  return graph;
}
