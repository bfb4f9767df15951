/**
 * Pushing named graphs to a Graph Store endpoint, a few requests in flight at once. Each graph is sent
 * with `PUT`, which replaces what the server held under that name, as N-Triples: every term written in
 * full, so no server's Turtle lexer can misread an abbreviation (Virtuoso 7.2 reads the bare integer
 * `-7.` that ends a Turtle statement as a decimal, and then fails on a missing dot).
 */
import { serialize } from '../export/serialize';
import type { NamedGraph } from './articleGraphs';
import type { RemoteGraphStore } from './remote';

/** How many graphs and triples were stored. */
export interface PushTotals {
  graphs: number;
  triples: number;
}

/** Settings of a push. */
export interface PushOptions {
  /** Requests in flight at once (at least 1). */
  concurrency: number;
  /** Called after each graph is stored, with the totals so far. */
  onPushed?: (graph: NamedGraph, totals: PushTotals) => void;
}

/**
 * PUTs every graph of `graphs` (read lazily, so only a few are in memory) to `store`. On the first
 * failure no new request starts; the ones in flight finish, and the failure is thrown.
 */
export async function pushGraphs(store: RemoteGraphStore, graphs: AsyncIterable<NamedGraph>, options: PushOptions): Promise<PushTotals> {
  const totals: PushTotals = { graphs: 0, triples: 0 };
  const queue = graphs[Symbol.asyncIterator]();
  let failed = false;
  // Async generators queue concurrent next() calls, so the workers can share one.
  const worker = async (): Promise<void> => {
    while (!failed) {
      const next = await queue.next();
      if (next.done || failed) return;
      const graph = next.value;
      await store.put(graph.iri, await serialize(graph.triples, 'nt'), 'application/n-triples');
      totals.graphs++;
      totals.triples += graph.triples.length;
      options.onPushed?.(graph, totals);
    }
  };
  const outcomes = await Promise.allSettled(
    Array.from({ length: Math.max(1, options.concurrency) }, () => worker().catch((error: unknown) => {
      failed = true;
      throw error;
    })),
  );
  const failure = outcomes.find((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected');
  if (failure) throw failure.reason;
  return totals;
}
