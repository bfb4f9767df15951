/**
 * The dataset a server answers from: RDF files read into one embedded store as the builds made it: an
 * article's file into its own named graph (named by the build's manifest, `buildManifests.ts`), N-Quads
 * and TriG with the graphs they name, anything else (the ontology) into the default graph. Queries see
 * the union of every graph as their default graph unless they name a dataset (`answer.ts`). Each query
 * worker loads its own copy.
 */
import * as fs from 'fs';
import * as zlib from 'zlib';
import type { RdfFormat } from '../export/formats';
import { GraphStore } from '../store/oxigraph';

/** One RDF file to load: where it is, how to name it in errors, its syntax and whether it is gzipped. */
export interface DataFile {
  path: string;
  shown: string;
  format: RdfFormat;
  gzip?: boolean;
  /** The named graph its triples go to (an article's file); none for the default graph. */
  graph?: string;
}

/** A store holding every file of `files`; an error names the file that could not be read or parsed. */
export function loadDataset(files: readonly DataFile[]): GraphStore {
  const store = new GraphStore();
  for (const file of files) {
    try {
      const bytes = fs.readFileSync(file.path);
      // Bytes, not a string: the parser reads UTF-8 itself, and no copy of the file lives in the JavaScript heap.
      store.load(file.gzip ? zlib.gunzipSync(bytes) : bytes, file.format, file.graph !== undefined ? { graph: file.graph } : {});
    } catch (error) {
      throw new Error(`${file.shown}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    }
  }
  return store;
}
