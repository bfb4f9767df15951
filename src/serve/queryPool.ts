/**
 * A small pool of query worker threads, each holding its own copy of the dataset. A query goes to an
 * idle worker, or waits in a bounded queue. A query that outlives the time-out has its worker
 * terminated (the only way to stop synchronous WebAssembly) and answers 503; a fresh worker is started
 * in its place and loads the data again, while the others go on answering. A query the engine failed on
 * (a 500) also retires its worker, since a WebAssembly trap may leave its store inconsistent. Both are
 * logged: when, which query (a hash of its text), and why.
 */
import * as fs from 'fs';
import * as path from 'path';
import { Worker } from 'worker_threads';
import { packageRoot } from '../util/packageRoot';
import { sha256Hex } from '../util/hash';
import { errorReply, type QueryReply, type QueryRequest } from './answer';
import type { DataFile } from './dataset';
import type { WorkerJob, WorkerMessage } from './queryWorker';

/** How the pool runs. */
export interface PoolOptions {
  files: readonly DataFile[];
  /** Worker threads (each a copy of the data). */
  size: number;
  timeoutMs: number;
  /** Queries that may wait for a worker; more are refused with 503. */
  queueLimit: number;
  /** Where problems after start-up are reported (a stuck or failed query, a worker that could not be replaced). */
  log: (line: string) => void;
}

interface Job {
  id: number;
  request: QueryRequest;
  resolve: (reply: QueryReply) => void;
  /** When a worker took it (ms since the epoch). */
  started?: number;
}

/** One worker thread and the job it runs. */
interface Slot {
  worker: Worker;
  ready: boolean;
  job?: Job;
  timer?: NodeJS.Timeout;
}

/**
 * The compiled worker script. Worker threads run JavaScript only: under ts-jest this module is the
 * TypeScript source, so the worker comes from the package's compiled `dist/` (tests compile it first).
 */
export function queryWorkerScript(): string {
  const sibling = path.join(__dirname, 'queryWorker.js');
  if (__filename.endsWith('.js') && fs.existsSync(sibling)) return sibling;
  const compiled = path.join(packageRoot(), 'dist', 'src', 'serve', 'queryWorker.js');
  if (!fs.existsSync(compiled)) throw new Error(`wikikg serve needs the compiled worker ${compiled}; run \`npm run build:ts\``);
  return compiled;
}

/** Worker threads answering queries, with a time-out per query. */
export class QueryPool {
  private readonly slots = new Set<Slot>();
  private readonly queue: Job[] = [];
  private nextId = 0;
  private closing = false;
  /** Quads in the dataset, as the first worker counted them. */
  triples = 0;

  private constructor(
    private readonly options: PoolOptions,
    private readonly script: string,
  ) {}

  /** Starts `size` workers and resolves when every one has loaded the data; rejects with the first load error. */
  static async start(options: PoolOptions): Promise<QueryPool> {
    const pool = new QueryPool(options, queryWorkerScript());
    const loads = Array.from({ length: Math.max(1, options.size) }, () => pool.spawn());
    try {
      const counts = await Promise.all(loads);
      pool.triples = counts[0];
      return pool;
    } catch (error) {
      await pool.close();
      throw error;
    }
  }

  /** Answers a query; resolves with an error reply (503 time-out or busy, 500 crash), never rejects. */
  run(request: QueryRequest): Promise<QueryReply> {
    if (this.closing) return Promise.resolve(errorReply(503, 'the server is stopping'));
    if (this.slots.size === 0) return Promise.resolve(errorReply(503, 'no query worker is running'));
    if (this.queue.length >= this.options.queueLimit) return Promise.resolve(errorReply(503, 'too many queries are waiting; try again later'));
    return new Promise((resolve) => {
      this.queue.push({ id: this.nextId++, request, resolve });
      this.dispatch();
    });
  }

  /** Stops every worker; waiting queries are answered 503. */
  async close(): Promise<void> {
    this.closing = true;
    for (const job of this.queue.splice(0)) job.resolve(errorReply(503, 'the server is stopping'));
    const slots = [...this.slots];
    this.slots.clear();
    for (const slot of slots) {
      clearTimeout(slot.timer);
      slot.job?.resolve(errorReply(503, 'the server is stopping'));
    }
    await Promise.all(slots.map((slot) => slot.worker.terminate()));
  }

