/**
 * What the builds' manifests (`manifest.tsv`, see `src/batch/manifest.ts`) tell the server about the
 * files it serves: the named graph of each article's file (its `graph` column), so the store holds the
 * dataset as the builds made it, one graph per article, as `wikikg push` puts it on a remote store; and
 * the base IRI each build was made with (`base=` in its `build` column), so a build made with `--base`
 * is served under that base without being told again.
 *
 * A manifest describes files relative to its own folder, so every folder from a data file up to the
 * filesystem's root is looked at: `--data output/zh` still finds `output/manifest.tsv`, and a row is
 * only used for the very file it names.
 */
import * as fs from 'fs';
import * as path from 'path';
import { MANIFEST_COLUMNS, MANIFEST_FILE } from '../batch/manifest';

/** What the manifests say. */
export interface BuildInfo {
  /** The named graph of a data file (by absolute path). */
  graphs: Map<string, string>;
  /** The bases the builds were made with, and which manifest said each. */
  bases: Map<string, string>;
}

const column = (name: (typeof MANIFEST_COLUMNS)[number]) => MANIFEST_COLUMNS.indexOf(name);

/** Reads every manifest above the data files; a manifest that cannot be read is an error naming it. */
export function readBuildInfo(files: ReadonlyArray<{ path: string }>): BuildInfo {
  const info: BuildInfo = { graphs: new Map(), bases: new Map() };
  const seen = new Set<string>();
  for (const file of files) {
    for (let dir = path.dirname(path.resolve(file.path)); !seen.has(dir); dir = path.dirname(dir)) {
      seen.add(dir);
      const manifest = path.join(dir, MANIFEST_FILE);
      if (fs.existsSync(manifest)) readManifest(manifest, info);
      if (path.dirname(dir) === dir) break;
    }
  }
  return info;
}

function readManifest(file: string, info: BuildInfo): void {
  const lines = fs.readFileSync(file, 'utf8').split('\n').filter((line) => line !== '');
  // Another tool's manifest.tsv is none of ours: it is left alone rather than refused.
  if (lines[0] !== MANIFEST_COLUMNS.join('\t')) return;
  for (const line of lines.slice(1)) {
    const fields = line.split('\t').map(unescapeField);
    if (fields.length !== MANIFEST_COLUMNS.length) throw new Error(`${file}: malformed row '${line.slice(0, 80)}'`);
    const output = fields[column('output')];
    // N-Quads streams carry their graphs in the quads; only a file of one article's triples needs a name.
    if (/\.ttl(\.gz)?$/.test(output)) info.graphs.set(path.resolve(path.dirname(file), output), fields[column('graph')]);
    const base = /(?:^|\s)base=(\S+)/.exec(fields[column('build')]);
    if (base && !info.bases.has(base[1])) info.bases.set(base[1], file);
  }
}

/** A manifest field: `\\`, `\t`, `\n` and `\r` stand for a backslash, a tab and line breaks. */
function unescapeField(value: string): string {
  return value.replace(/\\([\\tnr])/g, (_, c: string) => ({ '\\': '\\', t: '\t', n: '\n', r: '\r' })[c] as string);
}
