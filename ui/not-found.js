// The page for an IRI the graph does not mention.
import { app, el, setTitle } from './lib/dom.js';

setTitle('Not found');
app().append(
  el('h1', {}, 'Not in the graph'),
  el('p', {}, 'The graph says nothing about this IRI. ', el('a', { href: '/' }, 'Start from the home page'), ' or ', el('a', { href: '/query' }, 'ask in SPARQL'), '.'),
);
