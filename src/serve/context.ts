/** What every route of the server shares: the query pool, the settings and what was worked out at start. */
import type { QueryPool } from './queryPool';
import type { DatasetStats } from './describeService';
import type { Lookup } from './lookup/lookupService';

/** A shipped question of `queries/`, offered as an example on the query page. */
export interface ExampleQuery {
  name: string;
  /** The first comment line: what it asks. */
  title: string;
  text: string;
}

/** The server's state, handed to every route. */
export interface ServerContext {
  pool: QueryPool;
  /** The base IRI of the graph's own IRIs. */
  base: string;
  maxRows: number;
  /** Largest request body read (a POSTed query). */
  maxBodyBytes: number;
  /** Where `ui/`, `queries/` and `node_modules/` are. */
  packageRoot: string;
  examples: readonly ExampleQuery[];
  /** The VoID numbers, counted once on first use. */
  stats(): Promise<DatasetStats>;
  /** The label index of `/lookup`, built once when the server starts. */
  lookup(): Promise<Lookup>;
}
