/**
 * The worker thread of `build --jobs N`: loads the pipeline once, then answers each article it is sent
 * with its `ArticleResult` (see `runner.ts`).
 */
import { parentPort, workerData } from 'worker_threads';
import type { ArticleSource } from '../parse/model';
import { failedResult, runOptions, type RunSettings, type WorkerReply } from './runner';

async function serve(): Promise<void> {
  const port = parentPort;
  if (!port) throw new Error('worker.ts runs only as a worker thread');
  const { runArticle } = await import('../pipeline');
  const options = await runOptions(workerData as RunSettings);
  const reply = (message: WorkerReply): void => port.postMessage(message);
  // Articles are built one at a time, in the order they come.
  let queue = Promise.resolve();
  port.on('message', ({ id, source }: { id: number; source: ArticleSource }) => {
    queue = queue.then(async () => {
      // The runner's clock for this article's time budget starts here.
      reply({ started: id });
      try {
        reply({ id, result: await runArticle(source, options) });
      } catch (error) {
        reply({ id, result: failedResult(source, error instanceof Error ? `${error.name}: ${error.message}` : String(error)) });
      }
    });
  });
  reply({ ready: true });
}

serve().catch((error: unknown) => {
  parentPort?.postMessage({ fatal: error instanceof Error ? `${error.name}: ${error.message}` : String(error) } satisfies WorkerReply);
  process.exit(1);
});
