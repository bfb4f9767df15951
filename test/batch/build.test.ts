/**
 * `build` as a stream over many articles: the layout by language, the same bytes for every `--jobs`,
 * N-Quads streams, the manifest and incremental rebuilds, shards, stale temporary files and a bad
 * output folder. (Interrupts are tested on a real process in `interrupt.test.ts`.)
 */
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import { parseRdf } from '../../src/export/serialize';
import { Manifest } from '../../src/batch/manifest';
import { sha256Hex } from '../../src/util/hash';
import { shardOf } from '../../src/batch/build';
import { runCli, snapshot, tempDir, writeTree } from '../cli/helpers';

const DUMP = fs.readFileSync(path.join(__dirname, '../source/fixtures/dump.xml'));
const SEED = fs.readFileSync(path.join(__dirname, '../../seeds', fs.readdirSync(path.join(__dirname, '../../seeds'))[0]));
const ENGLISH = "'''Kaesong Industrial Region''' is an industrial park in [[North Korea]], opened on 15 December 2004.\n";
const GERMAN = "'''Berlin''' ist die Hauptstadt der [[Deutschland|Bundesrepublik Deutschland]].\n";

/** Articles in three languages (two of them under the same title) and a dump. */
function inputs(): string {
  return writeTree(tempDir(), {
    'in/en/Berlin.wiki': ENGLISH.replace('Kaesong Industrial Region', 'Berlin'),
    'in/de/Berlin.wiki': GERMAN,
    'in/en/Kaesong_Industrial_Region.wiki': ENGLISH,
    'in/zh/南北共同聯絡辦公室.wiki': SEED,
    'in/dumps/pages.xml': DUMP,
  });
}

async function build(cwd: string, ...argv: string[]) {
  const run = await runCli(['build', 'in', ...argv], { cwd });
  expect(run.stderr).not.toMatch(/internal error/);
  return run;
}

describe('build of a folder in many languages', () => {
  it('writes {lang}/{name}.ttl, so that the same title in two languages gives two files, and a manifest', async () => {
    const cwd = inputs();
    const run = await build(cwd, '--out', 'graphs', '--jobs', '1');
    expect(run.code).toBe(0);
    const files = Object.keys(snapshot(path.join(cwd, 'graphs')));
    expect(files).toEqual(['de/Berlin.ttl', 'en/Berlin.ttl', 'en/Kaesong_Industrial_Region.ttl', 'inputs.tsv', 'ko/Alpha_&_Omega.ttl', 'ko/Delta.ttl', 'ko/Gamma.ttl', 'manifest.tsv', 'site-index.tsv', 'zh/南北共同聯絡辦公室.ttl']);
    const manifest = Manifest.parse(fs.readFileSync(path.join(cwd, 'graphs', 'manifest.tsv'), 'utf8'), 'manifest.tsv');
    expect(manifest.size).toBe(7);
    const delta = manifest.get('ko', 'Delta')!;
    expect(delta).toMatchObject({ revision: '105', output: 'ko/Delta.ttl', graph: 'https://w3id.org/wikikg/article/ko/Delta' });
    const bytes = fs.readFileSync(path.join(cwd, 'graphs', 'ko', 'Delta.ttl'));
    expect(delta.sha256).toBe(sha256Hex(bytes));
    expect(delta.triples).toBe(parseRdf(bytes.toString('utf8'), 'ttl').length);
    expect(manifest.get('de', 'Berlin')!.revision).toBe('');
    // Every command reads the folder of folders.
    const query = await runCli(['query', '--data', 'graphs', '--sparql', 'SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a wkg:Article }', '--format', 'csv'], { cwd });
    expect(query.stdout.trim().split(/\r?\n/)).toEqual(['n', '7']);
  });

  it('writes the same bytes with --jobs 0 (this thread), 1 and 3, manifest included', async () => {
    const cwd = inputs();
    expect((await build(cwd, '--out', 'one', '--jobs', '1')).code).toBe(0);
    expect((await build(cwd, '--out', 'three', '--jobs', '3')).code).toBe(0);
    expect((await build(cwd, '--out', 'here', '--jobs', '0')).code).toBe(0);
    const one = snapshot(path.join(cwd, 'one'));
    expect(Object.keys(one)).toHaveLength(10);
    expect(snapshot(path.join(cwd, 'three'))).toEqual(one);
    expect(snapshot(path.join(cwd, 'here'))).toEqual(one);
  });
});

