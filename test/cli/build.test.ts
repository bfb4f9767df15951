import * as fs from 'fs';
import * as path from 'path';
import { runCli, snapshot, tempDir, writeTree } from './helpers';

const SEED = fs.readFileSync(path.join(__dirname, '../../seeds/南北共同聯絡辦公室.wiki'));
const ENGLISH = "'''Kaesong Industrial Region''' is an industrial park in [[North Korea]].\n";

/** A working directory with a previous build in `output/` that a failed build must leave alone. */
function projectWith(inputs: Record<string, string | Uint8Array>): string {
  return writeTree(tempDir(), { 'output/old.ttl': '<urn:a> <urn:b> <urn:c> .\n', ...inputs });
}

/** Runs `build` with `argv` in `cwd`; expects one error line, `code`, and `output/` unchanged. */
async function failedBuild(cwd: string, code: number, ...argv: string[]): Promise<string> {
  const before = snapshot(path.join(cwd, 'output'));
  const run = await runCli(['build', ...argv], { cwd });
  expect(run.code).toBe(code);
  expect(run.errorLines).toHaveLength(1);
  expect(snapshot(path.join(cwd, 'output'))).toEqual(before);
  return run.errorLines[0];
}

const bytes = (...values: number[]): Uint8Array => new Uint8Array(values);

describe('wikikg build refuses bad input and keeps the previous output', () => {
  it.each<[string, string | Uint8Array, RegExp]>([
    ['an empty file', '', /^wikikg: in\/a\.wiki is empty$/],
    ['a whitespace-only file', '\n \n', /is empty$/],
    ['a binary file', bytes(0x3d, 0, 0x3d), /contains NUL bytes/],
    ['invalid UTF-8', bytes(0x61, 0xff, 0x62), /is not valid UTF-8 text/],
    ['JSON', '[{"title": "x"}]', /is JSON, not wikitext$/],
    ['an HTML page', '<html><body>Seoul</body></html>', /is an HTML document, not wikitext$/],
    ['a cut-off MediaWiki XML dump', '<mediawiki xmlns="http://www.mediawiki.org/xml/export-0.11/">', /^wikikg: in\/a\.wiki:1:\d+: malformed XML: .*mediawiki/],
    ['a PNG image', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a), /is a PNG image, not wikitext$/],
    ['a PDF', '%PDF-1.4\n%', /is a PDF document, not wikitext$/],
    ['a ZIP archive', bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0x00), /is a ZIP archive, not wikitext$/],
  ])('%s', async (_, content, message) => {
    const cwd = projectWith({ 'in/a.wiki': content });
    expect(await failedBuild(cwd, 1, 'in/a.wiki')).toMatch(message);
  });

  it('a file over 20 MB', async () => {
    const cwd = projectWith({ 'in/big.wiki': 'x'.repeat(20 * 1024 * 1024 + 1) });
    expect(await failedBuild(cwd, 1, 'in/big.wiki')).toBe('wikikg: in/big.wiki is too large (20.0 MB; the limit is 20.0 MB)');
  });

  it('a missing file', async () => {
    expect(await failedBuild(projectWith({}), 1, 'missing.wiki')).toBe('wikikg: no such file or directory: missing.wiki');
  });

  it('a folder without articles', async () => {
    expect(await failedBuild(projectWith({ 'in/notes.md': 'x' }), 1, 'in')).toBe('wikikg: no .wiki, .txt, .xml or .xml.bz2 files in in');
  });

  it('no seeds/ folder when given no inputs', async () => {
    expect(await failedBuild(projectWith({}), 1)).toBe('wikikg: no such file or directory: seeds/');
  });

  it('one bad file among good ones, writing none of them', async () => {
    const cwd = projectWith({ 'in/a.wiki': ENGLISH, 'in/b.wiki': '', 'in/c.wiki': ENGLISH });
    expect(await failedBuild(cwd, 1, 'in')).toBe('wikikg: in/b.wiki is empty');
  });

  it('two inputs of different titles that would write the same file', async () => {
    // `a\b` and `a%2Fb` are two titles; a file name cannot hold `/`, so both are written as `a%2Fb`.
    const cwd = projectWith({ 'a/a\\b.wiki': ENGLISH, 'b/a%2Fb.txt': ENGLISH });
    expect(await failedBuild(cwd, 1, 'a', 'b')).toBe('wikikg: a/a\\b.wiki and b/a%2Fb.txt would both be written to output/en/a%2Fb.ttl; rename one');
  });

  it('an output folder that is a file', async () => {
    const cwd = projectWith({ 'in/a.wiki': ENGLISH, 'taken': 'a file' });
    expect(await failedBuild(cwd, 1, 'in/a.wiki', '--out', 'taken')).toMatch(/^wikikg: cannot write to taken: /);
    expect(fs.readFileSync(path.join(cwd, 'taken'), 'utf8')).toBe('a file');
  });
});

