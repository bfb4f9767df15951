/**
 * A graph of several hundred real articles for the tests that need one (the server at scale): the 250
 * smallest articles of the shared corpus (in 69 languages), plus the large pages whose size the UI must
 * survive (France, Berlin in English and German, 柏林). It is built once with `wikikg build --jobs 2`
 * into a folder of the system's temporary directory named for this checkout, and later runs reuse it:
 * the build's own manifest skips every article whose source and code are unchanged, so a rerun costs a
 * second and a change to the code rebuilds it. A lock keeps two test processes from building at once.
 */
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runCli } from '../cli/helpers';

const ROOT = path.resolve(__dirname, '..', '..');
/** The shared corpus, beside the repository. */
export const CORPUS = path.resolve(ROOT, '..', 'shared', 'corpus');
/** Whether it is there (it lives outside the repository). */
export const corpusPresent = fs.existsSync(path.join(CORPUS, 'manifest.tsv'));

/** How many of the smallest articles. */
const SMALLEST = 250;
/** The large pages, whatever their size. */
const LARGE = ['articles/en/France.wiki', 'articles/en/Berlin.wiki', 'articles/de/Berlin.wiki', 'articles/zh/柏林.wiki'];

/** The corpus files of the graph, in the manifest's order. */
export function corpusSubset(): string[] {
  const [header, ...rows] = fs.readFileSync(path.join(CORPUS, 'manifest.tsv'), 'utf8').trimEnd().split('\n');
  const columns = header.split('\t');
  const [file, bytes] = [columns.indexOf('file'), columns.indexOf('bytes')];
  const entries = rows.map((row) => row.split('\t')).map((cells) => ({ file: cells[file], bytes: Number(cells[bytes]) }));
  const smallest = new Set([...entries].sort((a, b) => a.bytes - b.bytes || (a.file < b.file ? -1 : 1)).slice(0, SMALLEST).map((entry) => entry.file));
  return entries.filter((entry) => smallest.has(entry.file) || LARGE.includes(entry.file)).map((entry) => entry.file);
}

/** The folder of the built graph (building or updating it first). */
export async function corpusGraph(): Promise<string> {
  const dir = path.join(os.tmpdir(), `wikikg-test-corpus-${crypto.createHash('sha256').update(ROOT).digest('hex').slice(0, 12)}`);
  const out = path.join(dir, 'graph');
  await withLock(path.join(dir, 'lock'), async () => {
    const files = corpusSubset().map((file) => path.join(CORPUS, file));
    const build = await runCli(['build', ...files, '--out', out, '--jobs', '2'], { cwd: ROOT });
    if (build.code !== 0) throw new Error(`building the corpus graph failed:\n${build.stderr}`);
  });
  return out;
}

/** Runs `step` holding a lock folder; waits for another holder, and takes over a lock left for ten minutes. */
async function withLock(lock: string, step: () => Promise<void>): Promise<void> {
  fs.mkdirSync(path.dirname(lock), { recursive: true });
  for (;;) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch {
      const age = Date.now() - (fs.statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > 600_000) fs.rmSync(lock, { recursive: true, force: true });
      else await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  try {
    await step();
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}
