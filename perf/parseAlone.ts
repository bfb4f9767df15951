/**
 * wikiparser-node's parse alone over a folder of `{lang}/*.wiki` files, configured as our adapter
 * configures it: the baseline of `npm run bench:build`, run in a process of its own like the builds.
 *
 *   node dist/perf/parseAlone.js DIR [--remember-requires] [--threads N]
 *
 * `--remember-requires` adds the memo of the library's lazy requires that wikikg's adapter installs
 * (`src/parse/libraryRequires.ts`), so the baseline can be read both as shipped and as wikikg runs it.
 * `--threads N` parses in N worker threads taking the files from one queue, as `build --jobs N` does: how
 * far this machine scales the parse by itself, the ceiling for the build's own scaling.
 */
import * as fs from 'fs';
import * as path from 'path';
import { isMainThread, parentPort, Worker, workerData } from 'worker_threads';
import Parser = require('wikiparser-node');
import { configForLanguage } from '../src/parse/wikiparser';
import { rememberLibraryRequires } from '../src/parse/libraryRequires';
import { YOUNG_GENERATION_MB } from '../src/batch/runner';

interface Settings {
  remember: boolean;
}

function parseFile(lang: string, file: string): void {
  const configName = configForLanguage(lang);
  if (Parser.config !== configName) Parser.config = configName;
  Parser.viewOnly = true;
  Parser.parse(fs.readFileSync(file, 'utf8'), false);
}

function filesOf(dir: string): Array<[string, string]> {
  const files: Array<[string, string]> = [];
  for (const lang of fs.readdirSync(dir).sort()) {
    const folder = path.join(dir, lang);
    if (!fs.statSync(folder).isDirectory()) continue;
    for (const name of fs.readdirSync(folder).sort()) if (name.endsWith('.wiki')) files.push([lang, path.join(folder, name)]);
  }
  return files;
}

function main(argv: string[]): void {
  const settings: Settings = { remember: argv.includes('--remember-requires') };
  const threads = argv.includes('--threads') ? Number(argv[argv.indexOf('--threads') + 1]) : 0;
  const files = filesOf(argv[0]);
  if (!(threads >= 1)) {
    if (settings.remember) rememberLibraryRequires(require.resolve('wikiparser-node'));
    for (const [lang, file] of files) parseFile(lang, file);
    process.stderr.write(`parsed ${files.length} articles\n`);
    return;
  }
  let next = 0;
  let running = threads;
  for (let i = 0; i < threads; i++) {
    const worker = new Worker(__filename, { workerData: settings, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
    const feed = () => (next < files.length ? worker.postMessage(files[next++]) : worker.postMessage(null));
    worker.on('message', feed);
    worker.on('error', (error) => {
      process.stderr.write(`parseAlone: ${error.message}\n`);
      process.exitCode = 1;
    });
    worker.on('exit', () => {
      if (--running === 0) process.stderr.write(`parsed ${files.length} articles in ${threads} threads\n`);
    });
  }
}

if (isMainThread) {
  main(process.argv.slice(2));
} else {
  const port = parentPort!;
  if ((workerData as Settings).remember) rememberLibraryRequires(require.resolve('wikiparser-node'));
  port.on('message', (job: [string, string] | null) => {
    if (job === null) return void port.close();
    parseFile(job[0], job[1]);
    port.postMessage('done');
  });
  port.postMessage('ready');
}
