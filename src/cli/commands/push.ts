/**
 * `wikikg push`: stores every article's graph of a data folder on a SPARQL server through the Graph Store
 * HTTP Protocol, one named graph per article (`PUT`, so a rebuilt article replaces its old triples), and
 * the ontology as its own graph, so that `wikikg query --endpoint` gets the answers the embedded store gives.
 * Each stored graph is recorded in `DIR/push-journal.tsv` (`store/pushJournal.ts`); a push that stops says
 * how many graphs it stored and which are left, and `--resume` sends only the graphs the journal does not
 * say this Graph Store holds with the same content.
 */
import * as fs from 'fs';
import * as path from 'path';
import { ONTOLOGY_IRI } from '../../graph/vocab';
import type { NamedGraph } from '../../store/articleGraphs';
import type { ParsedArgs } from '../args';
import type { Command } from '../command';
import { listRdfFiles, readRdfText, withFileName, type RdfFile } from '../dataFiles';
import { HTTP_OPTIONS, httpSettings, serverUrl, wholeNumber } from '../endpoint';
import { CommandError, EXIT, UsageError } from '../errors';
import { resolveIn, type CliIo, type Writer } from '../io';

/** The `push` command. */
export const pushCommand: Command = {
  spec: {
    name: 'push',
    summary: 'Store the built graphs on a SPARQL server, one named graph per article (Graph Store Protocol)',
    operands: '',
    operandHelp: [],
    minOperands: 0,
    maxOperands: 0,
    options: [
      { name: 'endpoint', value: 'URL', description: "The server's SPARQL query endpoint (required), e.g. http://127.0.0.1:8890/sparql" },
      {
        name: 'graph-store', value: 'URL', defaultHelp: '…/sparql → …/sparql-graph-crud (Virtuoso)',
        description: "The server's Graph Store Protocol endpoint",
      },
      { name: 'data', short: 'd', value: 'DIR', default: 'output/', description: 'Folder of RDF files to push (searched recursively)' },
      { name: 'batch', value: 'N', default: '4', description: 'Requests in flight at once' },
      {
        name: 'resume',
        description:
          'Skip the graphs that DIR/push-journal.tsv says this Graph Store already holds with the same content ' +
          '(every push records there what it stored). It trusts that nothing replaced or dropped them since: ' +
          'after the server was wiped, or another folder was pushed to the same graphs, push without --resume',
      },
      ...HTTP_OPTIONS,
    ],
    examples: [
      'wikikg push --endpoint http://127.0.0.1:8890/sparql',
      'WIKIKG_ENDPOINT_USER=dba WIKIKG_ENDPOINT_PASSWORD=… wikikg push --endpoint http://host:8890/sparql-auth --data out/',
      'wikikg push --endpoint http://host:3030/ds/sparql --graph-store http://host:3030/ds/data',
      'wikikg push --endpoint http://127.0.0.1:8890/sparql --resume   # after a push that stopped',
    ],
  },
  run: runPush,
};

