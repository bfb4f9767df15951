/**
 * One contender in a process of its own: load the corpus, warm up, time `--reps` passes over it, and
 * print the result as one JSON line on stdout (progress goes to stderr). `bench.ts` starts one of these
 * per contender and round; it can also be run by hand, e.g. under `node --cpu-prof`.
 */
import { performance } from 'perf_hooks';
import { packageRoot } from '../src/util/packageRoot';
import { defaultCorpusDir, loadCorpus, warmUpSample, type BenchArticle } from './corpus';
import { checkPipelineAgreement, contenderNamed, emptyStages, type Contender, type StageTimes } from './contenders';

/** What one timed pass over the corpus gave. */
export interface PassResult {
  ms: number;
  /** CPU time (user + system) of the pass: steadier than wall time on a shared machine, but counts GC threads too. */
  cpuMs: number;
  triples: number;
  errors: number;
  stages: StageTimes;
}

/** Everything a worker reports. */
export interface WorkerResult {
  contender: string;
  articles: number;
  bytes: number;
  warmUp: { articles: number; ms: number };
  passes: PassResult[];
  /** MB: RSS once the corpus is loaded, the highest RSS and heap seen between articles, and the OS's maxRSS. */
  memory: { rssStart: number; rssPeak: number; heapPeak: number; maxRss: number };
  /** False when the stage-by-stage calls no longer match `src/pipeline.ts` (wikikg only). */
  agreesWithPipeline?: boolean;
}

/** The worker's command line, as `bench.ts` writes it. */
export interface WorkerOptions {
  contender: string;
  corpus: string;
  every: number;
  reps: number;
  warmUp: number;
}

const MB = 1024 * 1024;

class MemoryPeak {
  rss = 0;
  heap = 0;
  /** Samples the process now; called between articles, where the pipeline's garbage is at its highest. */
  sample(): void {
    const usage = process.memoryUsage();
    if (usage.rss > this.rss) this.rss = usage.rss;
    if (usage.heapUsed > this.heap) this.heap = usage.heapUsed;
  }
}

async function runPass(contender: Contender, articles: BenchArticle[], peak: MemoryPeak, label: string): Promise<PassResult> {
  const stages = emptyStages();
  let triples = 0;
  let errors = 0;
  let lastReport = performance.now();
  const started = lastReport;
  const cpuStarted = process.cpuUsage();
  for (const [index, article] of articles.entries()) {
    try {
      triples += await contender.run(article, stages);
    } catch (error) {
      errors += 1;
      process.stderr.write(`bench: ${contender.name} failed on ${article.file}: ${String(error).split('\n')[0]}\n`);
    }
    peak.sample();
    if (performance.now() - lastReport > 10_000) {
      lastReport = performance.now();
      process.stderr.write(`  ${label}: ${index + 1}/${articles.length} articles, ${((lastReport - started) / 1000).toFixed(0)} s\n`);
    }
  }
  const cpu = process.cpuUsage(cpuStarted);
  return { ms: performance.now() - started, cpuMs: (cpu.user + cpu.system) / 1000, triples, errors, stages };
}

/** Runs one contender as the options say and returns its figures. */
export async function runWorker(options: WorkerOptions): Promise<WorkerResult> {
  const contender = contenderNamed(options.contender);
  if (!contender) throw new Error(`unknown contender '${options.contender}'`);
  const articles = loadCorpus(options.corpus, options.every);
  const peak = new MemoryPeak();
  peak.sample();
  const rssStart = peak.rss;
  const agreesWithPipeline = contender.name === 'wikikg' ? await checkPipelineAgreement(articles[0]) : undefined;
  const warm = warmUpSample(articles, options.warmUp);
  const warmUp = await runPass(contender, warm, peak, `${contender.name} warm-up`);
  const passes: PassResult[] = [];
  for (let rep = 1; rep <= options.reps; rep++) {
    const pass = await runPass(contender, articles, peak, `${contender.name} pass ${rep}/${options.reps}`);
    process.stderr.write(`  ${contender.name} pass ${rep}/${options.reps}: ${(pass.ms / 1000).toFixed(1)} s\n`);
    passes.push(pass);
  }
  return {
    contender: contender.name,
    articles: articles.length,
    bytes: articles.reduce((sum, article) => sum + article.bytes, 0),
    warmUp: { articles: warm.length, ms: warmUp.ms },
    passes,
    memory: { rssStart: rssStart / MB, rssPeak: peak.rss / MB, heapPeak: peak.heap / MB, maxRss: (process.resourceUsage().maxRSS * 1024) / MB },
    agreesWithPipeline,
  };
}

/** Reads the worker's own command line: `--contender X --corpus DIR --every K --reps N --warm-up F`. */
function parseWorkerArgs(argv: string[]): WorkerOptions {
  const value = (name: string, fallback?: string): string => {
    const index = argv.indexOf(`--${name}`);
    const found = index >= 0 ? argv[index + 1] : fallback;
    if (found === undefined) throw new Error(`worker needs --${name}`);
    return found;
  };
  return {
    contender: value('contender'),
    corpus: value('corpus', defaultCorpusDir(packageRoot())),
    every: Number(value('every', '1')),
    reps: Number(value('reps', '1')),
    warmUp: Number(value('warm-up', '0.125')),
  };
}

if (require.main === module) {
  runWorker(parseWorkerArgs(process.argv.slice(2))).then(
    (result) => process.stdout.write(`${JSON.stringify(result)}\n`),
    (error: unknown) => {
      process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
