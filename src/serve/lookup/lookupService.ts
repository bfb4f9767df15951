/**
 * `/lookup?q=NAME`: entities by name, as JSON, from the label index (`labelIndex.ts`) the server builds
 * from the store once, at start, with a handful of queries: the names, the classes, the articles about
 * entities and in how many articles' graphs each is named. Each hit says its type and its article (or an
 * article that names it), so a reader can tell the Berlin of one article from another's.
 */
import type { IncomingMessage, ServerResponse } from 'http';
import type { Term } from '@rdfjs/types';
import { HttpError, send } from '../http';
import { pathForIri } from '../linkedData';
import { LabelIndex, type LookupHit } from './labelIndex';

/** Runs a SELECT and gives its rows (an error reply becomes an exception). */
export type RowSource = (sparql: string) => Promise<Array<Record<string, Term | undefined>>>;

/** The index and what the answers show beside it: the English names of classes. */
export interface Lookup {
  index: LabelIndex;
  classNames: Map<string, string>;
}

/** Properties whose literal values are names of their subject. */
const NAME_PROPERTIES = 'rdfs:label|skos:altLabel|skos:prefLabel|wkg:nativeLabel|wkg:officialName';

/** Classes that are about the graph's own bookkeeping, never what a reader looks for. */
const HIDDEN_TYPES = 'rdf:Statement, wkg:Statement, nif:Phrase, nif:Sentence, nif:Context, prov:Entity';

const QUERIES = {
  names: `SELECT DISTINCT ?s ?name WHERE { ?s ${NAME_PROPERTIES} ?name FILTER (isIRI(?s) && isLiteral(?name)) }`,
  types: `SELECT DISTINCT ?s ?type WHERE { ?s a ?type FILTER (isIRI(?s) && ?type NOT IN (${HIDDEN_TYPES})) }`,
  articles: 'SELECT DISTINCT ?s ?article ?title WHERE { ?article schema:about ?s OPTIONAL { ?article schema:name ?title } }',
  mentions: 'SELECT ?s (COUNT(DISTINCT ?g) AS ?n) (MIN(STR(?g)) AS ?first) WHERE { GRAPH ?g { ?s rdfs:label ?name } } GROUP BY ?s',
  classNames: 'SELECT DISTINCT ?class ?name WHERE { ?class a owl:Class ; rdfs:label ?name FILTER (LANGMATCHES(LANG(?name), "en")) }',
};

/** Builds the index from the store's answers. */
export async function buildLookup(rows: RowSource): Promise<Lookup> {
  const [names, types, articles, mentions, classes] = await Promise.all([
    rows(QUERIES.names), rows(QUERIES.types), rows(QUERIES.articles), rows(QUERIES.mentions), rows(QUERIES.classNames),
  ]);
  const index = new LabelIndex();
  for (const row of names) if (row.s && row.name) index.addName(row.s.value, row.name.value, row.name.termType === 'Literal' ? row.name.language : '');
  const known = (iri: string | undefined) => iri !== undefined && index.has(iri);
  for (const row of types) if (known(row.s?.value)) index.entity(row.s!.value).types.push(row.type!.value);
  for (const row of articles) {
    if (known(row.s?.value) && row.article) index.entity(row.s!.value).article = { iri: row.article.value, ...(row.title ? { title: row.title.value } : {}) };
  }
  for (const row of mentions) {
    if (!known(row.s?.value)) continue;
    const entity = index.entity(row.s!.value);
    entity.mentions = Number(row.n?.value ?? 0);
    if (row.first) entity.mentionedIn = row.first.value;
  }
  for (const entity of index.entities()) entity.types = [...new Set(entity.types)].sort();
  const classNames = new Map<string, string>();
  for (const row of classes) if (row.class && row.name && !classNames.has(row.class.value)) classNames.set(row.class.value, row.name.value);
  return { index, classNames };
}

/** Answers `/lookup?q=…[&lang=…][&offset=…][&limit=…]`. */
export function handleLookup(lookup: Lookup, base: string, req: IncomingMessage, res: ServerResponse, url: URL): void {
  const q = url.searchParams.get('q') ?? '';
  if (q.trim() === '') throw new HttpError(400, 'give a name to look up: /lookup?q=…');
  if (q.length > 200) throw new HttpError(400, 'a name to look up is at most 200 characters');
  const offset = whole(url.searchParams.get('offset'), 0, 0, 1_000_000, 'offset');
  const limit = whole(url.searchParams.get('limit'), 20, 1, 100, 'limit');
  const lang = url.searchParams.get('lang') ?? firstLanguage(req.headers['accept-language']);
  const page = lookup.index.search(q, { lang, offset, limit });
  const next = offset + limit < page.total ? `/lookup?${new URLSearchParams({ q, ...(lang ? { lang } : {}), offset: String(offset + limit), limit: String(limit) })}` : undefined;
  const body = {
    query: q,
    total: page.total,
    offset,
    limit,
    ...(next ? { next } : {}),
    results: page.hits.map((hit) => hitJson(hit, lookup.classNames, base)),
  };
  send(res, 200, 'application/json', JSON.stringify(body), { 'Cache-Control': 'no-cache', Vary: 'Accept-Language' });
}

function hitJson(hit: LookupHit, classNames: Map<string, string>, base: string) {
  const { entity } = hit;
  const article = entity.article ?? (entity.mentionedIn ? { iri: entity.mentionedIn } : undefined);
  return {
    iri: entity.iri,
    page: pathForIri(entity.iri, base),
    label: hit.label,
    lang: hit.lang,
    match: hit.match,
    types: entity.types.filter((type) => classNames.has(type)).map((type) => ({ iri: type, label: classNames.get(type) })),
    ...(article ? { article: { ...article, page: pathForIri(article.iri, base), own: entity.article !== undefined } } : {}),
    mentions: entity.mentions,
  };
}

function whole(value: string | null, fallback: number, min: number, max: number, name: string): number {
  if (value === null) return fallback;
  const number = Number(value);
  if (!/^\d+$/.test(value) || number < min || number > max) throw new HttpError(400, `${name} must be a whole number from ${min} to ${max} (got '${value.slice(0, 20)}')`);
  return number;
}

/** The first language of an `Accept-Language` header (`zh-TW,zh;q=0.9` → `zh-TW`), or undefined. */
function firstLanguage(header: string | undefined): string | undefined {
  const first = header?.split(',')[0]?.split(';')[0]?.trim();
  return first && first !== '*' ? first : undefined;
}
