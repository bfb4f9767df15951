/**
 * Running the pipeline on articles, in this thread or in worker threads. A runner takes articles one at
 * a time and answers each with its `ArticleResult`; the caller decides the order in which results are
 * used, so the output does not depend on which worker finished first.
 */
import * as fs from 'fs';
import * as path from 'path';
import { Worker } from 'worker_threads';
import type { ArticleSource } from '../parse/model';
import type { ArticleResult, ArticleRunOptions } from '../pipeline';
import type { SiteIndexData } from '../site/siteIndex';
import { packageRoot } from '../util/packageRoot';

/** What every article of one build shares; plain data, so that it can be handed to a worker. */
export interface RunSettings {
  format: 'ttl' | 'nq';
  base?: string;
  lint: boolean;
  /** Add Wikidata links from the package's link cache. */
  link: boolean;
  /** Validate each graph against the package's shapes. */
  validate: boolean;
  /** Where `ontology/` and the link cache are. */
  packageRoot: string;
  /** The build's site index, in shared memory: each worker gets it once, with these settings. */
  site?: SiteIndexData;
}

/**
 * What one article may take in a worker thread (`--article-timeout`, `--article-memory`). A page of a
 * pathological shape (200,000 templates in a row, thousands of blocks 99 deep) can take minutes and
 * gigabytes at under 2 MB; past its budget it is skipped with a note and the build goes on.
 *
 * Why a budget on the worker rather than counted nodes inside the parser: the time and memory go to
 * wikiparser-node's tree, the extraction and the serialisation alike, and only the thread running them
 * can be stopped wherever it is without a check in every loop. Terminating it costs one worker start.
 */
export interface ArticleBudget {
  /** Seconds from the moment the worker starts the article to its result. */
  seconds: number;
  /** The worker's whole heap, in MB: its young generation and its old one (see `heapLimits`). */
  memoryMb: number;
}

/** 30 s and 1 GB: no page of under 2 MB of the corpus comes near (see the README's faults section). */
export const DEFAULT_BUDGET: ArticleBudget = { seconds: 30, memoryMb: 1024 };

/** Builds articles; `close` ends its workers. */
export interface ArticleRunner {
  run(source: ArticleSource): Promise<ArticleResult>;
  close(): Promise<void>;
}

/** The options `runArticle` takes for these settings: the link cache, the shapes and the site index made once. */
export async function runOptions(settings: RunSettings): Promise<ArticleRunOptions> {
  const options: ArticleRunOptions = { format: settings.format, lint: settings.lint, ...(settings.base ? { base: settings.base } : {}) };
  if (settings.link) {
    const { readCacheFile } = await import('../link/cache');
    const { CACHE_FILE } = await import('../link/defaults');
    options.linkCache = readCacheFile(path.join(settings.packageRoot, CACHE_FILE), CACHE_FILE);
  }
  if (settings.validate) options.shapes = (await import('../validate')).shippedShapes(settings.packageRoot);
  if (settings.site) options.site = new (await import('../site/siteIndex')).SiteIndex(settings.site);
  return options;
}

/** A runner in this thread (a build of one article). */
export async function inProcessRunner(settings: RunSettings): Promise<ArticleRunner> {
  const { runArticle } = await import('../pipeline');
  const options = await runOptions(settings);
  return { run: (source) => runArticle(source, options), close: async () => undefined };
}

/** A message from a worker: that it starts an article, a result, a failure of its own (it then exits), or that it is ready. */
export type WorkerReply = { started: number } | { id: number; result: ArticleResult } | { ready: true } | { fatal: string };

/** How an article went over its budget, as its note says it. */
export type OverBudget = 'time' | 'memory';

/**
 * The compiled worker script. Worker threads run JavaScript only: under ts-jest this module is the
 * TypeScript source, so the worker comes from the package's compiled `dist/` (tests compile it first).
 */