describe('build --format nq and nq.gz', () => {
  it('writes one stream per input, each article in its named graph, and gzip gives the same text', async () => {
    const cwd = inputs();
    expect((await build(cwd, '--out', 'nq', '--format', 'nq', '--jobs', '2')).code).toBe(0);
    expect((await build(cwd, '--out', 'gz', '--format', 'nq.gz', '--jobs', '1')).code).toBe(0);
    const files = Object.keys(snapshot(path.join(cwd, 'nq')));
    expect(files).toEqual(['de/Berlin.nq', 'en/Berlin.nq', 'en/Kaesong_Industrial_Region.nq', 'inputs.tsv', 'manifest.tsv', 'pages.nq', 'site-index.tsv', 'zh/南北共同聯絡辦公室.nq']);
    const dump = fs.readFileSync(path.join(cwd, 'nq', 'pages.nq'), 'utf8');
    const graphs = new Set(parseRdf(dump, 'nq').map((q) => q.graph.value));
    expect([...graphs].sort()).toEqual(['Alpha & Omega', 'Delta', 'Gamma'].map((t) => `https://w3id.org/wikikg/article/ko/${encodeURI(t).replace(/%20/g, '_')}`).sort());
    expect(zlib.gunzipSync(fs.readFileSync(path.join(cwd, 'gz', 'pages.nq.gz'))).toString('utf8')).toBe(dump);
    // The same graph as the Turtle build, read by `query`.
    expect((await build(cwd, '--out', 'ttl', '--jobs', '1')).code).toBe(0);
    const count = async (dir: string) => (await runCli(['query', '--data', dir, '--sparql', 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }', '--format', 'csv'], { cwd })).stdout;
    expect(await count('gz')).toBe(await count('ttl'));
  });
});

describe('the manifest and incremental rebuilds', () => {
  it('skips what is unchanged, rebuilds what changed or was removed, and --force rebuilds all', async () => {
    const cwd = inputs();
    expect((await build(cwd, '--jobs', '1')).code).toBe(0);
    const again = await build(cwd, '--jobs', '1');
    expect(again.errorLines.at(-1)).toMatch(/^built 0 articles, .*; skipped 7 unchanged since the manifest$/);
    fs.appendFileSync(path.join(cwd, 'in/en/Berlin.wiki'), 'It has a [[zoo]].\n');
    fs.rmSync(path.join(cwd, 'output/ko/Delta.ttl'));
    const changed = await build(cwd, '--jobs', '1', '--verbose');
    expect(changed.errorLines.filter((line) => line.startsWith('['))).toEqual([expect.stringMatching(/^\[1\] Delta: /), expect.stringMatching(/^\[2\] Berlin: /)]);
    expect(fs.existsSync(path.join(cwd, 'output/ko/Delta.ttl'))).toBe(true);
    expect(fs.readFileSync(path.join(cwd, 'output/en/Berlin.ttl'), 'utf8')).toContain('zoo');
    expect((await build(cwd, '--jobs', '1', '--force')).errorLines.at(-1)).toMatch(/^built 7 articles, /);
  });

  it('rebuilds when the settings change (another --base)', async () => {
    const cwd = inputs();
    await build(cwd, '--jobs', '1');
    const rebased = await build(cwd, '--jobs', '1', '--base', 'https://kg.example.org/');
    expect(rebased.errorLines.at(-1)).toMatch(/^built 7 articles, /);
    expect(fs.readFileSync(path.join(cwd, 'output/de/Berlin.ttl'), 'utf8')).toContain('https://kg.example.org/');
  });
});

describe('build --shard I/N', () => {
  it('splits the articles into disjoint parts whose union is the whole build', async () => {
    const cwd = inputs();
    await build(cwd, '--out', 'all', '--jobs', '1');
    const parts = [];
    for (const shard of ['0/2', '1/2']) {
      const run = await build(cwd, '--out', `part${shard[0]}`, '--shard', shard, '--jobs', '1');
      expect(run.code).toBe(0);
      parts.push(Object.keys(snapshot(path.join(cwd, `part${shard[0]}`))).filter((f) => f.endsWith('.ttl')));
    }
    const all = Object.keys(snapshot(path.join(cwd, 'all'))).filter((f) => f.endsWith('.ttl'));
    expect(parts[0].length).toBeGreaterThan(0);
    expect(parts[1].length).toBeGreaterThan(0);
    expect(parts[0].filter((f) => parts[1].includes(f))).toEqual([]);
    expect([...parts[0], ...parts[1]].sort()).toEqual(all);
  });

  it('puts an article in the same shard whatever the order of the dump', () => {
    expect(shardOf('zh', '柏林', 8)).toBe(shardOf('zh', '柏林', 8));
    const counts = new Array(4).fill(0);
    for (let i = 0; i < 400; i++) counts[shardOf('en', `Title ${i}`, 4)]++;
    for (const n of counts) expect(n).toBeGreaterThan(60);
  });

  it('refuses a shard outside its count', async () => {
    const run = await runCli(['build', 'in', '--shard', '2/2'], { cwd: inputs() });
    expect(run.code).toBe(2);
    expect(run.errorLines[0]).toMatch(/--shard must be I\/N with 0 <= I < N/);
  });
});

describe('the output folder', () => {
  it('loses the temporary files of killed builds (dead processes), and keeps those of live ones', async () => {
    const cwd = inputs();
    const dead = 'output/en/Berlin.ttl.tmp-999999-0123456789ab';
    const live = `output/en/Other.ttl.tmp-${process.pid}-0123456789ab`;
    writeTree(cwd, { [dead]: 'half', [live]: 'half' });
    const run = await build(cwd, '--jobs', '1');
    expect(run.errorLines[0]).toBe('output/: removed 1 temporary file left by an interrupted build');
    expect(fs.existsSync(path.join(cwd, dead))).toBe(false);
    expect(fs.existsSync(path.join(cwd, live))).toBe(true);
  });

  it('is refused before any article is built when it is a file', async () => {
    const cwd = inputs();
    writeTree(cwd, { taken: 'a file' });
    const run = await runCli(['build', 'in', '--out', 'taken'], { cwd });
    expect(run.code).toBe(1);
    expect(run.errorLines).toEqual(['wikikg: cannot write to taken: it is a file, not a folder']);
  });

  it('refuses a .gz format on standard output', async () => {
    const run = await runCli(['build', 'in', '--out', '-', '--format', 'ttl.gz'], { cwd: inputs() });
    expect(run.code).toBe(2);
  });
});
