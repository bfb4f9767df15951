/**
 * `npm run bench:build`: the figures of the command a user runs, `wikikg build` with its defaults
 * (validation and writing included), each in a fresh process and side by side in one run:
 *
 * 1. throughput on the corpus's articles with `--jobs 1` and `--jobs 2`, against wikiparser-node's
 *    parse alone of the same articles (one process, one core, load included as for the builds), as
 *    shipped and with the memo of its requires that wikikg installs, and that parse in one and two
 *    worker threads (the machine's own ceiling for scaling it);
 * 2. peak RSS and time of `build` on synthetic dumps of 1×, 4× and 16× a unit of corpus pages;
 * 3. the whole corpus's graph: loading it and answering `queries/` in the embedded store, pushing it
 *    to Virtuoso (triples/s) and answering `queries/` there (skipped when Virtuoso cannot be started).
 *
 * Time, CPU and peak memory come from `/usr/bin/time` (`%e` wall seconds, `%U`+`%S` CPU seconds, `%M` max
 * RSS in KB, worker threads included since they share the process). Prints a Markdown table for docs/BENCHMARKS.md.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { packageRoot } from '../src/util/packageRoot';
import { LARGE_VIRTUOSO, startVirtuoso } from '../test/helpers/virtuoso';
import { defaultCorpusDir, loadCorpus } from './corpus';

const HELP = `Usage: npm run bench:build -- [--rounds N] [--unit-mb N] [--skip-scale] [--skip-queries] [--skip-virtuoso]

Measures wikikg build (defaults: validation and writing included) with 1 and 2 jobs against
wikiparser-node's parse alone (as shipped, and with wikikg's memo of its requires in 1 and 2
threads), peak memory on 1x/4x/16x synthetic dumps, and loading and querying the corpus's graph in
the embedded store and in Virtuoso. Prints Markdown. --rounds N repeats the
throughput runs N times, round by round, and shows their medians (default 1).
`;

interface Run {
  seconds: number;
  /** User plus system CPU seconds, every thread of the process. */
  cpuSeconds: number;
  maxRssMb: number;
  stderr: string;
}

const ROOT = packageRoot();
const CLI = path.join(ROOT, 'bin', 'wikikg.js');

/** Runs a command under /usr/bin/time; throws with its stderr when it fails. */
function timed(args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): Run {
  const result = spawnSync('/usr/bin/time', ['-f', 'TIME %e %M %U %S', ...args], { cwd, env, encoding: 'utf8', maxBuffer: 1 << 30 });
  const match = /TIME ([\d.]+) (\d+) ([\d.]+) ([\d.]+)\s*$/.exec(result.stderr);
  if (result.status !== 0 || !match) throw new Error(`${args.join(' ')} failed (${result.status}):\n${result.stderr.slice(-2000)}`);
  return { seconds: Number(match[1]), maxRssMb: Number(match[2]) / 1024, cpuSeconds: Number(match[3]) + Number(match[4]), stderr: result.stderr };
}

function wikikg(args: string[], cwd: string): Run {
  return timed([process.execPath, CLI, ...args], cwd);
}

/** A dump of the corpus's articles in `languages`, repeated `copies` times under numbered titles. */
function syntheticDump(file: string, articles: ReturnType<typeof loadCorpus>, copies: number): number {
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const fd = fs.openSync(file, 'w');
  let id = 0;
  fs.writeSync(fd, '<mediawiki xml:lang="en"><siteinfo><dbname>enwiki</dbname></siteinfo>\n');
  for (let copy = 0; copy < copies; copy++) {
    for (const article of articles) {
      id++;
      fs.writeSync(fd, `<page><title>${escape(article.title)} ${copy}</title><ns>0</ns><id>${id}</id><revision><id>${id}</id><text>${escape(article.text)}</text></revision></page>\n`);
    }
  }
  fs.writeSync(fd, '</mediawiki>\n');
  fs.closeSync(fd);
  return fs.statSync(file).size;
}

