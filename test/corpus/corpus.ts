/**
 * The shared corpus (`../shared/corpus` next to the repository: 562 articles in 121 languages and 10
 * MediaWiki XML dumps), referenced in place, and the rule that picks which articles get the deep check.
 *
 * Building every article takes about three minutes of CPU on its own, and the deep checks cost far
 * more per quad (SHACL about 0.1 ms, oxigraph and rdflib about as much together), so a normal run
 * builds every article and reads its Turtle back with n3 (plus the IRI and language-tag checks), and a
 * deterministic sample also gets the deep check (rdflib, oxigraph, the shapes): the smallest article of
 * each language cut to its first 4,000 characters (every language's tags, titles and URLs meet all
 * three parsers and the shapes, cheaply), every 100th article of the manifest whole (large real pages),
 * and every 50th page of each dump. `WIKIKG_CORPUS=full` gives every article the deep check here
 * (one jest process for about an hour; `npm run corpus-check` does the same outside jest, in chunks
 * that several processes can share, and says how far it is).
 */
import { existsSync, readFileSync, readdirSync } from 'fs';
import { join } from 'path';
import type { ArticleSource } from '../../src/parse/model';
import { checkArticle, crossParserProblems, shapeProblems } from '../helpers/graphChecks';

/** Where the corpus is: next to the repository's folder. */
export const CORPUS = join(__dirname, '../../../shared/corpus');

/** Whether the corpus is there (it lives outside the repository). */
export const corpusPresent = existsSync(join(CORPUS, 'manifest.tsv'));

/** Whether every article gets the deep check. */
export const FULL = process.env.WIKIKG_CORPUS === 'full';

/** One row of `manifest.tsv`: the file, its language and its real title (file names lose `:`, `/` …). */
export interface ManifestEntry {
  file: string;
  lang: string;
  title: string;
  bytes: number;
  index: number;
}

/** The manifest's rows, in its order. */
export function manifest(): ManifestEntry[] {
  const [header, ...rows] = readFileSync(join(CORPUS, 'manifest.tsv'), 'utf8').trimEnd().split('\n');
  const column = (name: string): number => header.split('\t').indexOf(name);
  return rows.map((row, index) => {
    const cells = row.split('\t');
    return { file: cells[column('file')], lang: cells[column('lang')], title: cells[column('title')], bytes: Number(cells[column('bytes')]), index };
  });
}

/** How much of each language's smallest article the deep check reads. */
export const LANGUAGE_SAMPLE_LENGTH = 4000;

/** The whole articles that get the deep check: every 100th of the manifest. */
export function deepSample(entries: ManifestEntry[]): Set<string> {
  return new Set(entries.filter((entry) => entry.index % 100 === 0).map((entry) => entry.file));
}

/** The smallest article of a language (the one the deep check reads the start of). */
export function smallestOf(entries: ManifestEntry[]): ManifestEntry {
  return entries.reduce((best, entry) => (entry.bytes < best.bytes ? entry : best));
}

/** The dump files, by name. */
export function dumpFiles(): string[] {
  return readdirSync(join(CORPUS, 'xml')).filter((name) => /\.xml(\.bz2)?$/.test(name)).sort();
}

/** Every problem found in `sources`; those for which `deep` holds also read by rdflib and oxigraph and validated. */
export async function problemsOf(sources: ArticleSource[], deep: (source: ArticleSource, i: number) => boolean): Promise<string[]> {
  const problems: string[] = [];
  for (const [i, source] of sources.entries()) {
    const check = await checkArticle(source);
    problems.push(...check.problems);
    if (check.build && check.turtle !== undefined && (FULL || deep(source, i))) {
      const name = source.origin ?? source.title;
      problems.push(...crossParserProblems(name, check.turtle, check.build.quads), ...(await shapeProblems(name, check.build.quads)));
    }
  }
  return problems;
}

/** The deep check alone (build, n3, rdflib, oxigraph, shapes) of one article. */
export async function deepProblemsOf(source: ArticleSource): Promise<string[]> {
  return problemsOf([source], () => true);
}