export function workerScript(): string {
  const sibling = path.join(__dirname, 'worker.js');
  if (__filename.endsWith('.js') && fs.existsSync(sibling)) return sibling;
  const compiled = path.join(packageRoot(), 'dist', 'src', 'batch', 'worker.js');
  if (!fs.existsSync(compiled)) throw new Error(`--jobs needs the compiled worker ${compiled}; run \`npm run build:ts\``);
  return compiled;
}

/**
 * The young generation of each worker's heap, where V8 puts new objects. A build allocates an article's
 * whole tree, sentences and quads, which live until the article is written: with V8's default (a few
 * tens of MB) most of them survive several scavenges and are copied each time, a fifth of a build's
 * CPU. At 384 MB (128 MB semi-spaces) scavenges are rare enough to cost about a third of that, for
 * ~300 MB more per worker (docs/BENCHMARKS.md).
 */
export const YOUNG_GENERATION_MB = 384;

/**
 * V8's limits for a worker whose heap may hold `memoryMb` in all: the young generation as large as
 * `YOUNG_GENERATION_MB` when the budget leaves room for it (at least twice as much), else a quarter of
 * it, and the old generation the rest. So the default budget, 1024 MB, bounds the heap at 1 GB (384 MB
 * young, 640 MB old) at the young generation's usual speed. The budget bounds the sum rather than the
 * old generation alone, which with the young generation on top would let a page take 1.4 GB.
 */
export function heapLimits(memoryMb: number): { maxYoungGenerationSizeMb: number; maxOldGenerationSizeMb: number } {
  const young = memoryMb >= 2 * YOUNG_GENERATION_MB ? YOUNG_GENERATION_MB : Math.floor(memoryMb / 4);
  return { maxYoungGenerationSizeMb: young, maxOldGenerationSizeMb: memoryMb - young };
}

interface Pending {
  source: ArticleSource;
  resolve: (result: ArticleResult) => void;
}

/** One worker thread and the articles it holds (in the order sent, which is the order it builds them). */
class PoolWorker {
  readonly pending = new Map<number, Pending>();
  private readonly worker: Worker;
  private dead = false;
  /** The article the worker said it started and has not answered yet. */
  private current: number | undefined;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    script: string,
    settings: RunSettings,
    private readonly budget: ArticleBudget,
    private readonly onDeath: (worker: PoolWorker, why: string, over?: { id: number; kind: OverBudget }) => void,
    private readonly onFree: (worker: PoolWorker) => void,
  ) {
    this.worker = new Worker(script, {
      workerData: settings,
      resourceLimits: heapLimits(budget.memoryMb),
    });
    this.worker.on('message', (reply: WorkerReply) => this.receive(reply));
    this.worker.on('error', (error: Error & { code?: string }) => {
      // Out of memory inside an article is that article's, over its budget; before any, the worker's own.
      if (error.code === 'ERR_WORKER_OUT_OF_MEMORY' && this.current !== undefined) return this.die(`${error.name}: ${error.message}`, { id: this.current, kind: 'memory' });
      const before = error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? ` before any article: ${budget.memoryMb} MB (--article-memory) is too little for the worker itself` : '';
      this.die(`${error.name}: ${error.message}${before}`);
    });
    this.worker.on('exit', (code) => this.die(`the worker thread exited (code ${code})`));
  }

  send(id: number, pending: Pending): void {
    this.pending.set(id, pending);
    this.worker.postMessage({ id, source: pending.source });
  }

  async terminate(): Promise<void> {
    this.dead = true;
    this.stopTimer();
    await this.worker.terminate();
  }

  private receive(reply: WorkerReply): void {
    if ('fatal' in reply) return this.die(reply.fatal);
    if ('started' in reply) return this.start(reply.started);
    if (!('id' in reply)) return;
    if (this.current === reply.id) {
      this.current = undefined;
      this.stopTimer();
    }
    const pending = this.pending.get(reply.id);
    this.pending.delete(reply.id);
    pending?.resolve(reply.result);
    this.onFree(this);
  }

  /** The article's time runs from here: not from when it was sent, as it may wait behind another. */
  private start(id: number): void {
    if (this.dead) return;
    this.stopTimer();
    this.current = id;
    this.timer = setTimeout(() => {
      if (this.dead || this.current !== id) return;
      this.die(`the article took longer than ${this.budget.seconds} s`, { id, kind: 'time' });
      // Not awaited: the thread stops at its next instruction; its result, if any, is ignored.
      void this.worker.terminate();
    }, this.budget.seconds * 1000);
    this.timer.unref();
  }

  private stopTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private die(why: string, over?: { id: number; kind: OverBudget }): void {
    if (this.dead) return;
    this.dead = true;
    this.stopTimer();
    this.onDeath(this, why, over);
  }
}

