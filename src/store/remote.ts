/**
 * A remote SPARQL server, spoken to over HTTP: queries through the SPARQL 1.1 Protocol and whole named
 * graphs written through the SPARQL 1.1 Graph Store HTTP Protocol (`PUT ?graph=IRI` replaces the graph,
 * so pushing a rebuilt article replaces its old triples). Answers come back as the same `QueryResult`
 * the embedded store gives, so the same formatter prints both.
 *
 * Tested against Virtuoso 7.2, whose quirks shape two choices: queries are POSTed form-encoded (it
 * answers nothing to a direct `application/sparql-query` POST), and its Graph Store endpoint is a
 * sibling of the query endpoint (`/sparql` → `/sparql-graph-crud`), which takes the standard `graph=`.
 */
import { parseN3 } from '../export/n3';
import { PREFIX_DECLARATIONS } from './prefixes';
import { parseSparqlJson } from './sparqlJson';
import { detailOf, EndpointError, HttpClient, type Credentials, type HttpAnswer } from './http';
import type { QueryResult } from './oxigraph';

export { EndpointError, HttpClient, type Credentials, type HttpOptions } from './http';

/** The environment variables that hold the server's credentials. */
export const CREDENTIAL_VARIABLES = { user: 'WIKIKG_ENDPOINT_USER', password: 'WIKIKG_ENDPOINT_PASSWORD' } as const;

/** Credentials from `WIKIKG_ENDPOINT_USER` and `WIKIKG_ENDPOINT_PASSWORD`, if the user is set. */
export function credentialsFromEnv(env: NodeJS.ProcessEnv = process.env): Credentials | undefined {
  const user = env[CREDENTIAL_VARIABLES.user];
  if (user === undefined || user === '') return undefined;
  return { user, password: env[CREDENTIAL_VARIABLES.password] ?? '' };
}

/**
 * The Graph Store endpoint beside a query endpoint, by Virtuoso's layout: `…/sparql` → `…/sparql-graph-crud`
 * and `…/sparql-auth` → `…/sparql-graph-crud-auth`; undefined for any other path (other servers put it
 * elsewhere: Fuseki `/ds/data`, Oxigraph `/store`), which the user then names.
 */
export function graphStoreUrlFor(endpoint: string): string | undefined {
  const url = new URL(endpoint);
  const match = /\/sparql(-auth)?\/?$/.exec(url.pathname);
  if (!match) return undefined;
  url.pathname = url.pathname.slice(0, match.index) + (match[1] ? '/sparql-graph-crud-auth' : '/sparql-graph-crud');
  url.search = '';
  return url.toString();
}

/** The query form, read past the prologue (comments, BASE, PREFIX); undefined when it is not plain. */
export function queryForm(sparql: string): 'SELECT' | 'ASK' | 'CONSTRUCT' | 'DESCRIBE' | undefined {
  let rest = sparql.replace(/^\uFEFF/, '');
  const prologue = /^(?:\s+|#[^\n]*|BASE\s*<[^>]*>|PREFIX\s+[^\s:]*:\s*<[^>]*>)/i;
  for (let m = prologue.exec(rest); m && m[0] !== ''; m = prologue.exec(rest)) rest = rest.slice(m[0].length);
  const form = /^(SELECT|ASK|CONSTRUCT|DESCRIBE)\b/i.exec(rest);
  return form ? (form[1].toUpperCase() as 'SELECT' | 'ASK' | 'CONSTRUCT' | 'DESCRIBE') : undefined;
}

const RESULTS_ACCEPT = 'application/sparql-results+json';
const GRAPH_ACCEPT = 'application/n-triples, text/turtle;q=0.9';

/** A SPARQL 1.1 Protocol query endpoint. */
export class SparqlEndpoint {
  constructor(
    readonly url: string,
    private readonly http: HttpClient,
  ) {}

  /** Answers a query; our prefixes (`wkg:`, ...) are declared before it, on its first line. */
  async query(sparql: string): Promise<QueryResult> {
    const form = queryForm(sparql);
    const graphResult = form === 'CONSTRUCT' || form === 'DESCRIBE';
    // On the query's own first line, so that the server's line numbers are the user's.
    const body = new URLSearchParams({ query: `${PREFIX_DECLARATIONS} ${sparql}` }).toString();
    const answer = await this.http.send({
      method: 'POST',
      url: this.url,
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: graphResult ? GRAPH_ACCEPT : RESULTS_ACCEPT },
      body,
    });
    if (answer.status >= 300) throw refusal(this.url, 'the query', answer, this.http.hasCredentials);
    return readAnswer(this.url, answer);
  }
}

/** A SPARQL 1.1 Graph Store HTTP Protocol endpoint. */
export class RemoteGraphStore {
  constructor(
    readonly url: string,
    private readonly http: HttpClient,
  ) {}

  /** Replaces the named graph `graph` with `body` (Turtle or N-Triples, as `mediaType` says). */
  async put(graph: string, body: string, mediaType: string): Promise<void> {
    const url = new URL(this.url);
    url.searchParams.set('graph', graph);
    const answer = await this.http.send({ method: 'PUT', url: url.toString(), headers: { 'Content-Type': `${mediaType}; charset=utf-8` }, body });
    if (answer.status >= 300) throw refusal(this.url, graph, answer, this.http.hasCredentials);
  }
}

/** `<url> refused <what>: 401 Unauthorized: <the server's message> (hint)`. */
function refusal(url: string, what: string, answer: HttpAnswer, hasCredentials: boolean): EndpointError {
  const hint = answer.status === 401 || answer.status === 403
    ? hasCredentials
      ? ` (check ${CREDENTIAL_VARIABLES.user} and ${CREDENTIAL_VARIABLES.password})`
      : ` (set ${CREDENTIAL_VARIABLES.user} and ${CREDENTIAL_VARIABLES.password} if the server needs a login)`
    : '';
  const attempts = answer.attempts > 1 ? ` (after ${answer.attempts} attempts)` : '';
  return new EndpointError(`${url} refused ${what}: ${answer.status} ${answer.statusText}${detailOf(answer.text, answer.mediaType)}${hint}${attempts}`);
}

/** A successful answer as a `QueryResult`: SPARQL JSON results, or a graph in N-Triples or Turtle. */
function readAnswer(url: string, answer: HttpAnswer): QueryResult {
  try {
    if (answer.mediaType === 'application/sparql-results+json' || answer.mediaType === 'application/json') return parseSparqlJson(answer.text);
    if (answer.mediaType === 'application/n-triples' || answer.mediaType === 'text/plain') return { kind: 'quads', quads: parseN3(answer.text, 'nt') };
    if (answer.mediaType === 'text/turtle') return { kind: 'quads', quads: parseN3(answer.text, 'ttl') };
  } catch (error) {
    throw new EndpointError(`${url} sent an answer that cannot be read (${answer.mediaType}): ${(error as Error).message.split('\n')[0]}`);
  }
  throw new EndpointError(`${url} answered in ${answer.mediaType || 'an unnamed format'}, not SPARQL results or N-Triples`);
}
