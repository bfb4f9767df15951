/**
 * `wikikg query`: SPARQL over the built graphs plus the ontology. A query comes from a file, from the
 * shipped `queries/NAME.rq`, from `--sparql`, or from standard input (`-`); `--all` runs every shipped
 * query in order, each under the comment header that says what it asks. With `--endpoint` the same
 * questions go to a remote SPARQL server (see `wikikg push`) instead of the embedded store.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { ParsedArgs } from '../args';
import type { Command } from '../command';
import { listRdfFiles, readRdfText, withFileName } from '../dataFiles';
import { HTTP_OPTIONS, httpSettings, serverUrl } from '../endpoint';
import { CommandError, EXIT, UsageError } from '../errors';
import { resolveIn, type CliIo } from '../io';
import { closestMatch, compareCodePoints } from '../../util/text';
import type { QueryResult } from '../../store/oxigraph';

const RESULT_FORMATS = ['table', 'json', 'csv', 'tsv'] as const;
type ResultFormat = (typeof RESULT_FORMATS)[number];

/** A query to run: its text and the name to show in errors. */
export interface NamedQuery {
  name: string;
  text: string;
}

/** The `query` command. */
export const queryCommand: Command = {
  spec: {
    name: 'query',
    summary: 'Answer SPARQL queries over the built graphs',
    operands: '[FILE.rq|NAME|-]',
    operandHelp: [
      'FILE.rq  a file holding a SPARQL query; - reads the query from stdin',
      'NAME     a shipped query, queries/NAME.rq (see --all)',
    ],
    minOperands: 0,
    maxOperands: 1,
    options: [
      { name: 'sparql', short: 'e', value: 'TEXT', description: 'The query text itself' },
      { name: 'all', description: 'Run every shipped query (queries/*.rq) in order' },
      { name: 'data', short: 'd', value: 'DIR', defaultHelp: 'output/', description: 'Folder of RDF files to query' },
      { name: 'endpoint', value: 'URL', description: 'Ask a SPARQL server instead (see wikikg push); not with --data' },
      { name: 'format', short: 'f', value: 'FORMAT', choices: RESULT_FORMATS, default: 'table', description: 'Result format' },
      ...HTTP_OPTIONS,
    ],
    examples: [
      'wikikg query --all',
      'wikikg query 01-posts',
      "wikikg query --sparql 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }' --format json",
      'wikikg query --all --endpoint http://127.0.0.1:8890/sparql',
    ],
  },
  run: runQuery,
};

async function runQuery(args: ParsedArgs, io: CliIo): Promise<number> {
  const endpoint = args.value('endpoint');
  if (endpoint !== undefined && args.has('data')) throw new UsageError('give --data DIR or --endpoint URL, not both', 'query');
  const remote = endpoint !== undefined ? { url: serverUrl(endpoint, 'endpoint', 'query'), ...httpSettings(args, 'query') } : undefined;
  const queries = await chooseQueries(args, io);
  const answer = remote ? await remoteStore(remote) : await embeddedStore(args.value('data') ?? 'output/', io);
  const { formatResult } = await import('../../store/results');
  const format = args.value('format') as ResultFormat;
  for (const [index, query] of queries.entries()) {
    const result = await withQueryName(query, () => answer(query.text));
    if (args.has('all')) io.stdout.write(`${index > 0 ? '\n' : ''}${commentHeader(query)}\n`);
    io.stdout.write(endWithNewline(formatResult(result, format)));
  }
  return EXIT.ok;
}

/** The embedded store over the RDF files of `dir` and the ontology. */
async function embeddedStore(dir: string, io: CliIo): Promise<(sparql: string) => QueryResult> {
  const dataFiles = listRdfFiles(io, dir);
  const ontology = ontologyFile(io);
  // Loaded on demand: the store is WebAssembly and only this command and `export` need it.
  const { GraphStore } = await import('../../store/oxigraph');
  const store = await GraphStore.fromFiles([]);
  for (const file of [...dataFiles, ontology]) {
    const text = readRdfText(file);
    // One graph, as the questions expect, whether the build wrote Turtle files or N-Quads streams.
    withFileName(file, () => store.load(text, file.format, { merge: true }));
  }
  return (sparql) => store.query(sparql);
}

