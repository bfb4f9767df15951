/**
 * Finding the RDF files a command reads (`--data DIR`), shared by `query`, `export`, `validate`, `link`
 * and `push`. A folder is searched recursively, so `build`'s `{lang}/` folders (or a folder of several
 * builds) read as one graph; `.gz` files are read through gunzip.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import { formatFromExtension, type RdfFormat } from '../export/formats';
import { compareCodePoints } from '../util/text';
import { CommandError } from './errors';
import { resolveIn, type CliIo } from './io';

/** One RDF file: where it is, how the user would name it, its syntax and whether it is gzipped. */
export interface RdfFile {
  path: string;
  shown: string;
  format: RdfFormat;
  gzip?: boolean;
}

/**
 * The RDF files under `dir`, recursively (by extension, `.gz` included; hidden entries skipped), in code
 * point order of their relative paths; an error if there are none.
 */
export function listRdfFiles(io: CliIo, dir: string): RdfFile[] {
  const location = resolveIn(io, dir);
  const files: RdfFile[] = [];
  const visited = new Set<string>();
  const walk = (relative: string): void => {
    const here = path.join(location, relative);
    const real = fs.realpathSync(here);
    if (visited.has(real)) return;
    visited.add(real);
    for (const name of fs.readdirSync(here).sort(compareCodePoints)) {
      if (name.startsWith('.')) continue;
      const child = path.join(relative, name);
      const stats = fs.statSync(path.join(location, child), { throwIfNoEntry: false });
      if (stats?.isDirectory()) walk(child);
      else if (stats?.isFile()) {
        const found = rdfFileType(name);
        if (found) files.push({ path: path.join(location, child), shown: path.join(dir, child), ...found });
      }
    }
  };
  try {
    if (!fs.statSync(location).isDirectory()) throw new CommandError(`${dir} is not a directory`);
    walk('');
  } catch (error) {
    if (error instanceof CommandError) throw error;
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw new CommandError(`cannot read ${dir}: ${(error as Error).message}`);
  }
  if (files.length === 0) throw new CommandError(`no RDF files in ${dir}; run \`wikikg build\` first`);
  return files.sort((a, b) => compareCodePoints(a.shown, b.shown));
}

/**
 * The syntax a file name in a data folder says (`a.ttl`, `a.nq.gz`), or undefined for files that are
 * not RDF. `.xml` and `.json` are left out: in a folder they are MediaWiki dumps or anything else far
 * more often than RDF (RDF/XML is read as `.rdf`, `.owl` or `.rdfxml`; JSON-LD as `.jsonld`).
 */
export function rdfFileType(name: string): { format: RdfFormat; gzip?: boolean } | undefined {
  if (/\.(xml|json)(\.gz)?$/i.test(name)) return undefined;
  const gzip = /\.gz$/i.test(name);
  const format = formatFromExtension(gzip ? name.slice(0, -3) : name);
  if (format === undefined) return undefined;
  return gzip ? { format, gzip } : { format };
}

/** Reads an RDF file as text (gunzipped when it is `.gz`), with a one-line error naming it. */
export function readRdfText(file: RdfFile): string {
  try {
    const bytes = fs.readFileSync(file.path);
    return (file.gzip ? zlib.gunzipSync(bytes) : bytes).toString('utf8');
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
