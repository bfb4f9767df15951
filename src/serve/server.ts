/**
 * `wikikg serve` as a library: starts the query workers over the data, then an HTTP server (Node's own
 * `http`: a handful of routes need no framework) that answers SPARQL, Linked Data and the browser UI.
 * Read-only by construction: no route writes, and the store never sees an update.
 */
import * as fs from 'fs';
import * as http from 'http';
import type { AddressInfo } from 'net';
import * as path from 'path';
import { compareCodePoints } from '../util/text';
import { parseSparqlJson } from '../store/sparqlJson';
import { commonHeaders, HttpError, sendError } from './http';
import { QueryPool } from './queryPool';
import { route } from './routes';
import { isSafeIri } from './linkedData';
import { EXAMPLE_QUERY, LANGUAGES_QUERY, statsQueries, type DatasetStats } from './describeService';
import type { DataFile } from './dataset';
import { readBuildInfo } from './buildManifests';
import { buildLookup, type Lookup, type RowSource } from './lookup/lookupService';
import { DEFAULT_BASE } from '../graph/vocab';
import type { ExampleQuery, ServerContext } from './context';

/** How to serve. */
export interface ServeOptions {
  /** The RDF files (the data and the ontology). */
  files: readonly DataFile[];
  host: string;
  /** 0 picks a free port. */
  port: number;
  /** The base of the graph's own IRIs; by default the one the builds' manifests name, else DEFAULT_BASE. */
  base?: string;
  timeoutMs: number;
  maxRows: number;
  /** Query worker threads, each with a copy of the data. */
  workers: number;
  packageRoot: string;
  /** Largest request body; default 1 MiB. */
  maxBodyBytes?: number;
  /** Where problems found while serving are reported (one line each). */
  log?: (line: string) => void;
}

/** A running server. */
export interface RunningServer {
  /** `http://host:port` (no trailing slash). */
  origin: string;
  /** The base IRI served. */
  base: string;
  /** Quads loaded. */
  triples: number;
  /** Stops accepting, ends open connections and the workers. */
  close(): Promise<void>;
}

/** Queries that may wait for a worker before the server answers 503. */
const QUEUE_LIMIT = 64;

/** Loads the data into the workers and listens; rejects with a one-line message (a bad file, a port in use). */
export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const log = options.log ?? ((line: string) => process.stderr.write(`wikikg serve: ${line}\n`));
  const build = readBuildInfo(options.files);
  const base = chooseBase(options.base, build.bases, log);
  // The base goes into queries (as an IRI and inside strings): it must be an IRI that cannot break out of them.
  if (!isSafeIri(base) || !base.endsWith('/')) throw new Error(`the base must be an absolute IRI ending in / (got '${base}')`);
  const files = options.files.map((file) => (file.graph === undefined && build.graphs.has(path.resolve(file.path)) ? { ...file, graph: build.graphs.get(path.resolve(file.path)) } : file));
  const pool = await QueryPool.start({ files, size: options.workers, timeoutMs: options.timeoutMs, queueLimit: QUEUE_LIMIT, log });
  let stats: Promise<DatasetStats> | undefined;
  const rows = rowSource(pool);
  // Built as soon as the server listens; a failed build (a time-out) is tried again when asked.
  let lookup: Promise<Lookup> | undefined;
  let closing = false;
  const buildIndex = () =>
    (lookup ??= buildLookup(rows).catch((error: unknown) => {
      lookup = undefined;
      throw error;
    }));
  const context: ServerContext = {
    pool,
    base,
    maxRows: options.maxRows,
    maxBodyBytes: options.maxBodyBytes ?? 1024 * 1024,
    packageRoot: options.packageRoot,
    examples: readExamples(options.packageRoot),
    // Counted once; a failed count (a time-out on a huge graph) is tried again on the next request.
    stats: () =>
      (stats ??= countStats(pool, base).catch((error: unknown) => {
        stats = undefined;
        throw error;
      })),
    lookup: buildIndex,
  };
  const server = http.createServer((req, res) => void handle(context, req, res, log));
  // A slow client may not hold a connection open for ever while sending its request.
  server.requestTimeout = 30_000;
  server.headersTimeout = 10_000;
  try {
    await listen(server, options.host, options.port);
  } catch (error) {
    await pool.close();
    throw error;
  }
  const { port } = server.address() as AddressInfo;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  const warning = hostWarning(options.host, port);
  if (warning) log(warning);
  buildIndex().catch((error: Error) => {
    if (!closing) log(`the label index of /lookup could not be built: ${error.message}`);
  });
  return {
    origin: `http://${host}:${port}`,
    base,
    triples: pool.triples,
    close: async () => {
      closing = true;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
      await pool.close();
    },
  };
}

