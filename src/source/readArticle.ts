/**
 * Reading one article from a wikitext file (the corpus stores one article per `.wiki` or `.txt` file,
 * named after its title with `_` for spaces, as in Wikipedia URLs).
 */
import * as fs from 'fs';
import * as path from 'path';
import type { ArticleSource } from '../parse/model';
import { decodeWikitext } from './decode';
import { languageFromPath, languageFromScript } from './language';
import { describeFsError, SourceError } from './SourceError';

/** Default limit on an article file's size: the longest Wikipedia articles are well under 2 MB. */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/** What the caller knows better than the file name and contents. */
export interface ReadArticleOptions {
  /** Page title; default: the file name without extension, `_` read as a space. */
  title?: string;
  /** Wiki language code; default: from a parent folder, else guessed from the script (see `language.ts`). */
  lang?: string;
  /** Largest file accepted, in bytes; default `DEFAULT_MAX_BYTES`. */
  maxBytes?: number;
  /** Directory relative paths are read from; default the process's. Messages show the path as given. */
  cwd?: string;
}

/** Reads a wikitext file as an article, or throws a `SourceError` with one line saying why it cannot. */
export function readArticleFile(file: string, options: ReadArticleOptions = {}): ArticleSource {
  const location = path.resolve(options.cwd ?? process.cwd(), file);
  checkSize(file, statArticleFile(file, location), options.maxBytes);
  const text = decodeWikitext(file, readBytes(file, location));
  return {
    title: options.title ?? titleFromFileName(file),
    lang: options.lang ?? languageFromPath(location) ?? languageFromScript(text),
    text,
    origin: file,
  };
}

/** Reads wikitext that did not come from a file of its own (standard input); `title` is required. */
export function readArticleBytes(
  origin: string,
  bytes: Uint8Array,
  options: ReadArticleOptions & { title: string },
): ArticleSource {
  checkSize(origin, bytes.length, options.maxBytes);
  const text = decodeWikitext(origin, bytes);
  return { title: options.title, lang: options.lang ?? languageFromScript(text), text, origin };
}

/** The title a file name stands for: `Kaesong_Industrial_Region.wiki` → `Kaesong Industrial Region`. */
export function titleFromFileName(file: string): string {
  const base = path.basename(file);
  const extension = path.extname(base);
  return (extension ? base.slice(0, -extension.length) : base).replace(/_/g, ' ');
}

/** The file's size in bytes, after checking that it is a regular file. */
function statArticleFile(file: string, location: string): number {
  let stats: fs.Stats;
  try {
    stats = fs.statSync(location);
  } catch (error) {
    throw new SourceError(file, describeFsError(file, error));
  }
  if (stats.isDirectory()) throw new SourceError(file, `${file} is a directory, expected a wikitext file`);
  if (!stats.isFile()) throw new SourceError(file, `${file} is not a regular file`);
  return stats.size;
}

function readBytes(file: string, location: string): Uint8Array {
  try {
    return fs.readFileSync(location);
  } catch (error) {
    throw new SourceError(file, describeFsError(file, error));
  }
}

/** Refuses files far larger than any article, before reading them into memory. */
function checkSize(origin: string, size: number, maxBytes = DEFAULT_MAX_BYTES): void {
  if (size > maxBytes) {
    throw new SourceError(origin, `${origin} is too large (${formatBytes(size)}; the limit is ${formatBytes(maxBytes)})`);
  }
}

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
