// The query page: a SPARQL editor (YASQE, with highlighting), the questions of queries/ as ready
// examples, results as a table whose IRIs link to their pages here, and downloads as CSV, TSV, JSON or XML.
import { app, el, notice, setTitle } from './lib/dom.js';
import { fetchLabels, termNode } from './lib/rdf.js';

const DEFAULT_QUERY = `SELECT ?entity ?label WHERE {
  ?entity a wkg:Person ; rdfs:label ?label .
}
LIMIT 100`;

void main();

async function main() {
  setTitle('Query');
  const root = app();
  const examples = await fetch('/api/queries').then((response) => (response.ok ? response.json() : []), () => []);
  const editorHost = el('div', { class: 'editor' });
  const runButton = el('button', { type: 'button', class: 'run' }, 'Run query');
  const status = el('span', { class: 'status', role: 'status' });
  const downloads = el('span', { class: 'downloads' });
  const results = el('div', { class: 'results' });
  const exampleList = el(
    'ol',
    { class: 'examples' },
    ...examples.map((example) => el('li', {}, el('button', { type: 'button', class: 'example', 'data-name': example.name, title: example.name }, example.title))),
  );
  root.append(
    el('h1', {}, 'SPARQL query'),
    el('p', { class: 'hint' }, 'The prefixes rdf, rdfs, owl, xsd, skos, schema, prov, nif, dcterms, wd, wdt, wkg, geo and wgs84 are declared. Ctrl-Enter runs the query.'),
    el('div', { class: 'query-layout' }, el('aside', {}, el('h2', {}, 'Questions'), exampleList), el('section', {}, editorHost, el('p', { class: 'toolbar' }, runButton, ' ', status, ' ', downloads), results)),
  );
  const params = new URLSearchParams(window.location.search);
  const chosen = examples.find((example) => example.name === params.get('example'));
  const editor = makeEditor(editorHost, params.get('query') ?? chosen?.text ?? DEFAULT_QUERY, () => run());
  exampleList.addEventListener('click', (event) => {
    const button = event.target.closest('button.example');
    const example = button && examples.find((candidate) => candidate.name === button.dataset.name);
    if (!example) return;
    editor.setValue(example.text);
    void run();
  });
  runButton.addEventListener('click', () => void run());

  async function run() {
    const query = editor.getValue();
    status.textContent = 'running…';
    downloads.replaceChildren();
    results.replaceChildren();
    const started = performance.now();
    try {
      const response = await fetch('/sparql', {
        method: 'POST',
        headers: { 'Content-Type': 'application/sparql-query', Accept: 'application/sparql-results+json, text/turtle;q=0.9' },
        body: query,
      });
      const type = response.headers.get('Content-Type') || '';
      if (!response.ok) throw new Error(`${response.status}: ${(await response.text()).trim()}`);
      const seconds = ((performance.now() - started) / 1000).toFixed(2);
      if (type.startsWith('text/turtle')) {
        status.textContent = `graph answer (${seconds} s)`;
        results.append(el('pre', { class: 'graph-answer' }, await response.text()));
        downloads.append(...downloadLinks(query, [['Turtle', 'ttl'], ['N-Triples', 'nt'], ['JSON-LD', 'jsonld'], ['RDF/XML', 'rdfxml']]));
        return;
      }
      const answer = await response.json();
      if (typeof answer.boolean === 'boolean') {
        status.textContent = `${seconds} s`;
        results.append(el('p', { class: 'boolean' }, String(answer.boolean)));
      } else {
        const rows = answer.results.bindings;
        status.textContent = `${rows.length} row${rows.length === 1 ? '' : 's'} (${seconds} s)`;
        results.append(await resultTable(answer.head.vars, rows));
      }
      downloads.append(...downloadLinks(query, [['CSV', 'csv'], ['TSV', 'tsv'], ['JSON', 'json'], ['XML', 'xml']]));
    } catch (error) {
      status.textContent = '';
      results.append(notice(error.message, 'error'));
    }
  }
}

/** The editor: YASQE when it loaded, else a plain text area. */
function makeEditor(host, value, onRun) {
  const Yasqe = window.Yasqe && (window.Yasqe.default || window.Yasqe);
  if (typeof Yasqe === 'function') {
    const yasqe = new Yasqe(host, {
      value,
      persistenceId: null,
      consumeShareLink: null,
      createShareableLink: undefined,
      showQueryButton: false,
      resizeable: true,
      editorHeight: '360px',
      // No lookups on other servers (prefix.cc, LOV): the page talks to this server only.
      autocompleters: ['variables'],
      prefixCcApi: null,
      // The server declares the usual prefixes itself; YASQE's check would flag them as undefined.
      syntaxErrorCheck: false,
    });
    yasqe.setValue(value);
    yasqe.addKeyMap({ 'Ctrl-Enter': onRun, 'Cmd-Enter': onRun });
    return { getValue: () => yasqe.getValue(), setValue: (text) => yasqe.setValue(text) };
  }
  const area = el('textarea', { class: 'plain-editor', rows: 14, spellcheck: 'false' });
  area.value = value;
  area.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) onRun();
  });
  host.append(area);
  return { getValue: () => area.value, setValue: (text) => (area.value = text) };
}

/** The rows as a table; IRIs link to their pages here, literals are text. */
async function resultTable(variables, rows) {
  const iris = rows.flatMap((row) => Object.values(row).filter((term) => term.type === 'uri').map((term) => term.value));
  const labels = iris.length <= 3000 ? await fetchLabels(iris).catch(() => new Map()) : new Map();
  return el(
    'table',
    { class: 'result-table' },
    el('thead', {}, el('tr', {}, ...variables.map((name) => el('th', {}, `?${name}`)))),
    el('tbody', {}, ...rows.map((row) => el('tr', {}, ...variables.map((name) => el('td', {}, row[name] ? termNode(row[name], labels) : ''))))),
  );
}

/** Links that run the query again with `format=`, saved as a file. */
function downloadLinks(query, formats) {
  return formats.flatMap(([name, format], i) => {
    const link = el('a', { href: `/sparql?${new URLSearchParams({ query, format })}`, download: `results.${format}`, class: 'download' }, name);
    return i === 0 ? ['Download: ', link] : [' · ', link];
  });
}
