/**
 * A throw-away Virtuoso server for the tests: Debian's `virtuoso-opensource` (installed by
 * `scripts/virtuoso/install.sh` when `virtuoso-t` is missing), started on free ports of 127.0.0.1 with
 * its database in a temporary folder, Graph Store writes granted to the anonymous user, and stopped
 * (folder removed) by `stop()`.
 */
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'child_process';
import * as fs from 'fs';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..', '..');
const STOCK_INI = '/etc/virtuoso-opensource-7/virtuoso.ini';
const STOCK_DB_DIR = '/var/lib/virtuoso-opensource-7/db/';

/** A running server and how to reach it. */
export interface VirtuosoServer {
  /** `http://127.0.0.1:PORT/sparql`. */
  endpoint: string;
  /** `http://127.0.0.1:PORT` + path. */
  url(pathname: string): string;
  /** Runs SQL through isql-vt as dba. */
  isql(sql: string): string;
  stop(): Promise<void>;
}

/** Whether `command` is on the PATH. */
function onPath(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

/** Installs Virtuoso with the project's script when it is missing; the reason when that cannot be done. */
export function ensureVirtuoso(): { ok: true } | { ok: false; reason: string } {
  if (onPath('virtuoso-t') && onPath('isql-vt') && fs.existsSync(STOCK_INI)) return { ok: true };
  const install = spawnSync('bash', [path.join(ROOT, 'scripts', 'virtuoso', 'install.sh')], { encoding: 'utf8', timeout: 600_000 });
  if (install.status === 0 && onPath('virtuoso-t') && fs.existsSync(STOCK_INI)) return { ok: true };
  const said = `${install.stderr ?? ''}${install.stdout ?? ''}`.trim().split('\n').slice(-3).join(' / ');
  return { ok: false, reason: `scripts/virtuoso/install.sh could not install Virtuoso (exit ${install.status}${said ? `: ${said}` : ''})` };
}

/** A port of 127.0.0.1 that is free now. */
async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * Settings of `[Parameters]` and `[SPARQL]` that a large graph needs. The stock ini is sized for a
 * small machine (10,000 buffers of 8 KB: 80 MB), and under it a push of the whole corpus's graph
 * stalls on disk; its own comments give 340,000 / 250,000 buffers for 4 GB of memory.
 */
export interface VirtuosoSize {
  numberOfBuffers: number;
  maxDirtyBuffers: number;
  /** Rows a SPARQL answer may hold (stock: 10,000). */
  resultSetMaxRows: number;
  /** Seconds a query may be estimated to take, or run, before it is refused or cut short (0: no limit; stock 400 and 60). */
  maxQueryCostEstimationTime: number;
  maxQueryExecutionTime: number;
}

/** What the benchmark of the whole corpus uses: about 3 GB of buffers, and no limit on a question's rows or time. */
export const LARGE_VIRTUOSO: VirtuosoSize = {
  numberOfBuffers: 340_000, maxDirtyBuffers: 250_000, resultSetMaxRows: 1_000_000, maxQueryCostEstimationTime: 0, maxQueryExecutionTime: 0,
};

/**
 * The stock ini with every database file in `dir` (the stock database and temp database names already
 * differ), both servers bound to 127.0.0.1, `dir` readable by the server, and `size` when given.
 */
export function virtuosoIni(stock: string, dir: string, sqlPort: number, httpPort: number, size?: VirtuosoSize): string {
  let section = '';
  return stock
    .split('\n')
    .map((line) => {
      const header = /^\s*\[([^\]]+)\]/.exec(line);
      if (header) section = header[1];
      const setting = /^(\s*)(\w+)(\s*=\s*)(.*)$/.exec(line);
      if (!setting) return line;
      const [, indent, key, equals, value] = setting;
      if (key === 'ServerPort' && section === 'Parameters') return `${indent}${key}${equals}127.0.0.1:${sqlPort}`;
      if (key === 'ServerPort' && section === 'HTTPServer') return `${indent}${key}${equals}127.0.0.1:${httpPort}`;
      if (key === 'DirsAllowed') return `${indent}${key}${equals}${value}, ${dir}`;
      if (key === 'DefaultHost' && section === 'URIQA') return `${indent}${key}${equals}127.0.0.1:${httpPort}`;
      if (size && key === 'NumberOfBuffers' && section === 'Parameters') return `${indent}${key}${equals}${size.numberOfBuffers}`;
      if (size && key === 'MaxDirtyBuffers' && section === 'Parameters') return `${indent}${key}${equals}${size.maxDirtyBuffers}`;
      if (size && section === 'SPARQL') {
        if (key === 'ResultSetMaxRows') return `${indent}${key}${equals}${size.resultSetMaxRows}`;
        if (key === 'MaxQueryCostEstimationTime') return `${indent}${key}${equals}${size.maxQueryCostEstimationTime}`;
        if (key === 'MaxQueryExecutionTime') return `${indent}${key}${equals}${size.maxQueryExecutionTime}`;
      }
      return line.split(STOCK_DB_DIR).join(`${dir}/`);
    })
    .join('\n');
}

/** Starts a server in a fresh temporary folder and waits until it answers SPARQL and SQL. */
export async function startVirtuoso(size?: VirtuosoSize): Promise<VirtuosoServer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wikikg-virtuoso-'));
  const [sqlPort, httpPort] = [await freePort(), await freePort()];
  const ini = path.join(dir, 'virtuoso.ini');
  fs.writeFileSync(ini, virtuosoIni(fs.readFileSync(STOCK_INI, 'utf8'), dir, sqlPort, httpPort, size));
  const child = spawn('virtuoso-t', ['+configfile', ini, '+foreground'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = (pathname: string) => `http://127.0.0.1:${httpPort}${pathname}`;
  const isql = (sql: string) =>
    execFileSync('isql-vt', [`127.0.0.1:${sqlPort}`, 'dba', 'dba', `exec=${sql}`], { encoding: 'utf8', timeout: 60_000 });
  const server: VirtuosoServer = { endpoint: url('/sparql'), url, isql, stop: () => stop(child, exited, dir) };
  try {
    await waitUntilAnswering(url('/sparql'), child, () => log);
    const granted = isql(`GRANT SPARQL_UPDATE TO "SPARQL"; DB.DBA.RDF_DEFAULT_USER_PERMS_SET ('nobody', 7);`);
    if (/\*\*\* Error/.test(granted)) throw new Error(`isql-vt could not grant the Graph Store writes: ${granted}`);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return server;
}

/** Polls the SPARQL endpoint until it answers (Virtuoso starts in a few seconds), or the server dies. */
async function waitUntilAnswering(endpoint: string, child: ChildProcess, log: () => string): Promise<void> {
  for (let attempt = 0; attempt < 240; attempt++) {
    if (child.exitCode !== null) throw new Error(`virtuoso-t exited with ${child.exitCode}:\n${log()}`);
    const answered = await fetch(`${endpoint}?query=${encodeURIComponent('ASK {}')}`, { signal: AbortSignal.timeout(2000) })
      .then((response) => response.ok)
      .catch(() => false);
    if (answered) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`virtuoso-t did not answer at ${endpoint} within a minute:\n${log()}`);
}

/** Ends the server (SIGTERM, then SIGKILL if it lingers) and removes its folder. */
async function stop(child: ChildProcess, exited: Promise<void>, dir: string): Promise<void> {
  if (child.exitCode === null && child.signalCode === null) {
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    await exited;
    clearTimeout(timer);
  }
  fs.rmSync(dir, { recursive: true, force: true });
}