/** A remote SPARQL endpoint, with the credentials of the environment. */
async function remoteStore(remote: { url: string; timeoutMs: number; retries: number }): Promise<(sparql: string) => Promise<QueryResult>> {
  const { HttpClient, SparqlEndpoint, credentialsFromEnv } = await import('../../store/remote');
  const endpoint = new SparqlEndpoint(remote.url, new HttpClient({ ...remote, credentials: credentialsFromEnv() }));
  return (sparql) => endpoint.query(sparql);
}

/** The queries the arguments ask for: exactly one of FILE/NAME/-, --sparql and --all. */
async function chooseQueries(args: ParsedArgs, io: CliIo): Promise<NamedQuery[]> {
  const sparql = args.value('sparql');
  const given = [args.operands.length > 0, sparql !== undefined, args.has('all')].filter(Boolean).length;
  if (given !== 1) throw new UsageError('give one query: FILE.rq, NAME, -, --sparql TEXT or --all', 'query');
  if (sparql !== undefined) return [{ name: '--sparql', text: sparql }];
  if (args.has('all')) return shippedQueries(io);
  const operand = args.operands[0];
  if (operand === '-') return [{ name: '<stdin>', text: Buffer.from(await io.readStdin()).toString('utf8') }];
  const looksLikeFile = operand.endsWith('.rq') || operand.includes('/') || operand.includes(path.sep);
  if (looksLikeFile || fs.existsSync(resolveIn(io, operand))) {
    return [{ name: operand, text: readQueryFile(resolveIn(io, operand), operand) }];
  }
  return [shippedQuery(io, operand)];
}

/** `queries/NAME.rq` from the package, with a suggestion when the name is unknown. */
function shippedQuery(io: CliIo, name: string): NamedQuery {
  const file = path.join(io.packageRoot, 'queries', `${name}.rq`);
  if (!fs.existsSync(file)) {
    const names = shippedQueryFiles(io).map((found) => path.basename(found, '.rq'));
    const suggestion = closestMatch(name, names);
    const hint = suggestion ? `did you mean '${suggestion}'?` : `the shipped queries are: ${names.join(', ') || '(none)'}`;
    throw new CommandError(`no query named '${name}'; ${hint}`);
  }
  return { name: `queries/${name}.rq`, text: readQueryFile(file, `queries/${name}.rq`) };
}

/** Every `queries/*.rq` of the package, in code point order (the files are numbered to set it). */
function shippedQueries(io: CliIo): NamedQuery[] {
  const files = shippedQueryFiles(io);
  if (files.length === 0) throw new CommandError(`no queries in ${path.join(io.packageRoot, 'queries')}`);
  return files.map((file) => ({ name: `queries/${path.basename(file)}`, text: readQueryFile(file, file) }));
}

function shippedQueryFiles(io: CliIo): string[] {
  const dir = path.join(io.packageRoot, 'queries');
  const names = fs.existsSync(dir) ? fs.readdirSync(dir) : [];
  return names.filter((name) => name.endsWith('.rq')).sort(compareCodePoints).map((name) => path.join(dir, name));
}

function readQueryFile(file: string, shown: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    throw new CommandError(missing ? `no such query file: ${shown}` : `cannot read ${shown}: ${(error as Error).message}`);
  }
}

/** The ontology shipped with the package; queries rely on its classes and labels. */
function ontologyFile(io: CliIo) {
  const file = path.join(io.packageRoot, 'ontology', 'wikikg.ttl');
  if (!fs.existsSync(file)) throw new CommandError(`the ontology is missing (${file}); the installation is incomplete`);
  return { path: file, shown: 'ontology/wikikg.ttl', format: 'ttl' as const };
}

/** The `#` lines at the top of a query, which say what it asks; its name when it has none. */
export function commentHeader(query: NamedQuery): string {
  const lines = query.text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const start = lines.findIndex((line) => line.trim() !== '');
  const header: string[] = [];
  for (const line of lines.slice(Math.max(start, 0))) {
    if (!line.trimStart().startsWith('#')) break;
    header.push(line.trimEnd());
  }
  return header.length > 0 ? header.join('\n') : `# ${query.name}`;
}

/** Names the query in a syntax or evaluation error. */
async function withQueryName<T>(query: NamedQuery, step: () => T | Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    throw new CommandError(`${query.name}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function endWithNewline(text: string): string {
  return text.endsWith('\n') ? text : `${text}\n`;
}