describe('wikikg build refuses a wrong command line with exit code 2', () => {
  const cwd = (): string => projectWith({ 'in/a.wiki': ENGLISH, 'in/b.wiki': ENGLISH });
  it('--title with several inputs', async () => expect(await failedBuild(cwd(), 2, 'in/a.wiki', 'in/b.wiki', '--title', 'X')).toMatch(/--title needs exactly one input file/));
  it('--title with a folder of several files', async () => expect(await failedBuild(cwd(), 2, 'in', '--title', 'X')).toMatch(/--title needs exactly one input file, but in holds 2/));
  it('a relative --base', async () => expect(await failedBuild(cwd(), 2, 'in', '--base', 'example.org/')).toMatch(/--base must be an absolute IRI ending in \/ or #/));
  it('a --base without a final / or #', async () => expect(await failedBuild(cwd(), 2, 'in', '--base', 'http://example.org/x')).toMatch(/--base must be/));
  it('a --lang that is not a code', async () => expect(await failedBuild(cwd(), 2, 'in', '--lang', 'Chinese')).toMatch(/--lang must be a wiki language code/));
  it('standard input without --title', async () => expect(await failedBuild(cwd(), 2, '-')).toMatch(/reading standard input needs --title/));
  it('standard input with other inputs', async () => expect(await failedBuild(cwd(), 2, '-', 'in', '--title', 'X')).toMatch(/must be the only input/));
});

describe('wikikg build writes one Turtle file per article', () => {
  it('builds seeds/ into output/ by default, atomically', async () => {
    const cwd = writeTree(tempDir(), { 'seeds/南北共同聯絡辦公室.wiki': SEED });
    const run = await runCli(['build'], { cwd });
    expect(run.code).toBe(0);
    expect(fs.readdirSync(path.join(cwd, 'output'))).toEqual(['inputs.tsv', 'manifest.tsv', 'site-index.tsv', 'zh']);
    expect(fs.readdirSync(path.join(cwd, 'output', 'zh'))).toEqual(['南北共同聯絡辦公室.ttl']);
    expect(fs.readFileSync(path.join(cwd, 'output', 'zh', '南北共同聯絡辦公室.ttl'), 'utf8')).toContain('南北共同聯絡辦公室');
    expect(run.errorLines.at(-1)).toMatch(/^built 1 article, \d+ facts?, \d+ triples?, \d+ diagnostics? in \d+\.\d s$/);
    expect(run.stdout).toBe('');
  });

  it('reports each article with --verbose only, and always the totals', async () => {
    const cwd = writeTree(tempDir(), { 'in/Kaesong_Industrial_Region.wiki': ENGLISH, 'in/zh/南北共同聯絡辦公室.wiki': SEED });
    const quiet = await runCli(['build', 'in', '--out', 'graphs', '--jobs', '1'], { cwd });
    expect(quiet.code).toBe(0);
    expect(quiet.errorLines).toHaveLength(1);
    expect(quiet.errorLines[0]).toMatch(/^built 2 articles, /);
    const run = await runCli(['build', 'in', '--out', 'graphs', '--jobs', '1', '--force', '--verbose'], { cwd });
    const progress = run.errorLines.filter((line) => line.startsWith('['));
    expect(progress).toHaveLength(2);
    expect(progress[0]).toMatch(/^\[1\] Kaesong Industrial Region: \d+ facts?, \d+ diagnostics?$/);
    expect(progress[1]).toMatch(/^\[2\] 南北共同聯絡辦公室: /);
    expect(run.errorLines.at(-1)).toMatch(/^built 2 articles, /);
    expect(fs.readdirSync(path.join(cwd, 'graphs')).sort()).toEqual(['en', 'inputs.tsv', 'manifest.tsv', 'site-index.tsv', 'zh']);
    expect(fs.readdirSync(path.join(cwd, 'graphs', 'en'))).toEqual(['Kaesong_Industrial_Region.ttl']);
    expect(fs.readdirSync(path.join(cwd, 'graphs', 'zh'))).toEqual(['南北共同聯絡辦公室.ttl']);
  });

  it('prints diagnostics as file:line:column: severity: message without failing', async () => {
    const cwd = writeTree(tempDir(), { 'a.wiki': `${ENGLISH}Text<ref>unclosed\n` });
    const run = await runCli(['build', 'a.wiki'], { cwd });
    expect(run.code).toBe(0);
    for (const line of run.errorLines.slice(0, -1)) expect(line).toMatch(/^a\.wiki:\d+:\d+: (error|warning|info): \S/);
  });

  it("adds the linter's errors with --lint, and only then", async () => {
    const cwd = writeTree(tempDir(), { 'a.wiki': `${ENGLISH}{{t|a=1|a=2}}\n` });
    const lintLines = async (...flags: string[]) => (await runCli(['build', 'a.wiki', '--no-validate', ...flags], { cwd })).errorLines.filter((line) => /^a\.wiki:2:\d+: error: /.test(line));
    expect(await lintLines()).toEqual([]);
    expect(await lintLines('--lint')).toEqual(['a.wiki:2:5: error: duplicate template parameter', 'a.wiki:2:9: error: duplicate template parameter']);
  });

  it('reads standard input under --title and prints Turtle with --out -', async () => {
    const run = await runCli(['build', '-', '--title', 'Kaesong Industrial Region', '--lang', 'en', '--out', '-'], { stdin: ENGLISH });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Kaesong Industrial Region');
  });

  it('replaces the previous output of the same article', async () => {
    const cwd = writeTree(tempDir(), { 'a.wiki': ENGLISH, 'output/en/a.ttl': 'old' });
    expect((await runCli(['build', 'a.wiki'], { cwd })).code).toBe(0);
    expect(fs.readFileSync(path.join(cwd, 'output', 'en', 'a.ttl'), 'utf8')).not.toBe('old');
    expect(fs.readdirSync(path.join(cwd, 'output', 'en'))).toEqual(['a.ttl']);
  });

  it('uses the --base it is given', async () => {
    const cwd = writeTree(tempDir(), { 'a.wiki': ENGLISH });
    const run = await runCli(['build', 'a.wiki', '--base', 'https://kg.example.org/'], { cwd });
    expect(run.code).toBe(0);
    expect(fs.readFileSync(path.join(cwd, 'output', 'en', 'a.ttl'), 'utf8')).toContain('https://kg.example.org/');
  });
});

describe('wikikg build on MediaWiki XML dumps', () => {
  const DUMP = fs.readFileSync(path.join(__dirname, '../source/fixtures/dump.xml'));

  it('writes one file per article page and per redirect, named by title, and says what it skipped', async () => {
    const cwd = writeTree(tempDir(), { 'dumps/pages.xml': DUMP });
    const run = await runCli(['build', 'dumps', '--out', 'graphs'], { cwd });
    expect(run.code).toBe(0);
    expect(fs.readdirSync(path.join(cwd, 'graphs', 'ko')).sort()).toEqual(['Alpha_&_Omega.ttl', 'Delta.ttl', 'Gamma.ttl']);
    expect(run.errorLines[0]).toBe(`${path.join('dumps', 'pages.xml')}: 2 articles, 1 redirect (skipped pages: 1 outside the article namespace)`);
    expect(fs.readFileSync(path.join(cwd, 'graphs', 'ko', 'Gamma.ttl'), 'utf8')).toContain('wkg:redirectsTo');
    expect(fs.readFileSync(path.join(cwd, 'graphs', 'ko', 'Delta.ttl'), 'utf8')).toContain('"105"');
  });

  it('refuses a malformed dump and writes nothing', async () => {
    const cwd = projectWith({ 'in/a.xml': '<mediawiki><page><title>A</page></mediawiki>' });
    expect(await failedBuild(cwd, 1, 'in/a.xml')).toMatch(/^wikikg: in\/a\.xml:1:\d+: malformed XML: /);
  });

  it('refuses a --max-bytes that is not a positive number', async () => {
    expect(await failedBuild(projectWith({ 'a.wiki': ENGLISH }), 2, 'a.wiki', '--max-bytes', '0')).toMatch(/--max-bytes must be a positive whole number/);
  });

  it('applies --max-bytes to article files', async () => {
    expect(await failedBuild(projectWith({ 'a.wiki': ENGLISH }), 1, 'a.wiki', '--max-bytes', '10')).toMatch(/a\.wiki is too large \(\d+ bytes; the limit is 10 bytes\)$/);
  });
});
