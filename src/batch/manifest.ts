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
import { writeFileAtomic } from '../util/atomicWrite';
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
  /** The rows (by key) that name each output file: one key (a file per article), or a set (a stream's). */
  private readonly outputs = new Map<string, string | Set<string>>();

  get(lang: string, title: string): ManifestEntry | undefined {
    return this.entries.get(key(lang, title));
  }

  set(entry: ManifestEntry): void {
    this.delete(entry.lang, entry.title);
    const k = key(entry.lang, entry.title);
    this.entries.set(k, entry);
    const rows = this.outputs.get(entry.output);
    if (rows === undefined) this.outputs.set(entry.output, k);
    else if (typeof rows === 'string') this.outputs.set(entry.output, new Set([rows, k]));
    else rows.add(k);
  }

  /** Whether a row names `output`. */
  lists(output: string): boolean {
    return this.outputs.has(output);
  }

  /** The rows that name `output`. */
  naming(output: string): ManifestEntry[] {
    const rows = this.outputs.get(output);
    const keys = rows === undefined ? [] : typeof rows === 'string' ? [rows] : [...rows];
    return keys.map((k) => this.entries.get(k)!);
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
    const lines = [MANIFEST_COLUMNS.join('\t'), ...rows.map(formatRow)];
    return `${lines.join('\n')}\n`;
  }

  /**
   * Reads a manifest's text; throws with the line number on a malformed one. A last line that is cut
   * short (no line break at its end, or too few fields: a write a kill or a full disk interrupted) is
   * left out and told through `note`, never fatal.
   */
  static parse(text: string, shown: string, note: (line: string) => void = () => undefined): Manifest {
    const manifest = new Manifest();
    const lines = text.split('\n');
    const cut = lines.pop() ?? '';
    if (lines.length === 0 && cut === '') throw new Error(`${shown}: not a wikikg manifest (it is empty)`);
    if ((lines[0] ?? cut) !== MANIFEST_COLUMNS.join('\t')) throw new Error(`${shown}: not a wikikg manifest (its header differs)`);
    if (cut !== '') note(`${shown}:${lines.length + 1}: its last line is cut short (an interrupted write); left out, so that article is built again`);
    lines.slice(1).forEach((line, i) => {
      const entry = parseRow(line);
      if (entry) manifest.set(entry);
      else if (i === lines.length - 2) note(`${shown}:${i + 2}: its last line is malformed (an interrupted write); left out, so that article is built again`);
      else throw new Error(`${shown}:${i + 2}: malformed row`);
    });
    return manifest;
  }

  /**
   * The manifest at `file`, or an empty one when there is none, with the rows of its journal
   * (`manifest.tsv.journal`, see `ManifestJournal`) played over it: what a build that was killed had
   * finished.
   */
  static read(file: string, shown: string, note: (line: string) => void = () => undefined): Manifest {
    const text = readIfPresent(file, shown);
    const manifest = text === undefined ? new Manifest() : Manifest.parse(text, shown, note);
    const journal = readIfPresent(journalPath(file), `${shown}${JOURNAL_SUFFIX}`);
    if (journal !== undefined) replayJournal(manifest, journal, `${shown}${JOURNAL_SUFFIX}`, note);
    return manifest;
  }

  /** Removes an article's entry. */
  delete(lang: string, title: string): void {
    const k = key(lang, title);
    const entry = this.entries.get(k);
    if (!entry) return;
    this.entries.delete(k);
    const rows = this.outputs.get(entry.output);
    if (typeof rows === 'string') this.outputs.delete(entry.output);
    else {
      rows?.delete(k);
      if (rows?.size === 0) this.outputs.delete(entry.output);
    }
  }
}

/** The journal's name is the manifest's with this after it. */
export const JOURNAL_SUFFIX = '.journal';

/** Where the journal of the manifest `file` is. */
export function journalPath(file: string): string {
  return `${file}${JOURNAL_SUFFIX}`;
}

/** A journal line that withdraws an article's row: `-`, its lang and title. */
const WITHDRAWN = '-';

/** Plays a journal's lines over `manifest`, in order: a row sets, a withdrawal removes; a cut last line is told. */
function replayJournal(manifest: Manifest, text: string, shown: string, note: (line: string) => void): void {
  const lines = text.split('\n');
  const cut = lines.pop() ?? '';
  if (cut !== '') note(`${shown}:${lines.length + 1}: its last line is cut short (an interrupted write); left out, so that article is built again`);
  lines.forEach((line, i) => {
    const fields = line.split('\t');
    if (fields.length === 3 && fields[0] === WITHDRAWN) return manifest.delete(unescapeField(fields[1]), unescapeField(fields[2]));
    const entry = parseRow(line);
    if (entry) manifest.set(entry);
    else if (i === lines.length - 1) note(`${shown}:${i + 1}: its last line is malformed (an interrupted write); left out`);
    else throw new Error(`${shown}:${i + 1}: malformed row`);
  });
}

