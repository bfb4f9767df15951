/**
 * Pruning: a build of the same inputs into the same folder removes the files and rows of articles no
 * longer in them, with a note and a count; a build of other inputs keeps them unless `--prune`; a shard
 * prunes only when asked (and then only its shard's rows); `--no-prune` keeps them.
 */
import * as fs from 'fs';
import * as path from 'path';
import { shardOf } from '../../src/batch/build';
import { listRdfFiles } from '../../src/cli/dataFiles';
import type { CliIo } from '../../src/cli/io';
import { runCli, tempDir, writeTree } from '../cli/helpers';
import { checkedManifest, filesUnder, syntheticDump } from './faults';

const ARTICLE = "'''{T}''' is a town in [[North Korea]]. It was founded in 1901.\n";

async function build(cwd: string, ...argv: string[]) {
  const run = await runCli(['build', ...argv, '--out', 'out', '--jobs', '0', '--no-validate'], { cwd });
  expect(`${run.code} ${run.stderr}`).toMatch(/^0 /);
  expect(run.stderr).not.toMatch(/internal error/);
  return run;
}

/** The graph files of `out` (its manifest, site index and record of inputs aside). */
function graphFiles(out: string): string[] {
  return filesUnder(out).filter((f) => !['manifest.tsv', 'site-index.tsv', 'inputs.tsv'].includes(f));
}

function titles(out: string): string[] {
  return checkedManifest(out).all().map((e) => e.title).sort();
}

/** `in/en/{title}.wiki` for each title, under a fresh folder. */
function articles(...names: string[]): string {
  return writeTree(tempDir('wikikg-prune-'), Object.fromEntries(names.map((name) => [`in/en/${name}.wiki`, ARTICLE.replace('{T}', name)])));
}

describe('a build of the same inputs into the same folder', () => {
  it('removes the file and row of an article whose file was deleted, with a note and a count', async () => {
    const cwd = articles('Alpha', 'Beta');
    const out = path.join(cwd, 'out');
    await build(cwd, 'in');
    expect(graphFiles(out)).toEqual(['en/Alpha.ttl', 'en/Beta.ttl']);
    expect(fs.readFileSync(path.join(out, 'inputs.tsv'), 'utf8')).toBe('input\n../in\n');
    fs.rmSync(path.join(cwd, 'in/en/Beta.wiki'));
    const run = await build(cwd, 'in');
    expect(run.errorLines).toContain('en:Beta: no longer in the inputs; its row and en/Beta.ttl removed');
    expect(run.errorLines.at(-1)).toMatch(/; pruned 1 article no longer in the inputs$/);
    expect(graphFiles(out)).toEqual(['en/Alpha.ttl']);
    expect(titles(out)).toEqual(['Alpha']);
    // `push` reads no manifest: it sends every graph file of the folder, which no longer holds Beta's.
    expect(listRdfFiles({ cwd } as CliIo, 'out').map((file) => file.shown)).toEqual([path.join('out', 'en', 'Alpha.ttl')]);
    // Nothing left to prune.
    expect((await build(cwd, 'in')).errorLines.at(-1)).toMatch(/^built 0 articles, .*; skipped 1 unchanged since the manifest$/);
  });

  it('removes the stream and rows of a dump no longer in the inputs (nq.gz), keeping the other dump', async () => {
    const cwd = writeTree(tempDir('wikikg-prune-'), { 'in/a.xml': syntheticDump(2, 0, 1), 'in/b.xml': syntheticDump(2, 10, 1) });
    const out = path.join(cwd, 'out');
    await build(cwd, 'in', '--format', 'nq.gz');
    expect(graphFiles(out)).toEqual(['a.nq.gz', 'b.nq.gz']);
    expect(titles(out)).toEqual(['Town 0', 'Town 1', 'Town 10', 'Town 11']);
    fs.rmSync(path.join(cwd, 'in/b.xml'));
    const run = await build(cwd, 'in', '--format', 'nq.gz');
    expect(run.errorLines).toEqual(expect.arrayContaining(['en:Town 10: no longer in the inputs; its row and b.nq.gz removed', 'en:Town 11: no longer in the inputs; its row and b.nq.gz removed']));
    expect(run.errorLines.at(-1)).toMatch(/; pruned 2 articles no longer in the inputs$/);
    expect(graphFiles(out)).toEqual(['a.nq.gz']);
    expect(titles(out)).toEqual(['Town 0', 'Town 1']);
  });

  it('tells a count and the first titles when many articles go', async () => {
    const cwd = writeTree(tempDir('wikikg-prune-'), { 'in/a.xml': syntheticDump(2, 0, 1), 'in/b.xml': syntheticDump(12, 10, 1) });
    const out = path.join(cwd, 'out');
    await build(cwd, 'in');
    fs.rmSync(path.join(cwd, 'in/b.xml'));
    const run = await build(cwd, 'in');
    expect(run.errorLines).toContain('12 articles no longer in the inputs, their rows and 12 files removed: en:Town 10, en:Town 11, en:Town 12, en:Town 13, en:Town 14, and 7 more');
    expect(graphFiles(out)).toEqual(['en/Town_0.ttl', 'en/Town_1.ttl']);
  });

  it('keeps them with --no-prune, and refuses --prune with --no-prune', async () => {
    const cwd = articles('Alpha', 'Beta');
    const out = path.join(cwd, 'out');
    await build(cwd, 'in');
    fs.rmSync(path.join(cwd, 'in/en/Beta.wiki'));
    const run = await build(cwd, 'in', '--no-prune');
    expect(run.stderr).not.toMatch(/pruned|no longer in the inputs|kept/);
    expect(graphFiles(out)).toEqual(['en/Alpha.ttl', 'en/Beta.ttl']);
    expect(titles(out)).toEqual(['Alpha', 'Beta']);
    const both = await runCli(['build', 'in', '--out', 'out', '--prune', '--no-prune'], { cwd });
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/--prune and --no-prune/);
  });
});

