import * as fs from 'fs';
import * as path from 'path';
import { runCli, tempDir, writeTree } from './helpers';

describe('wikikg help', () => {
  it.each([['--help'], ['-h'], ['help']])('prints the commands for %s', async (flag) => {
    const run = await runCli([flag]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toMatch(/^Usage: wikikg <command> \[options\]/);
    for (const command of ['build', 'query', 'export', 'help [COMMAND]']) expect(run.stdout).toContain(`  ${command} `);
  });

  it.each(['build', 'query', 'export'])('prints the options, defaults and examples of %s', async (command) => {
    for (const argv of [[command, '--help'], [command, '-h'], ['help', command]]) {
      const run = await runCli(argv);
      expect(run).toMatchObject({ code: 0, stderr: '' });
      expect(run.stdout).toMatch(new RegExp(`^Usage: wikikg ${command} `));
      expect(run.stdout).toContain('Options:');
      expect(run.stdout).toContain('--help');
      expect(run.stdout).toMatch(/\[default: /);
      expect(run.stdout).toMatch(new RegExp(`Examples:\\n  wikikg ${command}`));
    }
  });

  it('shows help even when other options are wrong', async () => {
    expect((await runCli(['build', '--help', '--base', 'nope'])).code).toBe(0);
  });

  it('lists the choices of an option', async () => {
    expect((await runCli(['query', '--help'])).stdout).toContain('(table|json|csv|tsv) [default: table]');
  });
});

describe('wikikg --version', () => {
  it('prints the package version', async () => {
    const run = await runCli(['--version']);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toMatch(/^wikikg \d+\.\d+\.\d+\n$/);
  });
});

describe('wikikg usage errors', () => {
  /** Runs `argv`, expects exit code 2 and one line on stderr, and returns the line. */
  async function usageError(...argv: string[]): Promise<string> {
    const run = await runCli(argv);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.errorLines).toHaveLength(1);
    return run.errorLines[0];
  }

  it('needs a command, and names every one', async () => {
    expect(await usageError()).toBe("wikikg: missing command (build, link, validate, query, export, push, serve); try 'wikikg --help'");
  });
  it('suggests a close command', async () => expect(await usageError('biuld')).toBe("wikikg: unknown command 'biuld'; did you mean 'build'?"));
  it('points to the help for an unrelated command', async () => expect(await usageError('frobnicate')).toBe("wikikg: unknown command 'frobnicate'; try 'wikikg --help'"));
  it('names an unknown option and the help to read', async () => {
    expect(await usageError('build', '--outt', 'x')).toBe("wikikg: unknown option --outt; did you mean --out? (see 'wikikg build --help')");
  });
  it('refuses an unknown global option', async () => expect(await usageError('--color', 'build')).toBe('wikikg: unknown option --color'));
  it('refuses help for an unknown command', async () => expect(await usageError('help', 'exprot')).toMatch(/did you mean 'export'/));
  it('refuses operands a command does not take', async () => expect(await usageError('export', 'x.ttl')).toMatch(/^wikikg: export takes no arguments \(got 1\)/));
});

describe('wikikg --verbose', () => {
  it('adds the stack trace to a failure', async () => {
    const quiet = await runCli(['build', '/nonexistent/x.wiki']);
    const verbose = await runCli(['build', '/nonexistent/x.wiki', '--verbose']);
    expect(quiet.errorLines).toEqual(['wikikg: no such file or directory: /nonexistent/x.wiki']);
    expect(verbose.code).toBe(1);
    expect(verbose.errorLines[0]).toBe(quiet.errorLines[0]);
    expect(verbose.stderr).toMatch(/\n\s+at /);
  });
});

describe('what a new user meets first', () => {
  it('the examples of query --help run (they name shipped questions)', async () => {
    const help = (await runCli(['query', '--help'])).stdout;
    const names = [...help.matchAll(/^ {2}wikikg query ([0-9][\w-]+)$/gm)].map((m) => m[1]);
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(fs.existsSync(path.join(__dirname, '../../queries', `${name}.rq`))).toBe(true);
  });

  it('export accepts the .rdfxml extension that --format names', async () => {
    const cwd = writeTree(tempDir(), { 'output/a.ttl': '<urn:a> <http://example.org/p> <urn:c> .\n' });
    const run = await runCli(['export', '--out', 'x.rdfxml'], { cwd });
    expect(run.code).toBe(0);
    expect(fs.readFileSync(path.join(cwd, 'x.rdfxml'), 'utf8')).toContain('rdf:RDF');
  });

  it('--data leaves .xml and .json files of a folder alone (dumps, not RDF), and walks its sub-folders', async () => {
    const cwd = writeTree(tempDir(), {
      'data/en/a.ttl': '<urn:a> <urn:b> <urn:c> .\n',
      'data/dump.xml': '<mediawiki></mediawiki>',
      'data/notes.json': '{"a": 1}',
      'data/x.xml/b.nt': '<urn:d> <urn:b> <urn:c> .\n',
    });
    const run = await runCli(['query', '--data', 'data', '--sparql', 'SELECT (COUNT(*) AS ?n) WHERE { ?s <urn:b> ?o }', '--format', 'csv'], { cwd });
    expect(run.code).toBe(0);
    expect(run.stdout.trim().split(/\r?\n/)).toEqual(['n', '2']);
  });
});
