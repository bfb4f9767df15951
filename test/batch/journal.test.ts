/**
 * The manifest's journal: each finished article's row is appended as its file is renamed into place,
 * so a build killed at any point (SIGKILL) leaves rows that are exactly whole files, and the next build
 * skips them. Tested in-process for the journal itself, and on a real process killed with SIGKILL.
 */
import * as fs from 'fs';
import * as path from 'path';
import { journalPath, Manifest, ManifestJournal, MANIFEST_COLUMNS } from '../../src/batch/manifest';
import { tempDir } from '../cli/helpers';
import { checkedManifest, filesUnder, journalLines, startBuild, syntheticDump, waitFor } from './faults';

const entry = (title: string, sha = 'b') => ({
  lang: 'en',
  title,
  revision: '12',
  source_sha256: 'a'.repeat(64),
  output: `en/${title}.ttl`,
  graph: `https://w3id.org/wikikg/article/en/${title}`,
  triples: 7,
  sha256: sha.repeat(64),
  build: 'wikikg 0.1.0 code:0123456789ab format=ttl',
});

describe('the manifest journal', () => {
  it('plays rows and withdrawals over the manifest, and compacts them into manifest.tsv', () => {
    const file = path.join(tempDir('wikikg-journal-'), 'manifest.tsv');
    const first = ManifestJournal.open(file, 'manifest.tsv');
    first.add([entry('A'), entry('B')]);
    first.withdraw([entry('A')]);
    first.close();
    // A killed build: no manifest.tsv, only the journal.
    expect(fs.existsSync(file)).toBe(false);
    expect(Manifest.read(file, 'manifest.tsv').all().map((e) => e.title)).toEqual(['B']);
    const second = ManifestJournal.open(file, 'manifest.tsv');
    expect(fs.existsSync(journalPath(file))).toBe(false);
    expect(Manifest.parse(fs.readFileSync(file, 'utf8'), 'manifest.tsv').all().map((e) => e.title)).toEqual(['B']);
    second.add([entry('B', 'c'), entry('C')]);
    second.compact();
    expect(fs.existsSync(journalPath(file))).toBe(false);
    const read = Manifest.read(file, 'manifest.tsv');
    expect(read.get('en', 'B')?.sha256).toBe('c'.repeat(64));
    expect(read.size).toBe(2);
  });

  it('leaves out a cut last line of the journal or the manifest with a note, and refuses a malformed row inside', () => {
    const dir = tempDir('wikikg-journal-');
    const file = path.join(dir, 'manifest.tsv');
    const header = MANIFEST_COLUMNS.join('\t');
    const row = (title: string) => MANIFEST_COLUMNS.map((c) => String(entry(title)[c])).join('\t');
    fs.writeFileSync(file, `${header}\n${row('A')}\n${row('B').slice(0, 30)}`);
    fs.writeFileSync(journalPath(file), `${row('C')}\n${row('D').slice(0, 50)}`);
    const notes: string[] = [];
    const manifest = Manifest.read(file, 'manifest.tsv', (line) => notes.push(line));
    expect(manifest.all().map((e) => e.title).sort()).toEqual(['A', 'C']);
    expect(notes).toEqual([expect.stringMatching(/^manifest\.tsv:3: its last line is cut short/), expect.stringMatching(/^manifest\.tsv\.journal:2: its last line is cut short/)]);
    expect(() => Manifest.parse(`${header}\nen\tA\n${row('B')}\n`, 'm.tsv')).toThrow('m.tsv:2: malformed row');
    expect(() => Manifest.parse(`${header}\n${row('A')}\nen\tB\n`, 'm.tsv')).not.toThrow();
  });
});

/** Kills a build with SIGKILL once its journal holds at least `rows` lines. */
async function killAfter(dir: string, args: string[], rows: number): Promise<void> {
  const out = path.join(dir, 'out');
  const journal = path.join(out, 'manifest.tsv.journal');
  const before = fs.existsSync(journal) ? journalLines(out) : 0;
  const build = startBuild(dir, args);
  const reached = await waitFor(() => journalLines(out) >= before + rows || build.child.exitCode !== null);
  build.child.kill('SIGKILL');
  await build.exited;
  expect(reached).toBe(true);
  expect(build.child.exitCode).toBeNull();
}

/** Builds to the end; returns stderr. */
async function buildAll(dir: string, args: string[]): Promise<string> {
  const build = startBuild(dir, args);
  const code = await build.exited;
  expect(`${code} ${build.stderr()}`).toMatch(/^0 /);
  return build.stderr();
}

describe('a build killed with SIGKILL', () => {
  it('leaves rows that are exactly whole files, at several points, and the next build skips them', async () => {
    const dir = tempDir('wikikg-kill-');
    fs.writeFileSync(path.join(dir, 'towns.xml'), syntheticDump(60));
    const args = ['towns.xml', '--out', 'out', '--jobs', '1', '--no-validate'];
    const out = path.join(dir, 'out');
    await killAfter(dir, args, 2);
    const early = checkedManifest(out);
    expect(early.size).toBeGreaterThanOrEqual(2);
    // The next build compacts the journal it finds, skips what is listed, and is killed in turn.
    await killAfter(dir, args, 5);
    const later = checkedManifest(out);
    expect(later.size).toBeGreaterThanOrEqual(early.size + 5);
    expect(filesUnder(out).filter((f) => f.includes('.tmp-'))).toEqual([]);
    const stderr = await buildAll(dir, args);
    expect(stderr).toContain(`skipped ${later.size} unchanged since the manifest`);
    expect(checkedManifest(out).size).toBe(60);
    expect(fs.existsSync(path.join(out, 'manifest.tsv.journal'))).toBe(false);
    // A rebuild with another --base replaces every file: killed, no row names a file of other bytes.
    const rebased = [...args, '--base', 'https://example.org/kg/'];
    await killAfter(dir, rebased, 6);
    const mixed = checkedManifest(out);
    const newRows = mixed.all().filter((e) => e.build.includes('base=https://example.org/kg/')).length;
    expect(newRows).toBeGreaterThanOrEqual(3);
    expect(await buildAll(dir, rebased)).toContain(`skipped ${newRows} unchanged since the manifest`);
    expect(checkedManifest(out).size).toBe(60);
  }, 300000);

  it('journals the rows of an N-Quads stream only once the stream is whole and in place', async () => {
    const dir = tempDir('wikikg-kill-nq-');
    fs.writeFileSync(path.join(dir, 'a.xml'), syntheticDump(4, 0, 2));
    fs.writeFileSync(path.join(dir, 'b.xml'), syntheticDump(400, 100));
    const out = path.join(dir, 'out');
    const build = startBuild(dir, ['a.xml', 'b.xml', '--out', 'out', '--jobs', '1', '--no-validate', '--format', 'nq.gz']);
    const reached = await waitFor(() => fs.existsSync(path.join(out, 'a.nq.gz')) || build.child.exitCode !== null);
    build.child.kill('SIGKILL');
    await build.exited;
    expect(reached).toBe(true);
    expect(build.child.exitCode).toBeNull();
    const manifest = checkedManifest(out);
    expect(manifest.all().map((e) => e.output)).toEqual(['a.nq.gz', 'a.nq.gz', 'a.nq.gz', 'a.nq.gz']);
    expect(fs.existsSync(path.join(out, 'b.nq.gz'))).toBe(false);
  }, 300000);
});
