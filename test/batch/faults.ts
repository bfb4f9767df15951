/** Helpers of the fault tests: a synthetic dump, a build in a child process, and the manifest checked against the files. */
import { spawn, type ChildProcess } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import { Manifest, journalPath } from '../../src/batch/manifest';
import { sha256Hex } from '../../src/util/hash';

export const ROOT = path.resolve(__dirname, '../..');

/** A dump of `count` article pages (`Town {first}` …), each long enough to take a moment to build. */
export function syntheticDump(count: number, first = 0, repeat = 20): string {
  const paragraph = "'''{T}''' is a town in [[North Korea]]. It was founded in 1901 by [[Kim Example]]. The town has 12,000 inhabitants.\n\n";
  const pages = Array.from({ length: count }, (_, k) => {
    const i = first + k;
    const title = `Town ${i}`;
    const text = paragraph.replace('{T}', title).repeat(repeat).replace(/&/g, '&amp;').replace(/</g, '&lt;');
    return `<page><title>${title}</title><ns>0</ns><id>${i + 1}</id><revision><id>${1000 + i}</id><text>${text}</text></revision></page>`;
  });
  return `<mediawiki xml:lang="en"><siteinfo><dbname>enwiki</dbname></siteinfo>${pages.join('\n')}</mediawiki>\n`;
}

/** `wikikg build ARGS` in a child process with `cwd` as its working directory. */
export function startBuild(cwd: string, args: string[]): { child: ChildProcess; stderr: () => string; exited: Promise<number | null> } {
  const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'wikikg.js'), 'build', ...args], { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += String(chunk)));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, stderr: () => stderr, exited };
}

/** Waits (polling, at most `seconds`) until `ready()` holds; false when it never did. */
export async function waitFor(ready: () => boolean, seconds = 120): Promise<boolean> {
  for (let i = 0; i < seconds * 20; i++) {
    if (ready()) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return false;
}

/** Lines in the journal of `out`'s manifest (0 when there is none). */
export function journalLines(out: string): number {
  try {
    return fs.readFileSync(journalPath(path.join(out, 'manifest.tsv')), 'utf8').split('\n').length - 1;
  } catch {
    return 0;
  }
}

/** Every file under `dir`, relative, sorted. */
export function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: false })
    .map(String)
    .filter((f) => fs.statSync(path.join(dir, f)).isFile())
    .map((f) => f.split(path.sep).join('/'))
    .sort();
}

/**
 * The manifest of `out` as the next build reads it (with its journal), checked against the files: each
 * per-article row's sha256 is its file's, each stream row's file exists and holds its graph. Returns it.
 */
export function checkedManifest(out: string): Manifest {
  const manifest = Manifest.read(path.join(out, 'manifest.tsv'), 'manifest.tsv');
  for (const entry of manifest.all()) {
    const file = path.join(out, entry.output);
    expect(fs.existsSync(file) ? entry.output : `${entry.output} (missing)`).toBe(entry.output);
    const bytes = fs.readFileSync(file);
    const text = (entry.output.endsWith('.gz') ? zlib.gunzipSync(bytes) : bytes).toString('utf8');
    if (/\.nq(\.gz)?$/.test(entry.output)) expect(text).toContain(`<${entry.graph}> .`);
    else expect(`${entry.output} ${sha256Hex(text)}`).toBe(`${entry.output} ${entry.sha256}`);
  }
  return manifest;
}
