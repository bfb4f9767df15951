/**
 * The build manifest, `manifest.tsv` in the output folder: one line per article with where its graph
 * is, how many triples it has and the SHA-256 of its serialised graph, so that a user (or a loader)
 * checks what a build wrote, and so that the next build skips an article whose source and settings
 * have not changed (incremental rebuild).
 *
 * Tab-separated, one header line, then rows in code point order of `lang` and `title`. Fields escape
 * `\`, tab and line breaks as `\\`, `\t`, `\n`, `\r`.
 */
import * as fs from 'fs';
import { compareCodePoints } from '../util/text';

/** The file name of the manifest inside the output folder. */
export const MANIFEST_FILE = 'manifest.tsv';

/** The columns, in order. */
export const MANIFEST_COLUMNS = ['lang', 'title', 'revision', 'source_sha256', 'output', 'graph', 'triples', 'sha256', 'build'] as const;

/** One article of the manifest. */
export interface ManifestEntry {
  lang: string;
  title: string;
  /** The page's revision id in its dump; empty for a wikitext file. */
  revision: string;
  /** SHA-256 of the article's wikitext. */
  source_sha256: string;
  /** Its output file, relative to the output folder, with `/`. */
  output: string;
  /** The article's IRI (its named graph). */
  graph: string;
  triples: number;
  /** SHA-256 of the article's serialised graph (before gzip). */
  sha256: string;
  /** `wikikg VERSION SETTINGS`: what built it; a rebuild is skipped only when this is unchanged. */
  build: string;
}

/** Articles by `lang` and `title`. */
export class Manifest {
  private readonly entries = new Map<string, ManifestEntry>();

  get(lang: string, title: string): ManifestEntry | undefined {
    return this.entries.get(key(lang, title));
  }

  set(entry: ManifestEntry): void {
    this.entries.set(key(entry.lang, entry.title), entry);
  }

  get size(): number {
    return this.entries.size;
  }

  /** Every entry, in no particular order. */
  all(): ManifestEntry[] {
    return [...this.entries.values()];
  }

  /** The manifest as TSV text. */
  format(): string {
    const rows = [...this.entries.values()].sort((a, b) => compareCodePoints(a.lang, b.lang) || compareCodePoints(a.title, b.title));
    const lines = [MANIFEST_COLUMNS.join('\t'), ...rows.map((row) => MANIFEST_COLUMNS.map((column) => escapeField(String(row[column]))).join('\t'))];
    return `${lines.join('\n')}\n`;
  }

  /** Reads a manifest's text; throws with the line number on a malformed one. */
  static parse(text: string, shown: string): Manifest {
    const manifest = new Manifest();
    const lines = text.split('\n').filter((line, i, all) => line !== '' || i < all.length - 1);
    if (lines[0] !== MANIFEST_COLUMNS.join('\t')) throw new Error(`${shown}: not a wikikg manifest (its header differs)`);
    lines.slice(1).forEach((line, i) => {
      const fields = line.split('\t').map(unescapeField);
      const triples = Number(fields[6]);
      if (fields.length !== MANIFEST_COLUMNS.length || !Number.isSafeInteger(triples)) throw new Error(`${shown}:${i + 2}: malformed row`);
      const [lang, title, revision, source_sha256, output, graph, , sha256, build] = fields;
      manifest.set({ lang, title, revision, source_sha256, output, graph, triples, sha256, build });
    });
    return manifest;
  }

  /** The manifest at `file`, or an empty one when there is none. */
  static read(file: string, shown: string): Manifest {
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return new Manifest();
      throw new Error(`cannot read ${shown}: ${(error as Error).message}`);
    }
    return Manifest.parse(text, shown);
  }
}


function key(lang: string, title: string): string {
  return `${lang}\u0000${title}`;
}

function escapeField(value: string): string {
  return value.replace(/[\\\t\n\r]/g, (c) => ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' })[c]!);
}

function unescapeField(value: string): string {
  return value.replace(/\\([\\tnr])/g, (_, c: string) => ({ '\\': '\\', t: '\t', n: '\n', r: '\r' })[c]!);
}