/** The run of median wall time (the lower middle one of an even count). */
function median(runs: Run[]): Run {
  const sorted = [...runs].sort((a, b) => a.seconds - b.seconds);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

function mb(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1);
}

async function main(argv: string[]): Promise<void> {
  if (argv.includes('-h') || argv.includes('--help')) return void process.stdout.write(HELP);
  const unitMb = Number(argv[argv.indexOf('--unit-mb') + 1] ?? 2) || 2;
  const corpusDir = defaultCorpusDir(ROOT);
  const articlesDir = path.join(corpusDir, 'articles');
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'wikikg-bench-'));
  const corpus = loadCorpus(corpusDir);
  const bytes = corpus.reduce((sum, a) => sum + Buffer.byteLength(a.text), 0);
  const lines = { push: (...text: string[]) => void process.stdout.write(`${text.join('\n')}\n`) };
  lines.push(`Machine: ${os.cpus().length} cores (${os.cpus()[0]?.model ?? '?'}), Node ${process.version}. Corpus: ${corpus.length} articles, ${mb(bytes)} MB of wikitext.`, '');

  // 1. Throughput, side by side: the builds against the parse alone as wikiparser-node ships it, and the
  // parse alone as wikikg runs it (with the memo of its lazy requires), in one thread and in two (how far
  // this machine scales the parse by itself: the ceiling of the build's own scaling).
  const parseAlone = (...flags: string[]) => timed([process.execPath, path.join(ROOT, 'dist', 'perf', 'parseAlone.js'), articlesDir, ...flags], ROOT);
  // This machine is a shared VM: the same build's wall time varies by a quarter between runs, and two
  // jobs slow each other more at some times than at others. So the six runs go round by round, and the
  // table shows each run's median; the ratios are also given round by round.
  const rounds = Math.max(1, Number(argv[argv.indexOf('--rounds') + 1] ?? 1) || 1);
  const kinds = [
    ['wikiparser-node parse alone, as shipped (1 core)', () => parseAlone()],
    ['parse alone with the require memo (1 core)', () => parseAlone('--remember-requires')],
    ['parse alone with the require memo, 1 worker thread', () => parseAlone('--remember-requires', '--threads', '1')],
    ['parse alone with the require memo, 2 worker threads', () => parseAlone('--remember-requires', '--threads', '2')],
    ['wikikg build --jobs 1', () => wikikg(['build', articlesDir, '--out', path.join(work, 'jobs1'), '--jobs', '1'], work)],
    ['wikikg build --jobs 2', () => wikikg(['build', articlesDir, '--out', path.join(work, 'jobs2'), '--jobs', '2'], work)],
  ] as const;
  const measured: Run[][] = kinds.map(() => []);
  for (let round = 0; round < rounds; round++) {
    kinds.forEach(([, run], k) => {
      if (k >= 4) fs.rmSync(path.join(work, `jobs${k - 3}`), { recursive: true, force: true });
      measured[k].push(run());
    });
  }
  const medians = measured.map(median);
  const [parse, remembered, threads1, threads2, one, two] = medians;
  const rate = (run: Run) => bytes / 1024 / 1024 / run.seconds;
  lines.push(`| run${rounds > 1 ? ` (median of ${rounds})` : ''} | wall s | CPU s | MB/s | × parse alone | peak RSS MB |`, '| --- | ---: | ---: | ---: | ---: | ---: |');
  kinds.forEach(([name], k) => {
    const run = medians[k];
    lines.push(`| ${name} | ${run.seconds.toFixed(1)} | ${run.cpuSeconds.toFixed(1)} | ${rate(run).toFixed(3)} | ${(rate(run) / rate(parse)).toFixed(2)} | ${run.maxRssMb.toFixed(0)} |`);
  });
  const byRound = (f: (r: number) => number) => Array.from({ length: rounds }, (_, r) => f(r).toFixed(2)).join(', ');
  const wall = (k: number, r: number) => measured[k][r].seconds;
  lines.push(
    '',
    `--jobs 2 / --jobs 1: ${(one.seconds / two.seconds).toFixed(2)}×; the parse alone, 2 threads / 1 thread: ${(threads1.seconds / threads2.seconds).toFixed(2)}× (medians).`,
    `Against the parse alone with the require memo: --jobs 1 ${(rate(one) / rate(remembered)).toFixed(2)}×, --jobs 2 ${(rate(two) / rate(remembered)).toFixed(2)}×.`,
  );
  if (rounds > 1) {
    lines.push(
      `Round by round: --jobs 1 × parse alone ${byRound((r) => wall(0, r) / wall(4, r))}; --jobs 2 × parse alone ${byRound((r) => wall(0, r) / wall(5, r))};`,
      `--jobs 2 / --jobs 1 ${byRound((r) => wall(4, r) / wall(5, r))}; the parse alone, 2 threads / 1 thread ${byRound((r) => wall(2, r) / wall(3, r))}.`,
    );
  }
  lines.push('');

  // 2. Peak memory as the dump grows.
  if (!argv.includes('--skip-scale')) {
    const unit: typeof corpus = [];
    let unitBytes = 0;
    for (const article of corpus.filter((a) => a.lang === 'en' || a.lang === 'zh')) {
      if (unitBytes > unitMb * 1024 * 1024) break;
      unit.push(article);
      unitBytes += Buffer.byteLength(article.text);
    }
    lines.push('| dump | MB of XML | pages | wall s | peak RSS MB |', '| --- | ---: | ---: | ---: | ---: |');
    for (const copies of [1, 4, 16]) {
      const file = path.join(work, `x${copies}.xml`);
      const size = syntheticDump(file, unit, copies);
      const run = wikikg(['build', file, '--out', path.join(work, `x${copies}`)], work);
      lines.push(`| ${copies}× | ${mb(size)} | ${unit.length * copies} | ${run.seconds.toFixed(1)} | ${run.maxRssMb.toFixed(0)} |`);
      fs.rmSync(file);
      fs.rmSync(path.join(work, `x${copies}`), { recursive: true });
    }
    lines.push('');
  }

  // 3. The whole graph in the embedded store and in Virtuoso.
  const data = path.join(work, 'jobs2');
  if (argv.includes('--skip-queries')) return void fs.rmSync(work, { recursive: true, force: true });
  const embedded = wikikg(['query', '--all', '--data', data], work);
  lines.push('| graph of the corpus | wall s | peak RSS MB |', '| --- | ---: | ---: |', `| embedded store: load + every question of queries/ | ${embedded.seconds.toFixed(1)} | ${embedded.maxRssMb.toFixed(0)} |`);
  if (!argv.includes('--skip-virtuoso')) {
    const server = await startVirtuoso(LARGE_VIRTUOSO);
    try {
      const push = wikikg(['push', '--endpoint', server.endpoint, '--data', data, '--timeout', '600'], work);
      const triples = Number(/pushed \d+ graphs \([^)]*\), ([\d,]+) triples/.exec(push.stderr)?.[1]?.replace(/,/g, '') ?? NaN);
      const remote = wikikg(['query', '--all', '--endpoint', server.endpoint], work);
      lines.push(`| Virtuoso: push (${triples.toLocaleString('en')} triples, ${Math.round(triples / push.seconds).toLocaleString('en')} triples/s) | ${push.seconds.toFixed(1)} | ${push.maxRssMb.toFixed(0)} |`);
      lines.push(`| Virtuoso: every question of queries/ | ${remote.seconds.toFixed(1)} | ${remote.maxRssMb.toFixed(0)} |`);
    } finally {
      await server.stop();
    }
  }
  fs.rmSync(work, { recursive: true, force: true });
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`bench:build: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