/**
 * The manifest of a build while it runs: the rows read at its start, and a journal beside
 * `manifest.tsv` to which each finished article's row is appended and flushed (fsync) once its file is
 * in place, so that a build killed at any point (SIGKILL, a full disk) leaves rows that are exactly
 * files present and whole. Before a file that has a row is replaced, its row is withdrawn in the
 * journal, so no row ever names a file with other bytes. `compact` writes `manifest.tsv` with every
 * row and removes the journal; `open` first compacts what a killed build left.
 */
export class ManifestJournal {
  private fd: number | undefined;

  private constructor(
    readonly file: string,
    readonly manifest: Manifest,
  ) {}

  /** Reads `file` and its journal (telling `note` about cut lines), and compacts them if a journal was left. */
  static open(file: string, shown: string, note: (line: string) => void = () => undefined): ManifestJournal {
    const journal = new ManifestJournal(file, Manifest.read(file, shown, note));
    if (fs.existsSync(journalPath(file))) journal.compact();
    return journal;
  }

  /** Whether any row was written since `open`. */
  changed = false;

  /** Withdraws the rows of articles about to be replaced (not flushed: a row is what must be durable). */
  withdraw(entries: ReadonlyArray<{ lang: string; title: string }>): void {
    const present = entries.filter((entry) => this.manifest.get(entry.lang, entry.title) !== undefined);
    if (present.length === 0) return;
    this.append(present.map((entry) => [WITHDRAWN, escapeField(entry.lang), escapeField(entry.title)].join('\t')), false);
    for (const entry of present) this.manifest.delete(entry.lang, entry.title);
  }

  /** Appends the rows of files now in place and flushes them to disk. */
  add(entries: readonly ManifestEntry[]): void {
    if (entries.length === 0) return;
    this.append(entries.map(formatRow), true);
    for (const entry of entries) this.manifest.set(entry);
  }

  /** Writes `manifest.tsv` with every row (atomically, flushed) and removes the journal. */
  compact(): void {
    this.close();
    writeFileAtomic(this.file, this.manifest.format());
    fs.rmSync(journalPath(this.file), { force: true });
  }

  /** Closes the journal, leaving it for the next build to compact. */
  close(): void {
    if (this.fd !== undefined) fs.closeSync(this.fd);
    this.fd = undefined;
  }

  private append(lines: string[], durable: boolean): void {
    this.fd ??= fs.openSync(journalPath(this.file), 'a', 0o666);
    this.changed = true;
    // writeFileSync on a descriptor writes it all (or throws): writeSync may write part of a line on a full disk.
    fs.writeFileSync(this.fd, `${lines.join('\n')}\n`);
    if (durable) fs.fsyncSync(this.fd);
  }
}

function readIfPresent(file: string, shown: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new Error(`cannot read ${shown}: ${(error as Error).message}`);
  }
}

/** A row's entry, or undefined when the line is not a whole row. */
function parseRow(line: string): ManifestEntry | undefined {
  const fields = line.split('\t').map(unescapeField);
  const triples = Number(fields[6]);
  if (fields.length !== MANIFEST_COLUMNS.length || fields[6] === '' || !Number.isSafeInteger(triples)) return undefined;
  const [lang, title, revision, source_sha256, output, graph, , sha256, build] = fields;
  return { lang, title, revision, source_sha256, output, graph, triples, sha256, build };
}

function formatRow(row: ManifestEntry): string {
  return MANIFEST_COLUMNS.map((column) => escapeField(String(row[column]))).join('\t');
}

/** One key per article (its wiki and title), for maps and sets of articles. */
export function articleKey(lang: string, title: string): string {
  return `${lang}\u0000${title}`;
}

const key = articleKey;

/** The wiki and title an `articleKey` was made of. */
export function articleOfKey(k: string): { lang: string; title: string } {
  const at = k.indexOf('\u0000');
  return { lang: k.slice(0, at), title: k.slice(at + 1) };
}

function escapeField(value: string): string {
  return value.replace(/[\\\t\n\r]/g, (c) => ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' })[c]!);
}

function unescapeField(value: string): string {
  return value.replace(/\\([\\tnr])/g, (_, c: string) => ({ '\\': '\\', t: '\t', n: '\n', r: '\r' })[c]!);
}
