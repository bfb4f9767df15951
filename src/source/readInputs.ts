/**
 * Reading everything the command line names: wikitext files (one article each) and MediaWiki XML dumps
 * (one article per page), each article paired with the file name its output gets.
 *
 * Two steps, so that a build streams: `planInputs` finds the files and checks every wikitext file
 * before anything is built (a bad one stops the command with nothing written); `streamInputs` then gives
 * the articles one at a time, a dump's pages as they are read, and keeps none of them.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { ArticleSource } from '../parse/model';
import { collectArticleFiles } from './collect';
import { newDumpTally, streamDumpArticles, type DumpTally } from './dumpArticles';
import { safeFileName } from './fileNames';
import { readArticleFile } from './readArticle';
import { isDumpFileName } from './xmlDump';
import { isBzip2 } from './bzip2';
import { SourceError } from './SourceError';
import { normaliseTitle } from '../site/titles';

/** One article to build and the name (without extension) of its output file. */
export interface InputArticle {
  source: ArticleSource;
  outputName: string;
}

/** What the inputs hold, and one line per notable thing left out (skipped dump pages). */
export interface ReadInputs {
  articles: InputArticle[];
  notes: string[];
}

/** Options of `readInputs`. */
export interface ReadInputsOptions {
  cwd?: string;
  /** Wiki language code for every article (overrides folders, dump headers and script guesses). */
  lang?: string;
  /** Title of the single wikitext file given. */
  title?: string;
  /** Largest article accepted, in UTF-8 bytes. */
  maxBytes?: number;
}

/** One input file: a wikitext file (its language and output name known) or a dump. */
export type PlannedInput =
  | { kind: 'wikitext'; file: string; bytes: number; lang: string; outputName: string }
  | { kind: 'dump'; file: string; bytes: number }
  /** An article read already (standard input). */
  | { kind: 'source'; file: string; bytes: number; source: ArticleSource; outputName: string };

/** An article as `streamInputs` gives it: where it came from, and its output name. */
export interface StreamedArticle extends InputArticle {
  /** Index of its input in the plan. */
  input: number;
}

/** Where a stream of inputs is: bytes of the inputs read so far (compressed, for bzip2) out of all. */
export interface InputPosition {
  bytesRead: number;
  totalBytes: number;
}

/**
 * The input files of `inputs`, each wikitext file read and checked (and then let go): throws
 * `SourceError` on the first bad one, before anything is built.
 */
export function planInputs(inputs: readonly string[], options: ReadInputsOptions = {}): PlannedInput[] {
  return collectArticleFiles(inputs, { cwd: options.cwd }).map((file): PlannedInput => {
    const bytes = fileSize(file, options.cwd);
    if (isDumpFile(file, options.cwd)) return { kind: 'dump', file, bytes };
    const source = readArticleFile(file, options);
    return { kind: 'wikitext', file, bytes, lang: source.lang, outputName: path.parse(file).name };
  });
}

/**
 * The articles of the planned inputs, one at a time, each titled as MediaWiki stores its title
 * (`normaliseTitle`: `Foo_bar` and `foo bar` are the page `Foo bar`), so that files, graphs and manifest
 * rows are named by one title whatever way the input wrote it (a dump's titles are normalised as it is read). After each dump, `onDumpRead` gets its tally (and
 * the line that describes it). A damaged `.bz2` dump ends after the pages decoded before the damage and
 * is told to `onDamage` (thrown without it), and the next input is read. `position` is kept up to date for progress reports.
 */
