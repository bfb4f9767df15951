/**
 * `npm run bench`: builds the whole corpus with the wikikg pipeline and parses it with the two
 * baselines (wikiparser-node alone, wtf_wikipedia), and prints throughput, memory and wikikg's stages.
 *
 * Each contender runs in a fresh child process (`worker.ts`), one after the other, never two at once:
 * their heaps, garbage collections and JIT state cannot disturb each other, and `maxRSS` is a
 * per-process high-water mark, so only a process of its own gives a contender's peak memory. Rounds
 * rotate the order, so slow drift in the machine's load is spread over all contenders.
 */
import { spawn } from 'child_process';
import * as path from 'path';
import { packageRoot } from '../src/util/packageRoot';
import { CONTENDERS, DEFAULT_CONTENDERS } from './contenders';
import { defaultCorpusDir } from './corpus';
import { figuresOf, formatTable, ratiosByRound, type BenchReport } from './report';
import type { WorkerOptions, WorkerResult } from './worker';

const HELP = `Usage: npm run bench -- [options]

Builds every article of the corpus with the wikikg pipeline (parse → extract → graph → Turtle) and
parses the same articles with wikiparser-node alone and with wtf_wikipedia, each contender in a fresh
process, and prints articles/s, MB/s, triples/s, peak memory and wikikg's time per stage.

Options:
  --rounds N      processes per contender, order rotated each round (default 3)
  --reps N        timed passes over the corpus in each process (default 1)
  --warm-up F     fraction of the corpus parsed before timing, in each process (default 0.125)
  --every K       keep one article in K, for a quick run (default 1: all)
  --only LIST     contenders, comma-separated (default ${DEFAULT_CONTENDERS.join(',')}; also: wikikg-lint, adapter)
  --corpus DIR    folder holding manifest.tsv (default ../shared/corpus next to the repository)
  --json          print the report as JSON instead of a table
  -h, --help      show this help
`;

interface BenchOptions {
  rounds: number;
  reps: number;
  warmUp: number;
  every: number;
  only: string[];
  corpus: string;
  json: boolean;
}

class UsageError extends Error {}

/** Reads the command line; throws a `UsageError` on anything it does not know. */
function parseArgs(argv: string[]): BenchOptions | 'help' {
  const options: BenchOptions = { rounds: 3, reps: 1, warmUp: 0.125, every: 1, only: DEFAULT_CONTENDERS, corpus: defaultCorpusDir(packageRoot()), json: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '-h' || arg === '--help') return 'help';
    if (arg === '--json') options.json = true;
    else if (['--rounds', '--reps', '--every'].includes(arg)) options[arg.slice(2) as 'rounds' | 'reps' | 'every'] = positiveInteger(arg, argv[++i]);
    else if (arg === '--warm-up') options.warmUp = fraction(arg, argv[++i]);
    else if (arg === '--corpus') options.corpus = path.resolve(required(arg, argv[++i]));
    else if (arg === '--only') options.only = contenderList(required(arg, argv[++i]));
    else throw new UsageError(`unknown option '${arg}' (see --help)`);
  }
  return options;
}

function required(option: string, value: string | undefined): string {
  if (value === undefined || value.startsWith('--')) throw new UsageError(`${option} needs a value`);
  return value;
}

function positiveInteger(option: string, value: string | undefined): number {
  const n = Number(required(option, value));
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`${option} must be a whole number ≥ 1 (got '${value}')`);
  return n;
}

function fraction(option: string, value: string | undefined): number {
  const n = Number(required(option, value));
  if (!(n >= 0 && n <= 1)) throw new UsageError(`${option} must be between 0 and 1 (got '${value}')`);
  return n;
}

function contenderList(value: string): string[] {
  const names = value.split(',').filter((name) => name !== '');
  const unknown = names.filter((name) => !CONTENDERS.some((c) => c.name === name));
  if (unknown.length > 0 || names.length === 0) {
    throw new UsageError(`--only takes ${CONTENDERS.map((c) => c.name).join(', ')} (got '${value}')`);
  }
  return names;
}

/** Runs one worker process and returns what it printed on stdout. */
function runWorkerProcess(options: WorkerOptions): Promise<WorkerResult> {
  const args = [path.join(__dirname, 'worker.js'), '--contender', options.contender, '--corpus', options.corpus];
  args.push('--every', String(options.every), '--reps', String(options.reps), '--warm-up', String(options.warmUp));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`the ${options.contender} worker exited with code ${code}`));
      else resolve(JSON.parse(out) as WorkerResult);
    });
  });
}

/** Every round runs every contender once, starting one further along the list each time. */
async function runRounds(options: BenchOptions): Promise<Map<string, WorkerResult[]>> {
  const results = new Map<string, WorkerResult[]>(options.only.map((name) => [name, []]));
  for (let round = 0; round < options.rounds; round++) {
    const order = options.only.map((_, i) => options.only[(i + round) % options.only.length]);
    for (const contender of order) {
      process.stderr.write(`round ${round + 1}/${options.rounds}: ${contender}\n`);
      const result = await runWorkerProcess({ contender, corpus: options.corpus, every: options.every, reps: options.reps, warmUp: options.warmUp });
      results.get(contender)!.push(result);
    }
  }
  return results;
}

/** Runs the benchmark and prints its report. */
async function main(argv: string[]): Promise<number> {
  const options = parseArgs(argv);
  if (options === 'help') {
    process.stdout.write(HELP);
    return 0;
  }
  const results = await runRounds(options);
  const contenders = options.only.map((name) => figuresOf(results.get(name)!));
  const pipeline = contenders.find((c) => c.name === 'wikikg');
  const floor = contenders.find((c) => c.name === 'wikiparser-node');
  const report: BenchReport = {
    corpus: options.corpus,
    node: process.version,
    rounds: options.rounds,
    repsPerRound: options.reps,
    warmUpArticles: results.get(options.only[0])![0].warmUp.articles,
    contenders,
    pipelineToParseRatio: pipeline && floor ? pipeline.articlesPerSecond / floor.articlesPerSecond : null,
    pipelineToParseCpuRatio: pipeline && floor ? floor.cpuSeconds.median / pipeline.cpuSeconds.median : null,
    pipelineToParseRatioByRound: pipeline && floor ? ratiosByRound(results.get('wikikg')!, results.get('wikiparser-node')!) : [],
  };
  process.stdout.write(options.json ? `${JSON.stringify(report, null, 2)}\n` : formatTable(report));
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = error instanceof UsageError ? 2 : 1;
  },
);
