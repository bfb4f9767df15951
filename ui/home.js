// The home page: what the dataset holds (the VoID numbers), a search over names, and the articles.
import { app, el, notice, setTitle } from './lib/dom.js';
import { fetchLabels, localHref, select, stringLiteral, termNode } from './lib/rdf.js';

void main();

async function main() {
  setTitle('');
  const root = app();
  const input = el('input', { type: 'search', name: 'q', placeholder: 'a name, in any language or script', 'aria-label': 'search names' });
  const found = el('div', { class: 'search-results' });
  const form = el('form', { class: 'search', role: 'search' }, input, ' ', el('button', { type: 'submit' }, 'Find'));
  const stats = el('dl', { class: 'stats' });
  const articles = el('div', { class: 'articles' });
  root.append(
    el('h1', {}, 'wikikg'),
    el('p', {}, 'A knowledge graph read from Wikipedia articles, in which every fact carries its evidence: the sentence it was read from, the exact span, the rule, and the citations behind it.'),
    form,
    found,
    el('h2', {}, 'The dataset'),
    stats,
    el('p', {}, el('a', { href: '/query' }, 'Ask it in SPARQL'), ' · ', el('a', { href: '/timeline' }, 'its dated events on a timeline'), ' · ', el('a', { href: '/.well-known/void' }, 'VoID description')),
    el('h2', {}, 'Articles'),
    articles,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void search(input.value.trim(), found);
  });
  try {
    const numbers = await fetch('/api/stats').then((response) => response.json());
    for (const [name, value] of [['triples', numbers.triples], ['entities', numbers.entities], ['classes', numbers.classes], ['properties', numbers.properties], ['articles', numbers.articles], ['languages', numbers.languages.join(', ')]]) {
      stats.append(el('dt', {}, name), el('dd', {}, String(value)));
    }
  } catch (error) {
    stats.append(el('dd', {}, `could not be counted: ${error.message}`));
  }
  try {
    const rows = await select(`SELECT ?article ?name ?lang ?about WHERE { ?article a wkg:Article OPTIONAL { ?article schema:name ?name } OPTIONAL { ?article schema:inLanguage ?lang } OPTIONAL { ?article schema:about ?about } } ORDER BY ?lang ?name LIMIT 1000`);
    const labels = await fetchLabels(rows.map((row) => row.about?.value).filter(Boolean));
    articles.append(
      el(
        'ul',
        { class: 'article-list' },
        ...rows.map((row) => el('li', {}, el('a', { href: localHref(row.article.value) }, row.name?.value ?? row.article.value), row.lang ? el('span', { class: 'tag' }, row.lang.value) : null, row.about ? el('span', { class: 'about' }, ' about ', termNode(row.about, labels)) : null)),
      ),
    );
  } catch (error) {
    articles.append(notice(error.message, 'error'));
  }
}

/** Entities whose name contains the text (any language, any script, case ignored). */
async function search(text, target) {
  target.replaceChildren();
  if (text === '') return;
  try {
    const rows = await select(`SELECT DISTINCT ?entity WHERE { ?entity rdfs:label|skos:altLabel|wkg:nativeLabel ?name FILTER (CONTAINS(LCASE(STR(?name)), LCASE(${stringLiteral(text)}))) } LIMIT 50`);
    if (rows.length === 0) return target.append(notice('Nothing has that name.'));
    const labels = await fetchLabels(rows.map((row) => row.entity.value));
    target.append(el('ul', {}, ...rows.map((row) => el('li', {}, termNode(row.entity, labels)))));
  } catch (error) {
    target.append(notice(error.message, 'error'));
  }
}