/** Articles a worker holds at once: the one it builds and the next, so it never waits for a message. */
const HELD_PER_WORKER = 2;

/**
 * A runner over `jobs` worker threads. Articles wait in one queue and go to a worker when it holds
 * fewer than `HELD_PER_WORKER`, so a worker slow on a very long page does not keep others' work
 * waiting behind it. A worker that dies (a crash) fails the articles it held, each with an
 * internal-error result, and is replaced, so one bad page cannot stop a dump. One whose article goes
 * over its budget (`ArticleBudget`: the time, terminated here; the memory, V8's out-of-memory) is
 * replaced too, but only that article is answered, skipped (`overBudgetResult`); the others it held had
 * not started, and go back to the head of the queue.
 */
export function workerRunner(jobs: number, settings: RunSettings, budget: ArticleBudget = DEFAULT_BUDGET): ArticleRunner {
  const script = workerScript();
  let nextId = 0;
  let closed = false;
  const queue: Pending[] = [];
  const workers: PoolWorker[] = [];
  const dispatch = (worker: PoolWorker): void => {
    while (!closed && worker.pending.size < HELD_PER_WORKER && queue.length > 0) worker.send(nextId++, queue.shift()!);
  };
  const onDeath = (worker: PoolWorker, why: string, over?: { id: number; kind: OverBudget }): void => {
    if (over && worker.pending.has(over.id)) {
      const { source, resolve } = worker.pending.get(over.id)!;
      worker.pending.delete(over.id);
      queue.unshift(...worker.pending.values());
      resolve(overBudgetResult(source, over.kind, budget));
    } else {
      for (const { source, resolve } of worker.pending.values()) resolve(failedResult(source, why));
    }
    worker.pending.clear();
    const index = workers.indexOf(worker);
    if (index < 0 || closed) return;
    workers[index] = new PoolWorker(script, settings, budget, onDeath, dispatch);
    dispatch(workers[index]);
  };
  for (let i = 0; i < jobs; i++) workers.push(new PoolWorker(script, settings, budget, onDeath, dispatch));
  return {
    run(source) {
      return new Promise((resolve) => {
        queue.push({ source, resolve });
        const worker = workers.reduce((best, w) => (w.pending.size < best.pending.size ? w : best));
        dispatch(worker);
      });
    },
    async close() {
      closed = true;
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}

/**
 * The result of an article over its budget: skipped, nothing to write, not a failure (the page's shape,
 * not a fault of wikikg, as a page over `--max-bytes` is skipped). `skipped` is the note's reason.
 */
export function overBudgetResult(source: ArticleSource, kind: OverBudget, budget: ArticleBudget): ArticleResult {
  const skipped =
    kind === 'time' ? `took longer than ${budget.seconds} s (--article-timeout)` : `needed more than ${budget.memoryMb} MB of memory (--article-memory)`;
  return { ...failedResult(source, ''), diagnostics: [], failed: false, skipped };
}

/** The result of an article whose worker died: a failure, nothing to write. */
export function failedResult(source: ArticleSource, why: string): ArticleResult {
  const message = `internal error (please report it): ${why}`;
  return {
    title: source.title,
    lang: source.lang,
    ...(source.revision ? { revision: source.revision } : {}),
    ...(source.origin ? { origin: source.origin } : {}),
    graph: '',
    factCount: 0,
    tripleCount: 0,
    diagnostics: [{ severity: 'error', code: 'internal-error', line: 1, column: 1, message }],
    problems: [],
    failed: true,
    data: '',
  };
}
