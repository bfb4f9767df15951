/**
 * A query worker thread of `wikikg serve`: loads the dataset into its own store, says it is ready, then
 * answers one query at a time. Oxigraph's queries are synchronous WebAssembly, so a query that runs too
 * long can only be stopped by terminating its thread: the pool (`queryPool.ts`) does that and starts a
 * new worker.
 */
import { parentPort, workerData } from 'worker_threads';
import { answerQuery, type QueryRequest } from './answer';
import { loadDataset, type DataFile } from './dataset';

/** What a worker says: ready with the number of quads, an answer, or that it could not load the data. */
export type WorkerMessage = { ready: true; triples: number } | { id: number; reply: import('./answer').QueryReply } | { fatal: string };

/** What a worker is asked: one query, with an id to answer under. */
export interface WorkerJob {
  id: number;
  request: QueryRequest;
}

if (parentPort) {
  const port = parentPort;
  try {
    const store = loadDataset((workerData as { files: DataFile[] }).files);
    port.on('message', (job: WorkerJob) => {
      void answerQuery(store, job.request).then((reply) => port.postMessage({ id: job.id, reply } satisfies WorkerMessage));
    });
    port.postMessage({ ready: true, triples: store.size } satisfies WorkerMessage);
  } catch (error) {
    port.postMessage({ fatal: error instanceof Error ? error.message : String(error) } satisfies WorkerMessage);
  }
}