describe('a build of other inputs into the same folder', () => {
  it('keeps the rows of the earlier inputs, however often it runs, unless --prune', async () => {
    const cwd = writeTree(tempDir('wikikg-prune-'), {
      'first/en/Alpha.wiki': ARTICLE.replace('{T}', 'Alpha'),
      'second/en/Beta.wiki': ARTICLE.replace('{T}', 'Beta'),
    });
    const out = path.join(cwd, 'out');
    await build(cwd, 'first');
    const added = await build(cwd, 'second');
    expect(added.errorLines).toContain('kept 1 article not in these inputs, as the folder was not built from these inputs alone; --prune removes them');
    expect(added.stderr).not.toMatch(/pruned/);
    expect(titles(out)).toEqual(['Alpha', 'Beta']);
    // The folder now records both: one of them alone is still other inputs.
    expect(fs.readFileSync(path.join(out, 'inputs.tsv'), 'utf8')).toBe('input\n../first\n../second\n');
    await build(cwd, 'second');
    expect(titles(out)).toEqual(['Alpha', 'Beta']);
    // Both together are the same inputs: an article deleted from either goes.
    fs.rmSync(path.join(cwd, 'first/en/Alpha.wiki'));
    fs.writeFileSync(path.join(cwd, 'first/en/Gamma.wiki'), ARTICLE.replace('{T}', 'Gamma'));
    expect((await build(cwd, 'second', 'first')).errorLines).toContain('en:Alpha: no longer in the inputs; its row and en/Alpha.ttl removed');
    expect(titles(out)).toEqual(['Beta', 'Gamma']);
    // --prune makes the folder this build's alone.
    const pruned = await build(cwd, 'second', '--prune');
    expect(pruned.errorLines).toContain('en:Gamma: no longer in the inputs; its row and en/Gamma.ttl removed');
    expect(graphFiles(out)).toEqual(['en/Beta.ttl']);
    expect(fs.readFileSync(path.join(out, 'inputs.tsv'), 'utf8')).toBe('input\n../second\n');
  });

  it('keeps what a build from standard input added, and what a folder built before inputs were recorded holds', async () => {
    const cwd = articles('Alpha', 'Beta');
    const out = path.join(cwd, 'out');
    await build(cwd, 'in');
    const piped = await runCli(['build', '-', '--title', 'Delta', '--lang', 'en', '--out', 'out', '--no-validate'], { cwd, stdin: ARTICLE.replace('{T}', 'Delta') });
    expect(piped.code).toBe(0);
    expect(piped.errorLines).toContain('kept 2 articles not in these inputs, as the folder was not built from these inputs alone; --prune removes them');
    await build(cwd, 'in');
    expect(titles(out)).toEqual(['Alpha', 'Beta', 'Delta']);
    // A folder with rows and no record: its inputs are unknown, so nothing goes unless asked.
    fs.rmSync(path.join(out, 'inputs.tsv'));
    fs.rmSync(path.join(cwd, 'in/en/Beta.wiki'));
    await build(cwd, 'in');
    expect(titles(out)).toEqual(['Alpha', 'Beta', 'Delta']);
    await build(cwd, 'in', '--prune');
    expect(titles(out)).toEqual(['Alpha']);
    expect(graphFiles(out)).toEqual(['en/Alpha.ttl']);
  });
});

