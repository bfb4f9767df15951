/**
 * Reading everything the command line names: wikitext files (one article each) and MediaWiki XML dumps
 * (one article per page), each article paired with the file name its output gets. All of it is read
 * before anything is built, so a bad input is reported before any output is written.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { ArticleSource } from '../parse/model';
import { collectArticleFiles } from './collect';
import { readDumpArticles, type DumpArticles } from './dumpArticles';
import { safeFileName } from './fileNames';
import { readArticleFile } from './readArticle';
import { isDumpFileName } from './xmlDump';
import { isBzip2 } from './bzip2';

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

/** Reads every article of `inputs` (files, folders, dumps); throws `SourceError` on the first bad input. */
export async function readInputs(inputs: readonly string[], options: ReadInputsOptions = {}): Promise<ReadInputs> {
  const articles: InputArticle[] = [];
  const notes: string[] = [];
  for (const file of collectArticleFiles(inputs, { cwd: options.cwd })) {
    if (!isDumpFile(file, options.cwd)) {
      const source = readArticleFile(file, options);
      articles.push({ source, outputName: path.parse(file).name });
      continue;
    }
    const dump = await readDumpArticles(file, options);
    for (const source of dump.articles) articles.push({ source, outputName: safeFileName(source.title) });
    notes.push(describeDump(file, dump), ...dump.notes);
  }
  return { articles, notes };
}

/** Whether a file is a dump: by its name, or by an XML start that opens `<mediawiki>`. */
export function isDumpFile(file: string, cwd = process.cwd()): boolean {
  if (isDumpFileName(file)) return true;
  const head = readHead(path.resolve(cwd, file));
  if (isBzip2(head)) return false;
  const text = Buffer.from(head).toString('utf8').replace(/^\uFEFF/, '').trimStart();
  return /^(<\?xml[^>]*\?>\s*)?(<!--[\s\S]*?-->\s*)*<mediawiki[\s>]/.test(text);
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
function describeDump(file: string, dump: DumpArticles): string {
  const labels: Record<keyof DumpArticles['skipped'], (n: number) => string> = {
    namespace: (n) => `${n} outside the article namespace`,
    empty: (n) => `${n} empty`,
    untitled: (n) => `${n} without a title`,
    duplicate: (n) => `${n} replaced by a later page of the same title`,
    'too-large': (n) => `${n} over the size limit`,
  };
  const parts = Object.entries(dump.skipped)
    .filter(([, count]) => count > 0)
    .map(([reason, count]) => labels[reason as keyof typeof labels](count));
  const skipped = parts.length > 0 ? ` (skipped pages: ${parts.join(', ')})` : '';
  const redirects = dump.redirects > 0 ? `, ${plural(dump.redirects, 'redirect')}` : '';
  return `${file}: ${plural(dump.articles.length - dump.redirects, 'article')}${redirects}${skipped}`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
