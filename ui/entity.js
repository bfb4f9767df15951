// Enhances the entity page the server rendered (its names, facts, evidence and citations are in the
// HTML): draws the graph of its neighbourhood from the links on the page, with their names.
import { drawNeighbourhood } from './lib/neighbourhood.js';
import { meta } from './lib/rdf.js';

const IRI = meta('wikikg-iri');
const container = document.getElementById('neighbourhood');
if (container) drawNeighbourhood(container, IRI, linksOnPage(), document.querySelector('h1')?.textContent ?? IRI);

/**
 * The links the page shows: each fact whose value is an IRI of this server (its property's name from
 * the group's heading), and each IRI that points here (the property from its `.via`). A fact's value is
 * in its `.value` (one value with its statements), directly in the `li.fact` (a list of names), or in a
 * `li.value` of a shared fact (several values read from the same words, quoted once).
 */
function linksOnPage() {
  const links = [];
  for (const group of document.querySelectorAll('section.facts div.property')) {
    const property = group.getAttribute('data-property');
    const propertyName = group.querySelector('h3 a')?.textContent ?? property;
    for (const value of group.querySelectorAll('li.fact > .value > a[data-iri], li.fact > a[data-iri], li.fact > ul.values > li.value > a[data-iri]')) {
      links.push({ from: IRI, to: value.getAttribute('data-iri'), toName: value.textContent, property, propertyName });
    }
  }
  for (const item of document.querySelectorAll('section.incoming li')) {
    const source = item.querySelector('a[data-iri]');
    const via = item.querySelector('.via');
    if (source && via) links.push({ from: source.getAttribute('data-iri'), fromName: source.textContent, to: IRI, property: via.getAttribute('data-property'), propertyName: via.textContent });
  }
  return links;
}