  /** Starts a worker; resolves with its quad count once it is ready, rejects if it cannot load the data. */
  private spawn(): Promise<number> {
    const worker = new Worker(this.script, { workerData: { files: this.options.files } });
    const slot: Slot = { worker, ready: false };
    this.slots.add(slot);
    return new Promise((resolve, reject) => {
      worker.on('message', (message: WorkerMessage) => {
        if ('fatal' in message) {
          this.drop(slot);
          return reject(new Error(message.fatal));
        }
        if ('ready' in message) {
          slot.ready = true;
          resolve(message.triples);
          return this.dispatch();
        }
        if (slot.job?.id === message.id) this.finish(slot, message.reply);
      });
      worker.on('error', (error) => {
        if (!slot.ready) reject(error);
        this.fail(slot, `the query worker failed: ${error.message}`);
      });
      worker.on('exit', (code) => {
        if (!slot.ready) reject(new Error(`the query worker exited while loading the data (code ${code})`));
        this.fail(slot, `the query worker stopped (code ${code})`);
      });
    });
  }

  /** Hands waiting jobs to idle workers. */
  private dispatch(): void {
    for (const slot of this.slots) {
      if (this.queue.length === 0) return;
      if (!slot.ready || slot.job) continue;
      const job = this.queue.shift() as Job;
      slot.job = job;
      job.started = Date.now();
      slot.timer = setTimeout(() => this.timeOut(slot), this.options.timeoutMs);
      slot.worker.postMessage({ id: job.id, request: job.request } satisfies WorkerJob);
    }
  }

  private finish(slot: Slot, reply: QueryReply): void {
    clearTimeout(slot.timer);
    const job = slot.job;
    slot.job = undefined;
    job?.resolve(reply);
    if (reply.fault === undefined) return this.dispatch();
    if (job) this.logQuery(job, `failed: ${reply.fault}`);
    this.replace(slot);
  }

  private timeOut(slot: Slot): void {
    const seconds = this.options.timeoutMs / 1000;
    const job = slot.job;
    job?.resolve(errorReply(503, `the query ran out of time (${seconds} s, the server's --timeout)`));
    if (job) this.logQuery(job, `stopped: it ran past the time-out (--timeout ${seconds} s)`);
    slot.job = undefined;
    this.replace(slot);
  }

  /** One line about a query that went wrong: when it started, a hash of its text (to find it again), how long it ran and why. */
  private logQuery(job: Job, why: string): void {
    const started = job.started ?? Date.now();
    const ran = ((Date.now() - started) / 1000).toFixed(1);
    this.options.log(`${new Date(started).toISOString()} query ${queryHash(job.request.sparql)} (${job.request.sparql.length} characters) ran ${ran} s and was ${why}`);
  }

  /** A worker died under a job: the job fails with 500 and the worker is replaced. */
  private fail(slot: Slot, why: string): void {
    if (!this.slots.has(slot)) return;
    clearTimeout(slot.timer);
    if (slot.job) this.logQuery(slot.job, `lost: ${why}`);
    slot.job?.resolve(errorReply(500, why));
    slot.job = undefined;
    this.replace(slot);
  }

  /** Terminates a worker and starts another in its place (unless the pool is closing). */
  private replace(slot: Slot): void {
    this.drop(slot);
    if (this.closing) return;
    this.spawn().catch((error: Error) => {
      this.options.log(`a query worker could not be restarted: ${error.message}`);
      if (this.slots.size === 0) for (const job of this.queue.splice(0)) job.resolve(errorReply(503, 'no query worker is running'));
    });
  }

  private drop(slot: Slot): void {
    clearTimeout(slot.timer);
    this.slots.delete(slot);
    void slot.worker.terminate();
  }
}

/** The name a query goes by in the log: the first 12 hex digits of the SHA-256 of its text. */
export function queryHash(sparql: string): string {
  return sha256Hex(sparql).slice(0, 12);
}
