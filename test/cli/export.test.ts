import * as fs from 'fs';
import * as path from 'path';
import { parseRdf } from '../../src/export/serialize';
import { runCli, snapshot, tempDir, writeTree } from './helpers';

const SEOUL = '@prefix ex: <http://example.org/> .\nex:seoul ex:name "Seoul"@en ; ex:population 9411000 .\n';
const BUSAN = '<http://example.org/busan> <http://example.org/name> "Busan"@en .\n<http://example.org/seoul> <http://example.org/name> "Seoul"@en .\n';

/** A working directory whose `graphs/` holds two overlapping article graphs. */
const project = (): string => writeTree(tempDir(), { 'graphs/seoul.ttl': SEOUL, 'graphs/busan.nt': BUSAN });

/** The triples of some N-Triples text, sorted, for comparing graphs without blank nodes. */
const ntLines = (text: string): string[] => text.split('\n').filter((line) => line.trim() !== '').sort();

describe('wikikg export', () => {
  it('merges every RDF file of the data folder into one graph', async () => {
    const cwd = project();
    const run = await runCli(['export', '--data', 'graphs', '--out', 'all.nt'], { cwd });
    expect(run).toMatchObject({ code: 0, stdout: '', stderr: '' });
    const written = fs.readFileSync(path.join(cwd, 'all.nt'), 'utf8');
    expect(ntLines(written)).toEqual([
      '<http://example.org/busan> <http://example.org/name> "Busan"@en .',
      '<http://example.org/seoul> <http://example.org/name> "Seoul"@en .',
      '<http://example.org/seoul> <http://example.org/population> "9411000"^^<http://www.w3.org/2001/XMLSchema#integer> .',
    ]);
  });

  it('writes Turtle to stdout when given no --out', async () => {
    const run = await runCli(['export', '--data', 'graphs'], { cwd: project() });
    expect(run.code).toBe(0);
    expect(parseRdf(run.stdout, 'ttl')).toHaveLength(3);
  });

  it('writes to stdout for --out -, in the --format asked for', async () => {
    const run = await runCli(['export', '--data', 'graphs', '--out', '-', '--format', 'nq'], { cwd: project() });
    expect(ntLines(run.stdout)).toHaveLength(3);
  });

  it.each([['ttl'], ['trig'], ['nt'], ['nq'], ['jsonld'], ['rdfxml']] as const)('round-trips through %s', async (format) => {
    const run = await runCli(['export', '--data', 'graphs', '--format', format], { cwd: project() });
    expect(run.code).toBe(0);
    expect(parseRdf(run.stdout, format)).toHaveLength(3);
  });

  it('lets --format override the --out extension', async () => {
    const cwd = project();
    expect((await runCli(['export', '--data', 'graphs', '--out', 'graph.txt', '--format', 'nt'], { cwd })).code).toBe(0);
    expect(ntLines(fs.readFileSync(path.join(cwd, 'graph.txt'), 'utf8'))).toHaveLength(3);
  });

  it('replaces an existing file and leaves no temporary file', async () => {
    const cwd = project();
    writeTree(cwd, { 'dist/graph.jsonld': 'old' });
    expect((await runCli(['export', '--data', 'graphs', '--out', 'dist/graph.jsonld'], { cwd })).code).toBe(0);
    expect(fs.readdirSync(path.join(cwd, 'dist'))).toEqual(['graph.jsonld']);
    expect(parseRdf(fs.readFileSync(path.join(cwd, 'dist', 'graph.jsonld'), 'utf8'), 'jsonld')).toHaveLength(3);
  });
});

describe('wikikg export fails with one line and writes nothing', () => {
  async function failure(argv: string[], files: Record<string, string> = {}) {
    const cwd = writeTree(project(), { 'graph.ttl': 'previous', ...files });
    const before = snapshot(cwd);
    const run = await runCli(['export', ...argv], { cwd });
    expect(run.errorLines).toHaveLength(1);
    expect(snapshot(cwd)).toEqual(before);
    return { code: run.code, line: run.errorLines[0] };
  }

  it('when nothing has been built', async () => {
    expect(await failure(['--out', 'graph.ttl'])).toEqual({ code: 1, line: 'wikikg: no RDF files in output/; run `wikikg build` first' });
  });
  it('when a data file is broken, naming it', async () => {
    const { code, line } = await failure(['--data', 'graphs', '--out', 'graph.ttl'], { 'graphs/bad.ttl': 'ex:x ex:y .' });
    expect(code).toBe(1);
    expect(line).toMatch(/^wikikg: graphs\/bad\.ttl: /);
  });
  it('when the data folder is a file', async () => {
    expect(await failure(['--data', 'graph.ttl'])).toEqual({ code: 1, line: 'wikikg: graph.ttl is not a directory' });
  });
  it('when the extension names no RDF syntax (usage)', async () => {
    expect(await failure(['--data', 'graphs', '--out', 'graph.foo'])).toEqual({
      code: 2,
      line: "wikikg: cannot tell the RDF syntax of graph.foo from its extension; give --format (see 'wikikg export --help')",
    });
  });
  it('when the format is unknown (usage)', async () => {
    expect((await failure(['--data', 'graphs', '--format', 'n3'])).code).toBe(2);
  });
});
