/** Finding the RDF files a command reads (`--data DIR`), shared by `query` and `export`. */
import * as fs from 'fs';
import * as path from 'path';
import { formatFromExtension, type RdfFormat } from '../export/formats';
import { compareCodePoints } from '../util/text';
import { CommandError } from './errors';
import { resolveIn, type CliIo } from './io';

/** One RDF file: where it is, how the user would name it, and its syntax. */
export interface RdfFile {
  path: string;
  shown: string;
  format: RdfFormat;
}

/** The RDF files directly in `dir` (by extension, in code point order); an error if there are none. */
export function listRdfFiles(io: CliIo, dir: string): RdfFile[] {
  const location = resolveIn(io, dir);
  let names: string[];
  try {
    names = fs.readdirSync(location);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOTDIR') throw new CommandError(`${dir} is not a directory`);
    if (code !== 'ENOENT') throw new CommandError(`cannot read ${dir}: ${(error as Error).message}`);
    names = [];
  }
  const files = names
    .filter((name) => !name.startsWith('.') && formatFromExtension(name) !== undefined)
    .sort(compareCodePoints)
    .map((name) => ({ path: path.join(location, name), shown: path.join(dir, name), format: formatFromExtension(name)! }));
  if (files.length === 0) throw new CommandError(`no RDF files in ${dir}; run \`wikikg build\` first`);
  return files;
}

/** Reads an RDF file as text, with a one-line error naming it. */
export function readRdfText(file: RdfFile): string {
  try {
    return fs.readFileSync(file.path, 'utf8');
  } catch (error) {
    throw new CommandError(`cannot read ${file.shown}: ${(error as Error).message}`);
  }
}

/** Runs `step` on a file and names the file in whatever error it throws (parsers do not know it). */
export function withFileName<T>(file: RdfFile, step: () => T): T {
  try {
    return step();
  } catch (error) {
    throw new CommandError(`${file.shown}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
