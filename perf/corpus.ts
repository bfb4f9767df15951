/**
 * The benchmark corpus: the shared `corpus/` folder's `manifest.tsv` (file, lang, title, ...) and the
 * `.wiki` files it lists, read in place and decoded once, before any clock starts.
 */
import * as fs from 'fs';
import * as path from 'path';

/** One article as every contender receives it. */
export interface BenchArticle {
  file: string;
  title: string;
  lang: string;
  text: string;
  bytes: number;
}

/** Where the corpus is unless `--corpus` says otherwise: `../shared/corpus` next to the repository. */
export function defaultCorpusDir(repoRoot: string): string {
  return path.resolve(repoRoot, '..', 'shared', 'corpus');
}

/** Reads the manifest and every article it lists; `every` keeps one article in `every` (1 keeps all). */
export function loadCorpus(dir: string, every = 1): BenchArticle[] {
  const manifest = path.join(dir, 'manifest.tsv');
  const lines = fs.readFileSync(manifest, 'utf8').split('\n').filter((line) => line.trim() !== '');
  const header = lines[0].split('\t');
  const column = (name: string): number => {
    const index = header.indexOf(name);
    if (index < 0) throw new Error(`${manifest} has no '${name}' column`);
    return index;
  };
  const [fileCol, langCol, titleCol] = [column('file'), column('lang'), column('title')];
  return lines
    .slice(1)
    .filter((_, i) => i % every === 0)
    .map((line) => {
      const cells = line.split('\t');
      const bytes = fs.readFileSync(path.join(dir, cells[fileCol]));
      return { file: cells[fileCol], lang: cells[langCol], title: cells[titleCol], text: bytes.toString('utf8'), bytes: bytes.length };
    });
}

/** The articles a warm-up pass runs over: an evenly spread sample of about `fraction` of the corpus. */
export function warmUpSample(articles: BenchArticle[], fraction: number): BenchArticle[] {
  if (fraction <= 0) return [];
  const step = Math.max(1, Math.round(1 / fraction));
  return articles.filter((_, i) => i % step === 0);
}
