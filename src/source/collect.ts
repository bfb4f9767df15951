/**
 * Expanding the command line's `FILE|DIR ...` into the article files to read. Files named explicitly are
 * taken whatever their extension (reading them will say if they are not wikitext); directories are
 * searched recursively for `.wiki` and `.txt` files and MediaWiki XML dumps (`.xml`, `.xml.bz2`),
 * skipping hidden entries, in code point order so that every machine builds the same articles in the
 * same order.
 */
import * as fs from 'fs';
import * as path from 'path';
import { compareCodePoints } from '../util/text';
import { describeFsError, SourceError } from './SourceError';
import { isDumpFileName } from './xmlDump';

/** Extensions of article files found inside directories. */
export const ARTICLE_EXTENSIONS: readonly string[] = ['.wiki', '.txt'];

/**
 * The article files named by `inputs` (files and directories), each once, or a `SourceError`. Relative
 * inputs are looked up from `cwd` (default: the process's) and the files come back in the same form
 * (`seeds/` gives `seeds/a.wiki`), so messages show paths as the user wrote them.
 */
export function collectArticleFiles(inputs: readonly string[], options: { cwd?: string } = {}): string[] {
  const cwd = options.cwd ?? process.cwd();
  const files: string[] = [];
  const seen = new Set<string>();
  for (const input of inputs) {
    const found = isDirectory(input, cwd) ? filesInDirectory(input, cwd) : [input];
    for (const file of found) {
      const key = path.resolve(cwd, file);
      if (!seen.has(key)) files.push(file);
      seen.add(key);
    }
  }
  if (files.length === 0) {
    const where = inputs.length === 1 ? inputs[0] : inputs.join(', ');
    throw new SourceError(inputs[0] ?? '', `no ${ARTICLE_EXTENSIONS.join(', ')}, .xml or .xml.bz2 files in ${where}`);
  }
  return files;
}

/** Whether `input` is a directory; a missing path is an error here rather than when read. */
function isDirectory(input: string, cwd: string): boolean {
  try {
    return fs.statSync(path.resolve(cwd, input)).isDirectory();
  } catch (error) {
    throw new SourceError(input, describeFsError(input, error));
  }
}

/** Article files under `dir`, recursively, sorted by code point of their path. */
function filesInDirectory(dir: string, cwd: string): string[] {
  const files: string[] = [];
  // Real paths of visited directories: a symlink back up the tree must not loop forever.
  const visited = new Set<string>();
  const walk = (current: string): void => {
    const real = fs.realpathSync(path.resolve(cwd, current));
    if (visited.has(real)) return;
    visited.add(real);
    for (const name of readDirectory(current, cwd)) {
      if (name.startsWith('.')) continue;
      const child = path.join(current, name);
      const stats = fs.statSync(path.resolve(cwd, child), { throwIfNoEntry: false });
      if (stats?.isDirectory()) walk(child);
      else if (stats?.isFile() && isInputFileName(name)) files.push(child);
    }
  };
  walk(dir);
  return files.sort(compareCodePoints);
}

/** Whether a file found in a folder is read: an article file or a dump. */
function isInputFileName(name: string): boolean {
  return ARTICLE_EXTENSIONS.includes(path.extname(name).toLowerCase()) || isDumpFileName(name);
}

function readDirectory(dir: string, cwd: string): string[] {
  try {
    return fs.readdirSync(path.resolve(cwd, dir));
  } catch (error) {
    throw new SourceError(dir, describeFsError(dir, error));
  }
}
