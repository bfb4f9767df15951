// The home page: what the dataset holds (the VoID numbers), a search over names, and the articles. The
// search asks /lookup (exact names first, then names that start with the text, then names that contain
// it, in any script) and shows its hits with their types and articles, a page at a time; without this
// script the same form opens /search, which the server renders.
import { app, el, notice, setTitle } from './lib/dom.js';
import { fetchLabels, localHref, select, termNode } from './lib/rdf.js';

const PAGE = 20;

void main();

async function main() {
  setTitle('');
  const root = app();
  const input = el('input', { type: 'search', name: 'q', placeholder: 'a name, in any language or script', 'aria-label': 'search names' });
  const found = el('div', { class: 'search-results' });
  const form = el('form', { class: 'search', role: 'search', action: '/search' }, input, ' ', el('button', { type: 'submit' }, 'Find'));
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
    void search(input.value.trim(), found, 0);
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
        ...rows.map((row) => el('li', {}, el('a', { href: localHref(row.article.value), lang: row.lang?.value ?? null }, row.name?.value ?? row.article.value), row.lang ? el('span', { class: 'tag' }, row.lang.value) : null, row.about ? el('span', { class: 'about' }, ' about ', termNode(row.about, labels)) : null)),
      ),
    );
  } catch (error) {
    articles.append(notice(error.message, 'error'));
  }
}

/** Shows a page of the lookup's hits for `text`, from `offset`, with a button for the next page. */
async function search(text, target, offset) {
  if (offset === 0) target.replaceChildren();
  target.querySelector('button.more')?.remove();
  if (text === '') return;
  try {
    const response = await fetch(`/lookup?${new URLSearchParams({ q: text, offset: String(offset), limit: String(PAGE), lang: navigator.language || 'en' })}`);
    if (!response.ok) throw new Error(`${response.status} ${(await response.text()).trim()}`);
    const answer = await response.json();
    if (answer.total === 0) return target.append(notice('Nothing has that name.'));
    if (offset === 0) target.append(el('p', { class: 'summary' }, `${answer.total} ${answer.total === 1 ? 'entity has' : 'entities have'} a name with “${text}”`), el('ol', { class: 'search-results' }));
    target.querySelector('ol.search-results').append(...answer.results.map(hitNode));
    if (answer.next) {
      const more = el('button', { type: 'button', class: 'more' }, `next ${Math.min(PAGE, answer.total - offset - PAGE)} of ${answer.total - offset - PAGE} more`);
      more.addEventListener('click', () => void search(text, target, offset + PAGE));
      target.append(more);
    }
  } catch (error) {
    target.append(notice(error.message, 'error'));
  }
}

/** One hit: its name (a link to its page), how it matched, its types and its article. */
function hitNode(hit) {
  const types = hit.types.map((type) => type.label).join(', ');
  const article = hit.article ? el('span', { class: 'article' }, hit.article.own ? 'article ' : 'in ', el('a', { href: hit.article.page }, decodeURIComponent(hit.article.page.split('/').pop()).replace(/_/g, ' '))) : null;
  return el('li', { class: 'hit', 'data-match': hit.match }, el('a', { href: hit.page, class: 'iri', lang: hit.lang || null }, hit.label), ' ', el('span', { class: 'match' }, hit.match), types ? el('span', { class: 'types' }, ` ${types}`) : null, article ? ' ' : null, article);
}