/**
 * The base to serve: the one asked for, else the one every build's manifest names (a build made with
 * `--base` is served under it without being told again), else the default. Builds made with several
 * bases, or a base other than the builds', are served as asked but said aloud: their IRIs would not all
 * be found.
 */
export function chooseBase(asked: string | undefined, built: ReadonlyMap<string, string>, log: (line: string) => void): string {
  const bases = [...built.keys()];
  if (asked === undefined && bases.length === 1) return bases[0];
  const chosen = asked ?? DEFAULT_BASE;
  if (bases.length > 1) log(`the builds were made with several bases (${bases.join(', ')}); serving ${chosen} (choose with --base)`);
  else if (bases.length === 1 && bases[0] !== chosen) log(`the build was made with --base ${bases[0]} (${built.get(bases[0])}); serving ${chosen}, under which its IRIs are not found`);
  return chosen;
}

/** A warning when the server listens beyond this machine (any address but loopback), or undefined. */
export function hostWarning(host: string, port: number): string | undefined {
  if (/^(127\.\d+\.\d+\.\d+|::1|localhost)$/i.test(host)) return undefined;
  const everywhere = host === '0.0.0.0' || host === '::';
  const here = everywhere ? ` (on this machine: http://127.0.0.1:${port}/)` : '';
  return `listening on ${host}${everywhere ? ', every network interface' : ''}: other machines that reach port ${port} can query this server${here}; --host 127.0.0.1 keeps it to this machine`;
}

/** Runs the route; an error becomes its status and one line of text, a bug a 500 that is also logged. */
async function handle(context: ServerContext, req: http.IncomingMessage, res: http.ServerResponse, log: (line: string) => void): Promise<void> {
  commonHeaders(res);
  try {
    await route(context, req, res);
  } catch (error) {
    if (res.headersSent) return void res.destroy();
    if (error instanceof HttpError) return sendError(res, error.status, error.message, error.headers);
    log(`${req.method} ${req.url}: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
    sendError(res, 500, 'internal error');
  }
}

function listen(server: http.Server, host: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') reject(new Error(`port ${port} on ${host} is in use; choose another with --port`));
      else if (error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND') reject(new Error(`cannot listen on ${host}: no such address here`));
      else if (error.code === 'EACCES') reject(new Error(`not allowed to listen on port ${port} of ${host}`));
      else reject(error);
    });
    server.listen(port, host, () => resolve());
  });
}

/** The shipped questions of `queries/`, each with its first comment line as its title. */
export function readExamples(packageRoot: string): ExampleQuery[] {
  const dir = path.join(packageRoot, 'queries');
  const names = fs.existsSync(dir) ? fs.readdirSync(dir).filter((name) => name.endsWith('.rq')).sort(compareCodePoints) : [];
  return names.map((name) => {
    const text = fs.readFileSync(path.join(dir, name), 'utf8');
    const comment = /^\s*#\s*(.*)$/m.exec(text);
    return { name: name.slice(0, -'.rq'.length), title: comment ? comment[1].trim() : name, text };
  });
}

/** Rows of a SELECT run by the pool without a cap (the server's own questions); an error reply throws. */
function rowSource(pool: QueryPool): RowSource {
  return async (sparql) => {
    const reply = await pool.run({ sparql, accept: 'application/sparql-results+json', maxRows: Number.MAX_SAFE_INTEGER });
    if (reply.status !== 200) throw new HttpError(reply.status, reply.body.trim());
    const result = parseSparqlJson(reply.body);
    return result.kind === 'bindings' ? result.rows : [];
  };
}

/** Counts the VoID numbers with a few queries. */
async function countStats(pool: QueryPool, base: string): Promise<DatasetStats> {
  const ask = async (sparql: string) => {
    const reply = await pool.run({ sparql, accept: 'application/sparql-results+json', maxRows: Number.MAX_SAFE_INTEGER });
    if (reply.status !== 200) throw new HttpError(reply.status, `could not count the dataset: ${reply.body.trim()}`);
    const result = parseSparqlJson(reply.body);
    return result.kind === 'bindings' ? result.rows : [];
  };
  const count = async (sparql: string) => Number((await ask(sparql))[0]?.n?.value ?? 0);
  const queries = statsQueries(base);
  const [entities, classes, properties, articles, languages, example] = await Promise.all([
    count(queries.entities), count(queries.classes), count(queries.properties), count(queries.articles),
    ask(LANGUAGES_QUERY), ask(EXAMPLE_QUERY),
  ]);
  return {
    triples: pool.triples,
    entities,
    classes,
    properties,
    articles,
    languages: languages.map((row) => row.lang?.value ?? '').filter((lang) => lang !== ''),
    ...(example[0]?.entity ? { example: example[0].entity.value } : {}),
  };
}
