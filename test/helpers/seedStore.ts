import * as fs from 'fs';
import * as path from 'path';
import { buildArticle, type ArticleBuild } from '../../src/pipeline';
import { GraphStore, type QueryResult } from '../../src/store/oxigraph';
import { readCacheFile } from '../../src/link/cache';
import { linkFromCache } from '../../src/link/linkGraph';

export const ROOT = path.resolve(__dirname, '..', '..');
export const SEED_FILE = path.join(ROOT, 'seeds', '南北共同聯絡辦公室.wiki');

let cached: ArticleBuild | undefined;

/** The seed article built once per test file. */
export function seedBuild(): ArticleBuild {
  cached ??= buildArticle({ title: '南北共同聯絡辦公室', lang: 'zh', text: fs.readFileSync(SEED_FILE, 'utf8') });
  return cached;
}

/** A store holding the seed's graph, linked offline from the shipped cache (as `build --link`), and the ontology. */
export function seedStore(): GraphStore {
  const store = new GraphStore();
  store.addQuads(seedBuild().quads);
  store.addQuads(linkFromCache(seedBuild().quads, readCacheFile(path.join(ROOT, 'links', 'wikidata-cache.tsv'))).quads);
  store.load(fs.readFileSync(path.join(ROOT, 'ontology', 'wikikg.ttl'), 'utf8'), 'ttl');
  return store;
}

/** Rows of a SELECT result with each term written as its value (literals) or IRI, unbound as ''. */
export function rowsOf(result: QueryResult): string[][] {
  if (result.kind !== 'bindings') throw new Error(`expected bindings, got ${result.kind}`);
  return result.rows.map((row) => result.variables.map((v) => row[v]?.value ?? ''));
}

/** Reads `queries/NAME.rq`. */
export function namedQuery(name: string): string {
  return fs.readFileSync(path.join(ROOT, 'queries', `${name}.rq`), 'utf8');
}
