import { spawn } from 'child_process';
import * as net from 'net';
import * as path from 'path';
import { runCli } from '../cli/helpers';
import { ROOT } from './helpers';

/** `wikikg serve` on the command line: its help, its one-line errors, and a real process stopped by a signal. */
describe('wikikg serve', () => {
  it('has help with its defaults', async () => {
    const run = await runCli(['serve', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: wikikg serve \[options\]/);
    for (const option of ['--data DIR', '--host HOST', '--port N', '--base IRI', '--timeout SECONDS', '--max-rows N']) expect(run.stdout).toContain(option);
    expect(run.stdout).toContain('[default: 127.0.0.1]');
    expect(run.stdout).toContain('[default: 7878]');
  });

  it.each([
    [['--port', 'http'], "wikikg: --port must be a whole number of at least 0 (got 'http') (see 'wikikg serve --help')"],
    [['--port', '70000'], "wikikg: --port must be at most 65535 (got 70000) (see 'wikikg serve --help')"],
    [['--timeout', '0'], "wikikg: --timeout must be a number of seconds above 0 (got '0') (see 'wikikg serve --help')"],
    [['--base', 'not an iri'], "wikikg: --base must be an absolute IRI ending in / (got 'not an iri') (see 'wikikg serve --help')"],
  ])('refuses %j in one line with exit 2', async (argv, line) => {
    const run = await runCli(['serve', ...argv], { cwd: ROOT });
    expect(run.code).toBe(2);
    expect(run.errorLines).toEqual([line]);
  });

  it('says in one line that --data holds no graphs', async () => {
    const run = await runCli(['serve', '--data', '/nonexistent/graphs']);
    expect(run.code).toBe(1);
    expect(run.errorLines).toEqual(['wikikg: no RDF files in /nonexistent/graphs; run `wikikg build` first']);
  });

  it('says in one line that the port is in use', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address() as net.AddressInfo;
    try {
      const run = await runCli(['serve', '--port', String(port), '--workers', '1'], { cwd: ROOT });
      expect(run.code).toBe(1);
      expect(run.errorLines).toEqual([`wikikg: port ${port} on 127.0.0.1 is in use; choose another with --port`]);
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  }, 30_000);

  it.each(['SIGTERM', 'SIGINT'] as const)('serves the seed on 127.0.0.1 from the compiled package and stops cleanly on %s', async (signal) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'wikikg.js'), 'serve', '--port', '0', '--workers', '1'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const origin = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        const match = /at (http:\/\/127\.0\.0\.1:\d+)\//.exec(stdout);
        if (match) resolve(match[1]);
      });
      void exited.then((code) => reject(new Error(`exited ${code} before serving: ${stderr}`)));
    });
    expect(stdout).toMatch(/^wikikg serve: \d+ triples from output\/ at http:\/\/127\.0\.0\.1:\d+\/ \(SPARQL endpoint http:\/\/127\.0\.0\.1:\d+\/sparql\); Ctrl-C stops\n$/);
    const answer = await fetch(`${origin}/sparql?query=${encodeURIComponent('SELECT ?p WHERE { ?p a wkg:Person }')}`, { headers: { Accept: 'text/csv' } });
    expect(await answer.text()).toContain('https://w3id.org/wikikg/resource/zh/千海成');
    expect((await fetch(`${origin}/`)).status).toBe(200);
    child.kill(signal);
    expect(await exited).toBe(0);
    expect(stderr).toBe(`wikikg serve: ${signal}, stopping\n`);
  }, 30_000);
});
