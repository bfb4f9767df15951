/**
 * `npm run bench:serve -- --data DIR`: the figures of `wikikg serve` on a built graph, for sizing a
 * server. For each number of query workers it starts the command as a user would (a fresh process) and
 * prints: the time until it answers, its memory (RSS of the whole process, the worker threads included,
 * once started and at its peak), and the time of the requests that used to hurt on large graphs:
 *
 * - `SELECT * WHERE { ?s ?p ?o }`, refused at the row cap (once a 30 s time-out);
 * - the first page of an article's text document (once the whole graph, 30 s and a dead worker);
 * - a large entity's HTML page (rendered on the server), and a lookup by name;
 * - a query stopped at the time-out, and how long until the worker that replaced it answers.
 *
 * Prints a Markdown table. Memory comes from `/proc/PID/status` (`VmRSS`, `VmHWM`).
 */
import { spawn, type ChildProcess } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { packageRoot } from '../src/util/packageRoot';

const HELP = `Usage: npm run bench:serve -- --data DIR [--workers 1,2,4] [--entity PATH] [--text PATH]

Starts wikikg serve on DIR with each number of workers and prints its start-up time, memory and the
time of a few requests. --entity is the path of a large entity's page (default /resource/en/France),
--text that of a text document (default /text/en/France).
`;

const ROOT = packageRoot();

interface Options {
  data: string;
  workers: number[];
  entity: string;
  text: string;
}

function options(argv: string[]): Options {
  const value = (name: string) => {
    const at = argv.indexOf(`--${name}`);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  if (argv.includes('--help') || value('data') === undefined) {
    process.stdout.write(HELP);
    process.exit(argv.includes('--help') ? 0 : 2);
  }
  return {
    data: path.resolve(value('data') as string),
    workers: (value('workers') ?? '1,2,4').split(',').map(Number),
    entity: value('entity') ?? '/resource/en/France',
    text: value('text') ?? '/text/en/France',
  };
}

/** Memory of a process from /proc, in MB: now and at its peak. */
function memory(pid: number): { rss: number; peak: number } {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);
  return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
}

/** Starts the server; resolves with its origin and the seconds it took to answer. */
function start(data: string, workers: number, timeout: number): Promise<{ child: ChildProcess; origin: string; seconds: number }> {
  const started = Date.now();
  const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'wikikg.js'), 'serve', '--data', data, '--port', '0', '--workers', String(workers), '--timeout', String(timeout)], { stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /at (http:\/\/127\.0\.0\.1:\d+)\//.exec(out);
      if (match) resolve({ child, origin: match[1], seconds: (Date.now() - started) / 1000 });
    });
    child.on('exit', (code) => reject(new Error(`wikikg serve exited ${code}: ${err}`)));
  });
}

/** Seconds and status of one request. */
async function timed(url: string, accept = '*/*'): Promise<{ seconds: number; status: number; bytes: number }> {
  const started = Date.now();
  const response = await fetch(url, { headers: { Accept: accept } });
  const body = await response.arrayBuffer();
  return { seconds: (Date.now() - started) / 1000, status: response.status, bytes: body.byteLength };
}

const sparql = (origin: string, query: string) => `${origin}/sparql?${new URLSearchParams({ query })}`;

async function measure(opts: Options, workers: number): Promise<string[]> {
  const timeout = 10;
  const { child, origin, seconds } = await start(opts.data, workers, timeout);
  try {
    const started = memory(child.pid!);
    // The first lookup waits for the label index, which the server builds as it starts.
    const index = await timed(`${origin}/lookup?q=Berlin`);
    const lookup = await timed(`${origin}/lookup?q=Berlin`);
    const all = await timed(sparql(origin, 'SELECT * WHERE { ?s ?p ?o }'));
    const text = await timed(`${origin}${encodeURI(opts.text)}`, 'text/turtle');
    const page = await timed(`${origin}${encodeURI(opts.entity)}`, 'text/html');
    const pageAgain = await timed(`${origin}${encodeURI(opts.entity)}`, 'text/html');
    const served = memory(child.pid!);
    const stuck = await timed(sparql(origin, 'SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }'));
    // Every worker busy with the query after it: the replaced worker answers once it has loaded the data.
    const replaced = Date.now();
    const after = await Promise.all(Array.from({ length: workers }, () => timed(sparql(origin, 'ASK { ?s ?p ?o }'))));
    const back = (Date.now() - replaced) / 1000;
    const peak = memory(child.pid!).peak;
    const s = (x: number) => x.toFixed(2);
    return [
      String(workers), s(seconds), started.rss.toFixed(0), served.peak.toFixed(0), peak.toFixed(0),
      `${all.status} in ${s(all.seconds)} s`, `${text.status} in ${s(text.seconds)} s (${(text.bytes / 1024).toFixed(0)} KB)`,
      `${s(page.seconds)} / ${s(pageAgain.seconds)} s`, `${s(index.seconds)} / ${s(lookup.seconds)} s`, `${stuck.status} in ${s(stuck.seconds)} s; all ${workers} answer ${after.every((a) => a.status === 200) ? 'again' : 'NOT'} within ${s(back)} s`,
    ];
  } finally {
    child.kill('SIGTERM');
  }
}

async function main(): Promise<void> {
  const opts = options(process.argv.slice(2));
  const rows: string[][] = [];
  for (const workers of opts.workers) rows.push(await measure(opts, workers));
  const header = ['workers', 'answers after (s)', 'RSS started (MB)', 'RSS peak, serving (MB)', 'RSS peak, with a worker replaced (MB)', 'SELECT * (cap)', `${opts.text} page 1`, `${opts.entity} HTML (first / again)`, 'lookup (first, with the index / again)', 'a stuck query (--timeout 10), then one query per worker'];
  process.stdout.write(`${[header, header.map(() => '---'), ...rows].map((row) => `| ${row.join(' | ')} |`).join('\n')}\n`);
}

void main().catch((error: Error) => {
  process.stderr.write(`bench:serve: ${error.message}\n`);
  process.exit(1);
});