describe('a shard', () => {
  it('prunes nothing unless asked, and then only the rows of its own shard', async () => {
    const names = ['Alpha', 'Beta', 'Gamma', 'Delta', 'Epsilon', 'Zeta'];
    const cwd = articles(...names);
    const out = path.join(cwd, 'out');
    await build(cwd, 'in');
    // One article of each shard is deleted.
    const gone = [0, 1].map((shard) => names.find((name) => shardOf('en', name, 2) === shard)!);
    for (const name of gone) fs.rmSync(path.join(cwd, `in/en/${name}.wiki`));
    for (const shard of ['0/2', '1/2']) {
      const run = await build(cwd, 'in', '--shard', shard);
      expect(run.stderr).not.toMatch(/pruned|no longer in the inputs|kept/);
    }
    expect(titles(out)).toEqual([...names].sort());
    const run = await build(cwd, 'in', '--shard', '0/2', '--prune');
    expect(run.errorLines).toContain(`en:${gone[0]}: no longer in the inputs; its row and en/${gone[0]}.ttl removed`);
    expect(run.errorLines.at(-1)).toMatch(/; pruned 1 article no longer in the inputs$/);
    expect(titles(out)).toEqual(names.filter((name) => name !== gone[0]).sort());
    expect(graphFiles(out)).toEqual(names.filter((name) => name !== gone[0]).map((name) => `en/${name}.ttl`).sort());
  });
});

describe('a build that did not read all its inputs', () => {
  it('prunes nothing, even with --prune, when a dump is damaged', async () => {
    const whole = fs.readFileSync(path.join(__dirname, '..', 'source', 'fixtures', 'towns.xml.bz2'));
    const cwd = writeTree(tempDir('wikikg-prune-'), { 'in/towns.xml.bz2': whole });
    const out = path.join(cwd, 'out');
    await build(cwd, 'in');
    const before = titles(out);
    fs.writeFileSync(path.join(cwd, 'in/towns.xml.bz2'), whole.subarray(0, Math.floor(whole.length / 2)));
    const run = await runCli(['build', 'in', '--out', 'out', '--jobs', '0', '--no-validate', '--prune'], { cwd });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/cut short at byte/);
    expect(run.stderr).not.toMatch(/no longer in the inputs/);
    expect(titles(out)).toEqual(before);
    expect(graphFiles(out)).toHaveLength(before.length);
  });
});
