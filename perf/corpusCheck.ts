/**
 * The corpus deep check on every article and every dump page (`npm run corpus-check`): each graph is
 * built, read back by n3, rdflib and oxigraph, and validated against the shapes, as `test/corpus` does
 * for its sample. Not a test: it takes tens of CPU-minutes. `--chunk K/N` keeps every N-th source
 * starting at the K-th, so N processes can share the work (and a crash loses one chunk). One line per
 * source on stdout, `PROBLEM …` lines for what is wrong, a `DONE` summary; exit 1 if anything was.
 */
import * as fs from 'fs';
import * as path from 'path';
import { readDumpArticles } from '../src/source/dumpArticles';
import type { ArticleSource } from '../src/parse/model';
import { packageRoot } from '../src/util/packageRoot';
import { checkArticle, crossParserProblems, shapeProblems } from '../test/helpers/graphChecks';
import { defaultCorpusDir, loadCorpus } from './corpus';

const HELP = `Usage: npm run corpus-check -- [--chunk K/N] [--corpus DIR]

Builds every article of the corpus and every article page of its XML dumps, reads each graph back with
n3, rdflib and oxigraph, and validates it against ontology/shapes.ttl. Prints one line per source and
every problem; exits 1 if there was any.

Options:
  --chunk K/N    only sources K, K+N, K+2N, ... (0 <= K < N), to split the work over N processes
  --skip M       leave out the first M sources of the chunk (to go on after a run that stopped)
  --corpus DIR   folder holding manifest.tsv and xml/ (default ../shared/corpus next to the repository)
  -h, --help     show this help
`;

interface CheckOptions {
  chunk: number;
  chunks: number;
  skip: number;
  corpus: string;
}

function parseArgs(argv: string[]): CheckOptions | 'help' {
  if (argv.includes('-h') || argv.includes('--help')) return 'help';
  const options: CheckOptions = { chunk: 0, chunks: 1, skip: 0, corpus: defaultCorpusDir(packageRoot()) };
  for (let i = 0; i < argv.length; i += 2) {
    const [flag, value] = [argv[i], argv[i + 1]];
    if (flag === '--corpus' && value) options.corpus = value;
    else if (flag === '--chunk' && /^\d+\/\d+$/.test(value ?? '')) [options.chunk, options.chunks] = value.split('/').map(Number);
    else if (flag === '--skip' && /^\d+$/.test(value ?? '')) options.skip = Number(value);
    else throw new Error(`unknown or incomplete option '${flag}' (see --help)`);
  }
  if (options.chunks < 1 || options.chunk >= options.chunks) throw new Error('--chunk K/N needs 0 <= K < N');
  return options;
}

async function sourcesOf(corpus: string): Promise<ArticleSource[]> {
  const sources: ArticleSource[] = loadCorpus(corpus).map((a) => ({ title: a.title, lang: a.lang, text: a.text, origin: a.file }));
  const xml = path.join(corpus, 'xml');
  for (const name of fs.readdirSync(xml).filter((n) => /\.xml(\.bz2)?$/.test(n)).sort()) {
    sources.push(...(await readDumpArticles(path.join(xml, name))).articles);
  }
  return sources;
}

async function main(argv: string[]): Promise<number> {
  const options = parseArgs(argv);
  if (options === 'help') {
    process.stdout.write(HELP);
    return 0;
  }
  const mine = (await sourcesOf(options.corpus)).filter((_, i) => i % options.chunks === options.chunk);
  const started = Date.now();
  let [quads, problems] = [0, 0];
  for (const [i, source] of mine.entries()) {
    if (i < options.skip) continue;
    const name = source.origin ?? source.title;
    const check = await checkArticle(source);
    const found = [...check.problems];
    if (check.build && check.turtle !== undefined) {
      found.push(...crossParserProblems(name, check.turtle, check.build.quads), ...(await shapeProblems(name, check.build.quads)));
      quads += check.build.quads.length;
    }
    problems += found.length;
    for (const problem of found) process.stdout.write(`PROBLEM ${problem}\n`);
    process.stdout.write(`${i + 1}/${mine.length} ${name}: ${check.build?.quads.length ?? 0} quads, ${found.length} problems\n`);
  }
  const seconds = Math.round((Date.now() - started) / 1000);
  process.stdout.write(`DONE chunk ${options.chunk}/${options.chunks}: ${mine.length - Math.min(options.skip, mine.length)} sources, ${quads} quads, ${problems} problems, ${seconds} s\n`);
  return problems === 0 ? 0 : 1;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    process.stderr.write(`corpus-check: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