export async function* streamInputs(
  plan: readonly PlannedInput[],
  options: ReadInputsOptions & { position?: InputPosition; onDumpRead?: (tally: DumpTally, line: string) => void; onDamage?: (error: SourceError) => void } = {},
): AsyncGenerator<StreamedArticle> {
  const position = options.position ?? { bytesRead: 0, totalBytes: 0 };
  position.totalBytes = plan.reduce((sum, input) => sum + input.bytes, 0);
  let done = 0;
  for (const [index, input] of plan.entries()) {
    if (input.kind === 'source') {
      yield { source: { ...input.source, title: normaliseTitle(input.source.title) }, outputName: input.outputName, input: index };
    } else if (input.kind === 'wikitext') {
      const source = readArticleFile(input.file, options);
      source.title = normaliseTitle(source.title);
      position.bytesRead = done + input.bytes;
      yield { source, outputName: input.outputName, input: index };
    } else {
      const tally = newDumpTally();
      const read = { ...options, onBytesRead: (bytes: number) => (position.bytesRead = done + bytes) };
      for await (const source of streamDumpArticles(input.file, read, tally)) {
        yield { source, outputName: safeFileName(source.title), input: index };
      }
      options.onDumpRead?.(tally, describeDump(input.file, tally));
    }
    done += input.bytes;
    position.bytesRead = done;
  }
}

/**
 * Every article of `inputs` at once; a title that comes twice (in one dump, or in two inputs) keeps its
 * later copy, as a build does. For tests and tools.
 */
export async function readInputs(inputs: readonly string[], options: ReadInputsOptions = {}): Promise<ReadInputs> {
  const byKey = new Map<string, InputArticle>();
  const notes: string[] = [];
  const onDumpRead = (tally: DumpTally, line: string): void => void notes.push(line, ...tally.notes);
  for await (const { source, outputName } of streamInputs(planInputs(inputs, options), { ...options, onDumpRead })) {
    const key = `${source.lang}\u0000${source.title}`;
    byKey.delete(key);
    byKey.set(key, { source, outputName });
  }
  return { articles: [...byKey.values()], notes };
}

/** Whether a file is a dump: by its name, or by an XML start that opens `<mediawiki>`. */
export function isDumpFile(file: string, cwd = process.cwd()): boolean {
  if (isDumpFileName(file)) return true;
  const head = readHead(path.resolve(cwd, file));
  if (isBzip2(head)) return false;
  const text = Buffer.from(head).toString('utf8').replace(/^\uFEFF/, '').trimStart();
  return /^(<\?xml[^>]*\?>\s*)?(<!--[\s\S]*?-->\s*)*<mediawiki[\s>]/.test(text);
}

function fileSize(file: string, cwd = process.cwd()): number {
  try {
    return fs.statSync(path.resolve(cwd, file)).size;
  } catch (error) {
    throw new SourceError(file, `cannot read ${file}: ${(error as Error).message}`);
  }
}

/** The first kilobyte of a file, or nothing when it cannot be read (reading it later says why). */
function readHead(location: string): Uint8Array {
  try {
    const fd = fs.openSync(location, 'r');
    try {
      const head = new Uint8Array(1024);
      return head.subarray(0, fs.readSync(fd, head, 0, head.length, 0));
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return new Uint8Array(0);
  }
}

/** `dump.xml: 23 articles, 2 redirects (skipped pages: 10 outside the article namespace, 1 empty)`. */
function describeDump(file: string, tally: DumpTally): string {
  const labels: Record<keyof DumpTally['skipped'], (n: number) => string> = {
    namespace: (n) => `${n} outside the article namespace`,
    empty: (n) => `${n} empty`,
    untitled: (n) => `${n} without a title`,
    duplicate: (n) => `${n} replaced by a later page of the same title`,
    'too-large': (n) => `${n} over the size limit`,
    unreadable: (n) => `${n} unreadable (invalid UTF-8 or character references)`,
  };
  const parts = Object.entries(tally.skipped)
    .filter(([, count]) => count > 0)
    .map(([reason, count]) => labels[reason as keyof typeof labels](count));
  const skipped = parts.length > 0 ? ` (skipped pages: ${parts.join(', ')})` : '';
  const redirects = tally.redirects > 0 ? `, ${plural(tally.redirects, 'redirect')}` : '';
  return `${file}: ${plural(tally.articles - tally.redirects, 'article')}${redirects}${skipped}`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