async function runPush(args: ParsedArgs, io: CliIo): Promise<number> {
  const { graphStore, concurrency, http } = await checkOptions(args);
  const resume = args.has('resume');
  const dataDir = args.value('data')!;
  const files = listRdfFiles(io, dataDir);
  const ontology = ontologyFile(io);
  // Loaded here so that `--help` and usage errors never pay for the RDF libraries.
  const { parseRdf } = await import('../../export/serialize');
  const { articleGraphs } = await import('../../store/articleGraphs');
  const { canonicalQuads } = await import('../../graph/terms');
  const { HttpClient, RemoteGraphStore, credentialsFromEnv } = await import('../../store/remote');
  const { pushGraphs, PushStopped } = await import('../../store/push');
  const { PushJournal, PUSH_JOURNAL } = await import('../../store/pushJournal');

  const started = Date.now();
  const store = new RemoteGraphStore(graphStore, new HttpClient({ ...http, credentials: credentialsFromEnv() }));
  const journalShown = path.join(dataDir, PUSH_JOURNAL);
  let journal;
  try {
    journal = PushJournal.open(path.join(resolveIn(io, dataDir), PUSH_JOURNAL), graphStore, resume);
  } catch (error) {
    // A read-only folder can still be pushed; only a later --resume loses what this push stores.
    io.stderr.write(`cannot keep ${journalShown} (${(error as Error).message}); a later push --resume will send everything\n`);
  }
  async function* graphs(): AsyncGenerator<NamedGraph> {
    yield { iri: ONTOLOGY_IRI, triples: canonicalQuads(withFileName(ontology, () => parseRdf(readRdfText(ontology), 'ttl'))) };
    const sources = new Map<string, string>([[ONTOLOGY_IRI, ontology.shown]]);
    for (const file of files) {
      const text = readRdfText(file);
      for (const graph of withFileName(file, () => articleGraphs(parseRdf(text, file.format)))) {
        const earlier = sources.get(graph.iri);
        if (earlier !== undefined) throw new CommandError(`${file.shown}: graph ${graph.iri} is also in ${earlier}; one would replace the other`);
        sources.set(graph.iri, file.shown);
        yield graph;
      }
    }
  }
  const progress = new PushProgress(io.stderr);
  let totals;
  try {
    totals = await pushGraphs(store, graphs(), { concurrency, journal, resume, onPushed: (_graph, sofar) => progress.update(sofar) });
  } catch (error) {
    if (!(error instanceof PushStopped)) throw error;
    progress.clear();
    // One line saying what the server holds now, before the cause (which main writes as the last line).
    io.stderr.write(`${stoppedLine(graphStore, error.totals, error.left, error.complete)}\n`);
    throw error.cause;
  } finally {
    progress.clear();
    journal?.close();
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const articles = totals.graphs - 1;
  const what = totals.skipped === 0
    ? `${totals.graphs} graphs (${articles} ${articles === 1 ? 'article' : 'articles'} and the ontology)`
    : `${totals.graphs} of ${totals.graphs + totals.skipped} graphs`;
  const skipped = totals.skipped === 0 ? '' : `; skipped ${totals.skipped} it holds unchanged (${journalShown})`;
  io.stderr.write(`pushed ${what}, ${totals.triples.toLocaleString('en')} triples to ${graphStore} in ${seconds} s${skipped}\n`);
  return EXIT.ok;
}

/**
 * `push stopped: stored 3 of 5 graphs at URL, 2 left: <a>, <b>; …`: what a stopped push leaves, with the
 * first few graphs left, and how to send only those.
 */
function stoppedLine(graphStore: string, totals: { graphs: number; skipped: number }, left: readonly string[], complete: boolean): string {
  const known = totals.graphs + totals.skipped + left.length;
  const stored = complete ? `stored ${totals.graphs} of ${known} graphs` : `stored ${totals.graphs} graphs`;
  const skipped = totals.skipped > 0 ? `, skipped ${totals.skipped} it holds unchanged` : '';
  const shown = left.slice(0, 3).join(', ') + (left.length > 3 ? `, … (${left.length - 3} more)` : '');
  const leftPart = complete
    ? `${left.length} left${left.length > 0 ? `: ${shown}` : ''}`
    : `left: ${left.length > 0 ? `${shown} and ` : ''}every graph not yet read`;
  return `push stopped: ${stored} at ${graphStore}${skipped}, ${leftPart}; \`wikikg push --resume\` sends only the graphs left`;
}

async function checkOptions(args: ParsedArgs) {
  const endpointArg = args.value('endpoint');
  if (endpointArg === undefined) throw new UsageError('push needs the server: --endpoint URL', 'push');
  const endpoint = serverUrl(endpointArg, 'endpoint', 'push');
  const graphStoreArg = args.value('graph-store');
  const { graphStoreUrlFor } = await import('../../store/remote');
  const graphStore = graphStoreArg !== undefined ? serverUrl(graphStoreArg, 'graph-store', 'push') : graphStoreUrlFor(endpoint);
  if (graphStore === undefined) {
    throw new UsageError(`cannot tell the Graph Store endpoint of ${endpoint} (only …/sparql is known, Virtuoso's layout); give --graph-store URL`, 'push');
  }
  return { graphStore, concurrency: wholeNumber(args, 'batch', 1, 'push'), http: httpSettings(args, 'push') };
}

/** The ontology shipped with the package, pushed as its own graph so that remote queries see its labels. */
function ontologyFile(io: CliIo): RdfFile {
  const file = path.join(io.packageRoot, 'ontology', 'wikikg.ttl');
  if (!fs.existsSync(file)) throw new CommandError(`the ontology is missing (${file}); the installation is incomplete`);
  return { path: file, shown: 'ontology/wikikg.ttl', format: 'ttl' };
}

/** `pushed 120 graphs, 345,678 triples` on a terminal, rewritten at most once a second. */
class PushProgress {
  private lastDraw = 0;
  private shown = false;

  constructor(private readonly stream: Writer & { isTTY?: boolean }) {}

  update(totals: { graphs: number; triples: number }): void {
    if (this.stream.isTTY !== true || Date.now() - this.lastDraw < 1000) return;
    this.lastDraw = Date.now();
    this.stream.write(`\r\x1b[2Kpushed ${totals.graphs} graphs, ${totals.triples.toLocaleString('en')} triples`);
    this.shown = true;
  }

  clear(): void {
    if (this.shown) this.stream.write('\r\x1b[2K');
    this.shown = false;
  }
}
