/**
 * Pushing named graphs to a Graph Store endpoint, a few requests in flight at once. Each graph is sent
 * with `PUT`, which replaces what the server held under that name, as N-Triples: every term written in
 * full, so no server's Turtle lexer can misread an abbreviation (Virtuoso 7.2 reads the bare integer
 * `-7.` that ends a Turtle statement as a decimal, and then fails on a missing dot).
 *
 * With a journal (`pushJournal.ts`), each stored graph is recorded with the sha256 of the text sent, and a
 * resumed push skips the graphs the journal says the server holds with the same text. When a push stops,
 * it says what was stored and what was left (`PushStopped`).
 */
import { createHash } from 'crypto';
import { serialize } from '../export/serialize';
import type { NamedGraph } from './articleGraphs';
import type { PushJournal } from './pushJournal';
import type { RemoteGraphStore } from './remote';

/** How many graphs and triples were stored, and how many graphs were skipped as already stored. */
export interface PushTotals {
  graphs: number;
  triples: number;
  skipped: number;
}

/** Settings of a push. */
export interface PushOptions {
  /** Requests in flight at once (at least 1). */
  concurrency: number;
  /** Called after each graph is stored, with the totals so far. */
  onPushed?: (graph: NamedGraph, totals: PushTotals) => void;
  /** Records what is stored; with `resume`, graphs it says the server holds unchanged are skipped. */
  journal?: PushJournal;
  resume?: boolean;
}

/**
 * A push that stopped on `cause` (kept as `cause`, with its message): what was stored, and the graphs left
 * (read, neither stored nor skipped). `complete` is false when reading the graphs failed, so graphs not
 * yet read are left too, and not counted.
 */
export class PushStopped extends Error {
  constructor(
    readonly cause: unknown,
    readonly totals: PushTotals,
    readonly left: readonly string[],
    readonly complete: boolean,
  ) {
    super(cause instanceof Error ? cause.message : String(cause));
    this.name = 'PushStopped';
  }
}

/**
 * PUTs every graph of `graphs` (read lazily, so only a few are in memory) to `store`. On the first
 * failure no new request starts; the ones in flight finish, the rest of `graphs` is read (not sent) to
 * count what is left, and `PushStopped` is thrown.
 */
export async function pushGraphs(store: RemoteGraphStore, graphs: AsyncIterable<NamedGraph>, options: PushOptions): Promise<PushTotals> {
  const { journal, resume = false } = options;
  const totals: PushTotals = { graphs: 0, triples: 0, skipped: 0 };
  const queue = graphs[Symbol.asyncIterator]();
  const left: string[] = [];
  let failure: { cause: unknown } | undefined;
  let readingFailed = false;
  /** The N-Triples to send and their sha256, or undefined when a resumed push skips the graph. */
  const prepare = async (graph: NamedGraph): Promise<{ body: string; hash: string } | undefined> => {
    const body = await serialize(graph.triples, 'nt');
    const hash = createHash('sha256').update(body).digest('hex');
    return resume && journal?.holds(graph.iri, hash) ? undefined : { body, hash };
  };
  const next = async (): Promise<NamedGraph | undefined> => {
    try {
      const step = await queue.next();
      return step.done ? undefined : step.value;
    } catch (error) {
      readingFailed = true;
      throw error;
    }
  };
  // Async generators queue concurrent next() calls, so the workers can share one.
  const worker = async (): Promise<void> => {
    while (!failure) {
      const graph = await next();
      if (graph === undefined) return;
      if (failure) {
        left.push(graph.iri);
        return;
      }
      try {
        const sent = await prepare(graph);
        if (sent === undefined) {
          totals.skipped++;
          continue;
        }
        journal?.sending(graph.iri, sent.hash);
        await store.put(graph.iri, sent.body, 'application/n-triples');
        journal?.stored(graph.iri, sent.hash);
      } catch (error) {
        left.push(graph.iri);
        throw error;
      }
      totals.graphs++;
      totals.triples += graph.triples.length;
      options.onPushed?.(graph, totals);
    }
  };
  await Promise.all(
    Array.from({ length: Math.max(1, options.concurrency) }, () => worker().catch((error: unknown) => {
      failure ??= { cause: error };
    })),
  );
  if (!failure) return totals;
  // What is left to send: the rest of the graphs, read to count them (and, resuming, to skip the unchanged).
  if (!readingFailed) {
    try {
      for (let graph = await next(); graph !== undefined; graph = await next()) {
        if ((await prepare(graph)) === undefined) totals.skipped++;
        else left.push(graph.iri);
      }
    } catch {
      // The graphs past an unreadable file are not counted; `complete` says so.
    }
  }
  throw new PushStopped(failure.cause, totals, left, !readingFailed);
}
