/**
 * `wikikg serve`: the built graphs and the ontology behind a SPARQL 1.1 endpoint, Linked Data pages for
 * the graph's own IRIs and a browser UI that shows every fact with its evidence (see `src/serve/`).
 * Binds 127.0.0.1 unless told otherwise; runs until SIGINT or SIGTERM, then closes cleanly.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { ParsedArgs } from '../args';
import type { Command } from '../command';
import { listRdfFiles } from '../dataFiles';
import { wholeNumber } from '../endpoint';
import { CommandError, EXIT, UsageError } from '../errors';
import type { CliIo } from '../io';
import { DEFAULT_BASE, ONTOLOGY_IRI } from '../../graph/vocab';
import { isBaseIri } from './build';

/** The `serve` command. */
export const serveCommand: Command = {
  spec: {
    name: 'serve',
    summary: 'Serve the graphs: SPARQL endpoint, Linked Data and a browser UI',
    operands: '',
    operandHelp: [],
    minOperands: 0,
    maxOperands: 0,
    options: [
      { name: 'data', short: 'd', value: 'DIR', defaultHelp: 'output/', description: 'Folder of RDF files to serve (read recursively)' },
      { name: 'host', value: 'HOST', default: '127.0.0.1', description: 'Address to listen on (0.0.0.0 opens it to the network)' },
      { name: 'port', short: 'p', value: 'N', default: '7878', description: 'Port to listen on (0 picks a free one)' },
      { name: 'base', value: 'IRI', defaultHelp: `the build's, from its manifest; else ${DEFAULT_BASE}`, description: 'Base IRI the graph was built with; its IRIs are served at the same paths here' },
      { name: 'timeout', value: 'SECONDS', default: '30', description: 'Longest a query may run before it is stopped (503)' },
      { name: 'max-rows', value: 'N', default: '10000', description: 'Most rows (or triples) an answer may have (422 past it)' },
      { name: 'workers', value: 'N', default: '2', description: 'Query worker threads, each holding a copy of the data (see the README on sizing)' },
    ],
    examples: [
      'wikikg serve',
      'wikikg serve --data graphs/ --port 8080',
      'wikikg serve --host 0.0.0.0 --base https://kg.example.org/',
    ],
  },
  run: runServe,
};

async function runServe(args: ParsedArgs, io: CliIo): Promise<number> {
  const settings = checkSettings(args);
  const dataDir = args.value('data') ?? 'output/';
  const files = [...listRdfFiles(io, dataDir), ontologyFile(io)];
  const { startServer } = await import('../../serve/server');
  let server;
  try {
    server = await startServer({ ...settings, files, packageRoot: io.packageRoot, log: (line) => io.stderr.write(`wikikg serve: ${line}\n`) });
  } catch (error) {
    throw new CommandError(error instanceof Error ? error.message : String(error));
  }
  io.stdout.write(
    `wikikg serve: ${server.triples} triples from ${dataDir} at ${server.origin}/ (SPARQL endpoint ${server.origin}/sparql); Ctrl-C stops\n`,
  );
  const signal = await untilSignal();
  io.stderr.write(`wikikg serve: ${signal}, stopping\n`);
  await server.close();
  return EXIT.ok;
}

/** The options with a shape, checked. */
function checkSettings(args: ParsedArgs) {
  const port = wholeNumber(args, 'port', 0, 'serve');
  if (port > 65535) throw new UsageError(`--port must be at most 65535 (got ${port})`, 'serve');
  const timeout = Number(args.value('timeout'));
  if (!Number.isFinite(timeout) || timeout <= 0) throw new UsageError(`--timeout must be a number of seconds above 0 (got '${args.value('timeout')}')`, 'serve');
  const base = args.value('base');
  if (base !== undefined && (!isBaseIri(base) || !base.endsWith('/'))) throw new UsageError(`--base must be an absolute IRI ending in / (got '${base}')`, 'serve');
  return {
    host: args.value('host') as string,
    port,
    ...(base !== undefined ? { base } : {}),
    timeoutMs: Math.round(timeout * 1000),
    maxRows: wholeNumber(args, 'max-rows', 1, 'serve'),
    workers: wholeNumber(args, 'workers', 1, 'serve'),
  };
}

/** The ontology shipped with the package, served with the data in a graph of its own (as `push` puts it). */
function ontologyFile(io: CliIo) {
  const file = path.join(io.packageRoot, 'ontology', 'wikikg.ttl');
  if (!fs.existsSync(file)) throw new CommandError(`the ontology is missing (${file}); the installation is incomplete`);
  return { path: file, shown: 'ontology/wikikg.ttl', format: 'ttl' as const, graph: ONTOLOGY_IRI };
}

/** Resolves with the name of the first SIGINT or SIGTERM. */
function untilSignal(): Promise<string> {
  return new Promise((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve(signal);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
