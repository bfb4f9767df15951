// The graph view of an entity's neighbourhood, drawn by Cytoscape.js (a global from /vendor/): the entity
// in the middle, what its facts point at and what points at it around it, by name. Links between the
// same two nodes are one edge; a few are drawn at first and "show more" adds more, so the picture stays
// readable; labels are drawn on the canvas (never as HTML), on a background so they stay apart.
import { el } from './dom.js';
import { localHref } from './rdf.js';

/** Neighbours drawn at first, and added by each "show more". */
const STEP = 24;
/** Above this many edges, their names show on hover only. */
const NAMED_EDGES = 16;

/** Draws the neighbourhood of `iri` (named `name`) from `links` ({from, to, fromName, toName, propertyName}). */
export function drawNeighbourhood(container, iri, links, name) {
  if (typeof window.cytoscape !== 'function') {
    container.replaceChildren(el('p', { class: 'notice' }, 'The graph library did not load; the facts above hold the same links.'));
    return undefined;
  }
  const neighbours = neighboursOf(iri, links);
  if (neighbours.length === 0) {
    container.replaceChildren(el('p', { class: 'notice' }, 'No links to other entities.'));
    return undefined;
  }
  container.replaceChildren();
  const canvas = el('div', { class: 'graph-canvas' });
  const status = el('span', { class: 'status' });
  const more = el('button', { type: 'button', class: 'show-more' }, 'show more');
  container.append(canvas, el('p', { class: 'graph-controls' }, status, ' ', more));
  let shown = Math.min(STEP, neighbours.length);
  const graph = window.cytoscape({ container: canvas, minZoom: 0.3, maxZoom: 1.6, wheelSensitivity: 0.3, style: STYLE });
  const draw = () => {
    graph.elements().remove();
    graph.add(elementsOf(iri, name, neighbours.slice(0, shown)));
    graph.edges().toggleClass('named', shown <= NAMED_EDGES);
    graph.layout({ name: 'concentric', concentric: (node) => (node.data('center') ? 2 : 1), levelWidth: () => 1, minNodeSpacing: 28, avoidOverlap: true, nodeDimensionsIncludeLabels: true, animate: false }).run();
    graph.fit(undefined, 30);
    status.textContent = `${shown} of ${neighbours.length} linked entities`;
    more.hidden = shown >= neighbours.length;
  };
  more.addEventListener('click', () => {
    shown = Math.min(neighbours.length, shown + STEP);
    draw();
  });
  graph.on('tap', 'node', (event) => {
    const target = event.target.id();
    if (target !== iri) window.location.assign(localHref(target));
  });
  graph.on('mouseover', 'edge', (event) => event.target.addClass('hover'));
  graph.on('mouseout', 'edge', (event) => event.target.removeClass('hover'));
  draw();
  return graph;
}

/** One entry per other entity: its name and the properties that link it, outgoing and incoming. */
function neighboursOf(iri, links) {
  const byIri = new Map();
  for (const link of links) {
    const outgoing = link.from === iri;
    const other = outgoing ? link.to : link.from;
    if (!other || other === iri) continue;
    const entry = byIri.get(other) ?? { iri: other, name: (outgoing ? link.toName : link.fromName) || other, out: new Set(), in: new Set() };
    (outgoing ? entry.out : entry.in).add(link.propertyName);
    byIri.set(other, entry);
  }
  return [...byIri.values()];
}

function elementsOf(iri, name, neighbours) {
  const elements = [{ data: { id: iri, label: shorten(name), center: 'yes' } }];
  for (const neighbour of neighbours) {
    elements.push({ data: { id: neighbour.iri, label: shorten(neighbour.name) } });
    if (neighbour.out.size > 0) elements.push({ data: { id: `out ${neighbour.iri}`, source: iri, target: neighbour.iri, label: shorten([...neighbour.out].join(', ')) } });
    if (neighbour.in.size > 0) elements.push({ data: { id: `in ${neighbour.iri}`, source: neighbour.iri, target: iri, label: shorten([...neighbour.in].join(', ')) } });
  }
  return elements;
}

function shorten(text) {
  const chars = Array.from(String(text));
  return chars.length > 28 ? `${chars.slice(0, 27).join('')}…` : chars.join('');
}

const STYLE = [
  {
    selector: 'node',
    style: {
      label: 'data(label)', 'font-size': 11, 'text-valign': 'bottom', 'text-margin-y': 3, 'background-color': '#5b8def', width: 12, height: 12,
      'text-background-color': '#ffffff', 'text-background-opacity': 0.85, 'text-background-padding': 2, 'text-max-width': 140, 'text-wrap': 'ellipsis',
    },
  },
  { selector: 'node[center = "yes"]', style: { 'background-color': '#e8590c', width: 20, height: 20, 'font-weight': 'bold', 'font-size': 13 } },
  { selector: 'edge', style: { 'curve-style': 'bezier', 'target-arrow-shape': 'triangle', width: 1, 'line-color': '#b8bfcc', 'target-arrow-color': '#b8bfcc', 'font-size': 9, color: '#555' } },
  { selector: 'edge.named, edge.hover', style: { label: 'data(label)', 'text-rotation': 'autorotate', 'text-background-color': '#ffffff', 'text-background-opacity': 0.85 } },
];
