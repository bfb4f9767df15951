/**
 * Where a build's graphs go and how they are written. Every file is whole or absent: a per-article file
 * is written to a temporary name and renamed; an N-Quads stream grows under a temporary name and is
 * renamed when its input is done, so a killed build leaves the previous stream (or none), never half of
 * one.
 *
 * Layout under the output folder:
 * - `ttl`, `ttl.gz`: `{lang}/{name}.ttl[.gz]`, one graph per article (`name` is the file's name, or the
 *   page's title for a dump page);
 * - `nq`, `nq.gz`: one stream per input, each article in its named graph (its article IRI): a dump
 *   `x.xml.bz2` gives `x.nq[.gz]`, a wikitext file `{lang}/{name}.nq[.gz]`;
 * - `manifest.tsv` (see `manifest.ts`);
 * - `inputs.tsv`, the inputs from which the manifest's rows come (see `prune.ts`);
 * - `push-journal.tsv`, not written by a build: what `wikikg push` stored where (see `store/pushJournal.ts`).
 */
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import { temporaryPathFor, writeFileAtomic } from '../util/atomicWrite';

/** The output formats of `build`. */
export const OUTPUT_FORMATS = ['ttl', 'ttl.gz', 'nq', 'nq.gz'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** Whether the format writes one stream per input (N-Quads) rather than one file per article. */
export function isStreamFormat(format: OutputFormat): boolean {
  return format.startsWith('nq');
}

/** The serialisation the pipeline gives for a format. */
export function graphSyntax(format: OutputFormat): 'ttl' | 'nq' {
  return isStreamFormat(format) ? 'nq' : 'ttl';
}

/** A path segment from a file name or title: `/` and `\` escaped, never `.` or `..`. */
export function fileSegment(name: string): string {
  const escaped = name.replace(/[/\\]/g, '%2F');
  return escaped === '.' || escaped === '..' ? escaped.replace(/\./g, '%2E') : escaped;
}

/** A language folder's name (language codes are `[a-z0-9-]`; anything else is escaped). */
function langSegment(lang: string): string {
  return fileSegment(lang === '' ? 'und' : lang);
}

/** The relative path of an article's own file: `{lang}/{name}.ttl[.gz]`. */
export function articlePath(lang: string, name: string, format: OutputFormat): string {
  return `${langSegment(lang)}/${fileSegment(name)}.${format}`;
}

/** The relative path of an input's N-Quads stream (see the module comment). */
export function streamPath(input: string, dump: boolean, lang: string, format: OutputFormat): string {
  const base = path.basename(input).replace(/\.xml(\.bz2)?$/i, '').replace(/\.(wiki|txt)$/i, '');
  return dump ? `${fileSegment(base)}.${format}` : `${langSegment(lang)}/${fileSegment(base)}.${format}`;
}

/** Writes one article's file atomically (gzipped for `.gz`); returns nothing, throws on failure. */
export function writeArticleFile(outDir: string, relative: string, data: string): void {
  const bytes = relative.endsWith('.gz') ? gzip(Buffer.from(data, 'utf8')) : data;
  // Not flushed to disk one by one (a third of the writing time): the manifest, which is, holds each
  // file's sha256, so a file an operating-system crash lost is found and rebuilt by the next build.
  writeFileAtomic(path.join(outDir, relative), bytes, { durable: false });
}

/** Deterministic gzip (no name, no time stamp: the same bytes for the same data). */
function gzip(data: Uint8Array): Buffer {
  return zlib.gzipSync(data, { level: 6 });
}

/**
 * One N-Quads stream being written: appended to under a temporary name, renamed over its target by
 * `finish`, removed by `abandon`. With `.gz`, the text goes out as gzip members of about a megabyte
 * each (a file of several members is one gzip stream to zcat, zlib and every bulk loader).
 */
export class StreamFile {
  private readonly temp: string;
  private fd: number | undefined;
  private buffered: string[] = [];
  private bufferedLength = 0;

  constructor(
    readonly target: string,
    private readonly gzipped: boolean,
  ) {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    this.temp = temporaryPathFor(target);
    this.fd = fs.openSync(this.temp, 'wx', 0o666);
  }

  append(text: string): void {
    if (!this.gzipped) {
      fs.writeFileSync(this.fd!, text);
      return;
    }
    this.buffered.push(text);
    this.bufferedLength += text.length;
    if (this.bufferedLength >= MEMBER_CHARS) this.flush();
  }

  finish(): void {
    this.flush();
    fs.fsyncSync(this.fd!);
    fs.closeSync(this.fd!);
    this.fd = undefined;
    fs.renameSync(this.temp, this.target);
  }

  abandon(): void {
    if (this.fd !== undefined) fs.closeSync(this.fd);
    this.fd = undefined;
    fs.rmSync(this.temp, { force: true });
  }

  private flush(): void {
    if (!this.gzipped || this.buffered.length === 0) return;
    fs.writeFileSync(this.fd!, gzip(Buffer.from(this.buffered.join(''), 'utf8')));
    this.buffered = [];
    this.bufferedLength = 0;
  }
}

const MEMBER_CHARS = 1 << 20;

/**
 * Removes the temporary files that killed builds left in the output folder (`x.ttl.tmp-PID-HEX`),
 * those of processes that no longer run. Returns how many it removed.
 */
export function removeStaleTemporaries(outDir: string): number {
  let removed = 0;
  const visit = (dir: string, depth: number): void => {
    let names: fs.Dirent[];
    try {
      names = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of names) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory() && depth < 1) visit(full, depth + 1);
      const pid = /\.tmp-(\d+)-[0-9a-f]{12}$/.exec(entry.name)?.[1];
      if (entry.isFile() && pid !== undefined && !isRunning(Number(pid))) {
        fs.rmSync(full, { force: true });
        removed++;
      }
    }
  };
  visit(outDir, 0);
  return removed;
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Checks before any work that `outDir` is (or can be made) a writable folder; throws a one-line error. */
export function prepareOutputFolder(outDir: string, shown: string): void {
  try {
    fs.mkdirSync(outDir, { recursive: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST' || code === 'ENOTDIR') throw new Error(`cannot write to ${shown}: it is a file, not a folder`);
    throw new Error(`cannot write to ${shown}: ${(error as Error).message}`);
  }
  if (!fs.statSync(outDir).isDirectory()) throw new Error(`cannot write to ${shown}: it is a file, not a folder`);
  const probe = temporaryPathFor(path.join(outDir, '.wikikg-probe'));
  try {
    fs.writeFileSync(probe, '', { flag: 'wx' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(`cannot write to ${shown}: ${code === 'EACCES' || code === 'EROFS' || code === 'EPERM' ? 'permission denied' : (error as Error).message}`);
  } finally {
    fs.rmSync(probe, { force: true });
  }
}
