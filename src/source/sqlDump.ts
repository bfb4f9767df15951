/**
 * Reading MediaWiki's SQL table dumps (`zhwiki-latest-page_props.sql.gz`, `…-page.sql.gz`,
 * `…-redirect.sql.gz`, `…-langlinks.sql.gz`): mysqldump's text, `CREATE TABLE` then
 * `INSERT INTO \`table\` VALUES (…),(…);` statements with MySQL's string escapes, plain or gzip.
 *
 * The file is read as a stream of bytes and each row is handed out as soon as its `)` is read, so memory
 * stays flat whatever the size of the table (an `INSERT` line of a real dump is about a megabyte, and the
 * line is never held whole). Strings are decoded as UTF-8 once complete (titles are `varbinary`).
 * Column names come from the dump's `CREATE TABLE` (or an `INSERT`'s own column list), so a table whose
 * columns moved between MediaWiki versions is still read right; without either, the caller's defaults.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import type { Readable } from 'stream';
import { decompressBzip2, isBzip2 } from './bzip2';
import { describeFsError, SourceError } from './SourceError';

/** One value of a row: a number, a string (UTF-8), or SQL `NULL`. */
export type SqlValue = number | string | null;

/** What a dump says about itself besides its rows. */
export interface SqlDumpInfo {
  /** The database named in mysqldump's header (`-- Host: …    Database: zhwiki`), if any. */
  database?: string;
  /** The table's columns, in the order of its rows. */
  columns: readonly string[];
  /** Rows handed out. */
  rows: number;
}

/** Options of `readSqlTable`. */
export interface SqlReadOptions {
  /** Directory relative paths are read from; default the process's. */
  cwd?: string;
  /** Columns to assume when the dump declares none (no `CREATE TABLE`, no column list). */
  defaultColumns?: readonly string[];
}

/** Whether a file name looks like an SQL dump (`.sql`, `.sql.gz`, `.sql.bz2`). */
export function isSqlDumpFileName(file: string): boolean {
  return /\.sql(\.gz|\.bz2)?$/i.test(file);
}

/**
 * Reads every row of `table` from the SQL dump `file`, calling `onRow` with its values and the table's
 * columns; rows of other tables are skipped. Throws `SourceError` (one line, with the dump's line
 * number) on a file that cannot be read or is not such a dump.
 */
export async function readSqlTable(
  file: string,
  table: string,
  onRow: (values: SqlValue[], columns: readonly string[]) => void,
  options: SqlReadOptions = {},
): Promise<SqlDumpInfo> {
  const location = path.resolve(options.cwd ?? process.cwd(), file);
  const parser = new SqlDumpParser(file, table, onRow, options.defaultColumns ?? []);
  for await (const chunk of byteChunks(file, location)) parser.write(chunk);
  parser.end();
  return parser.info();
}

/**
 * The database a dump's header names (`-- Host: …    Database: zhwiki`), read from its first lines
 * only; undefined when the header names none.
 */
export async function sqlDumpDatabase(file: string, options: { cwd?: string } = {}): Promise<string | undefined> {
  const location = path.resolve(options.cwd ?? process.cwd(), file);
  let head = '';
  for await (const chunk of byteChunks(file, location)) {
    head += chunk.toString('utf8');
    if (head.length >= 16 * 1024 || /\bINSERT\s+INTO\b/i.test(head)) break;
  }
  return /^--\s*Host:.*\bDatabase:\s*(\S+)/m.exec(head)?.[1];
}

/** The file's bytes in chunks, gunzipped or bunzipped when its first bytes say so. */
async function* byteChunks(file: string, location: string): AsyncGenerator<Buffer> {
  const head = readHead(file, location);
  const raw = fs.createReadStream(location);
  const gzip = head[0] === 0x1f && head[1] === 0x8b;
  const stream: Readable = gzip ? raw.pipe(zlib.createGunzip()) : isBzip2(head) ? decompressBzip2(raw) : raw;
  if (gzip) raw.on('error', (error) => stream.destroy(error));
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) yield chunk;
  } catch (error) {
    if (error instanceof SourceError) throw error;
    if ((error as NodeJS.ErrnoException).code && !(error as NodeJS.ErrnoException).code!.startsWith('Z_')) throw new SourceError(file, describeFsError(file, error));
    throw new SourceError(file, `${file} is not a readable ${gzip ? 'gzip' : 'bzip2'} file (${(error as Error).message})`);
  }
}

function readHead(file: string, location: string): Uint8Array {
  try {
    if (fs.statSync(location).isDirectory()) throw new SourceError(file, `${file} is a directory, expected an SQL dump (.sql or .sql.gz)`);
    const fd = fs.openSync(location, 'r');
    try {
      const head = new Uint8Array(4);
      fs.readSync(fd, head, 0, 4, 0);
      return head;
    } finally {
      fs.closeSync(fd);
    }
  } catch (error) {
    if (error instanceof SourceError) throw error;
    throw new SourceError(file, describeFsError(file, error));
  }
}

const enum Mode {
  /** Between statements: bytes gather into the current line (up to `MAX_LINE`). */
  Line,
  /** Inside `VALUES`, between tuples: expecting `(`, `,` or `;`. */
  BetweenRows,
  /** Inside a tuple, before a value. */
  BeforeValue,
  /** Inside a tuple, in an unquoted value (a number, `NULL`, `_binary`, `0x…`). */
  Bare,
  /** Inside a quoted string. */
  Quoted,
  /** Inside a quoted string, just after a backslash. */
  Escape,
  /** Just after the quote that may close a string (or open a doubled `''`). */
  QuoteSeen,
  /** After a value, expecting `,` or `)`. */
  AfterValue,
}

/** The longest statement line kept outside `VALUES` (a `CREATE TABLE` line is short). */
const MAX_LINE = 64 * 1024;

const ESCAPES: Record<number, number> = {
  0x30: 0x00, // \0
  0x62: 0x08, // \b
  0x6e: 0x0a, // \n
  0x72: 0x0d, // \r
  0x74: 0x09, // \t
  0x5a: 0x1a, // \Z
};

/** The byte-level state machine over one dump (see the module comment). */
class SqlDumpParser {
  private mode = Mode.Line;
  private line: number[] = [];
  private lineNumber = 1;
  private database?: string;
  private columns: string[] = [];
  private declaring?: string;
  private readonly defaults: readonly string[];
  /** Whether the rows of the current `INSERT` belong to the table asked for. */
  private wanted = false;
  private row: SqlValue[] = [];
  private bytes = Buffer.alloc(256);
  private length = 0;
  private rowsOut = 0;
  /** Tables the dump declares or inserts into. */
  private readonly tables = new Set<string>();

  constructor(
    private readonly file: string,
    private readonly table: string,
    private readonly onRow: (values: SqlValue[], columns: readonly string[]) => void,
    defaults: readonly string[],
  ) {
    this.defaults = defaults;
  }

  info(): SqlDumpInfo {
    return { ...(this.database ? { database: this.database } : {}), columns: this.currentColumns(), rows: this.rowsOut };
  }

  write(chunk: Buffer): void {
    for (let i = 0; i < chunk.length; i++) {
      const byte = chunk[i];
      if (byte === 0x0a) this.lineNumber++;
      switch (this.mode) {
        case Mode.Line:
          this.lineByte(byte);
          break;
        case Mode.BetweenRows:
          if (byte === 0x28 /* ( */) {
            this.row = [];
            this.mode = Mode.BeforeValue;
          } else if (byte === 0x3b /* ; */) this.mode = Mode.Line;
          else if (byte !== 0x2c && !isSpace(byte)) this.fail(`expected a row '(' or ';' but found '${String.fromCharCode(byte)}'`);
          break;
        case Mode.BeforeValue:
          if (byte === 0x27 /* ' */) {
            this.length = 0;
            this.mode = Mode.Quoted;
          } else if (byte === 0x29 /* ) */ && this.row.length === 0) this.endRow();
          else if (!isSpace(byte)) {
            this.length = 0;
            this.push(byte);
            this.mode = Mode.Bare;
          }
          break;
        case Mode.Bare:
          // A character set introducer (`_binary`) is followed by its string, often after a space.
          if (isSpace(byte) && this.bytes[0] === 0x5f /* _ */) break;
          if (byte === 0x2c || byte === 0x29 || isSpace(byte)) {
            this.bareValue();
            this.afterValue(byte);
          } else if (byte === 0x27 /* ' after an introducer such as _binary */) {
            this.introducer();
            this.length = 0;
            this.mode = Mode.Quoted;
          } else this.push(byte);
          break;
        case Mode.Quoted:
          if (byte === 0x5c /* \ */) this.mode = Mode.Escape;
          else if (byte === 0x27) this.mode = Mode.QuoteSeen;
          else this.push(byte);
          break;
        case Mode.Escape:
          this.push(ESCAPES[byte] ?? byte);
          this.mode = Mode.Quoted;
          break;
        case Mode.QuoteSeen:
          if (byte === 0x27) {
            this.push(0x27);
            this.mode = Mode.Quoted;
          } else {
            this.row.push(this.bytes.toString('utf8', 0, this.length));
            this.afterValue(byte);
          }
          break;
        case Mode.AfterValue:
          this.afterValue(byte);
          break;
      }
    }
  }

  end(): void {
    if (this.mode !== Mode.Line) this.fail('the dump ends inside an INSERT statement (a truncated file?)');
    this.endLine();
    if (this.tables.has(this.table)) return;
    if (this.tables.size > 0) this.fail(`it holds the table ${[...this.tables].map((t) => `\`${t}\``).join(', ')}`);
    this.fail('it has no CREATE TABLE or INSERT INTO statement');
  }

  /** After a value (or inside the gap before the separator): `,` for the next value, `)` ends the row. */
  private afterValue(byte: number): void {
    if (byte === 0x2c) this.mode = Mode.BeforeValue;
    else if (byte === 0x29) this.endRow();
    else if (isSpace(byte)) this.mode = Mode.AfterValue;
    else this.fail(`expected ',' or ')' after a value but found '${String.fromCharCode(byte)}'`);
  }

  private endRow(): void {
    this.mode = Mode.BetweenRows;
    if (!this.wanted) return;
    const columns = this.currentColumns();
    if (columns.length > 0 && this.row.length !== columns.length) {
      this.fail(`a row of ${this.table} has ${this.row.length} values, but the table has ${columns.length} columns`);
    }
    this.rowsOut++;
    this.onRow(this.row, columns);
  }

  /** `NULL`, a number, or a hexadecimal literal. */
  private bareValue(): void {
    const text = this.bytes.toString('latin1', 0, this.length);
    if (/^null$/i.test(text)) this.row.push(null);
    else if (/^-?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(text)) this.row.push(Number(text));
    else if (/^0x[0-9a-f]*$/i.test(text)) this.row.push(Buffer.from(text.slice(2), 'hex').toString('utf8'));
    else this.fail(`unexpected value '${text.slice(0, 40)}'`);
  }

  /** A character set introducer before a string (`_binary '…'`, `_utf8mb4'…'`): only its string counts. */
  private introducer(): void {
    const text = this.bytes.toString('latin1', 0, this.length).trim();
    if (!/^_[a-z0-9]+$/i.test(text)) this.fail(`unexpected value '${text.slice(0, 40)}' before a string`);
  }

  private push(byte: number): void {
    if (this.length === this.bytes.length) {
      const bigger = Buffer.alloc(this.bytes.length * 2);
      this.bytes.copy(bigger, 0, 0, this.length);
      this.bytes = bigger;
    }
    this.bytes[this.length++] = byte;
  }

  /** A byte between statements: lines gather until `VALUES` opens an `INSERT` or the line ends. */
  private lineByte(byte: number): void {
    if (byte === 0x0a) return this.endLine();
    if (this.line.length < MAX_LINE) this.line.push(byte);
    // `VALUES` ends an INSERT's head whether the rows follow on its line or the next.
    if (byte === 0x53 /* S */ || byte === 0x73) {
      const head = Buffer.from(this.line).toString('utf8');
      const insert = /^\s*INSERT\s+(?:IGNORE\s+)?INTO\s+`?([^`\s(]+)`?\s*(\(([^)]*)\))?\s*VALUES$/i.exec(head);
      if (insert) {
        this.tables.add(insert[1]);
        this.wanted = insert[1] === this.table;
        if (this.wanted && insert[3] !== undefined) this.columns = insert[3].split(',').map((c) => c.trim().replace(/^`|`$/g, ''));
        this.line = [];
        this.mode = Mode.BetweenRows;
      }
    }
  }

  /** A whole line outside `VALUES`: the header's database, and a `CREATE TABLE`'s columns. */
  private endLine(): void {
    const text = Buffer.from(this.line).toString('utf8');
    this.line = [];
    const database = /^--\s*Host:.*\bDatabase:\s*(\S+)/.exec(text);
    if (database) this.database ??= database[1];
    const create = /^\s*CREATE\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?`?([^`\s(]+)`?\s*\(/i.exec(text);
    if (create) {
      this.tables.add(create[1]);
      this.declaring = create[1] === this.table ? create[1] : undefined;
      if (this.declaring) this.columns = [];
      return;
    }
    if (this.declaring === undefined) return;
    const column = /^\s*`([^`]+)`\s+\w/.exec(text);
    if (column) this.columns.push(column[1]);
    else if (/^\s*\)/.test(text)) this.declaring = undefined;
  }

  private currentColumns(): readonly string[] {
    return this.columns.length > 0 ? this.columns : this.defaults;
  }

  private fail(message: string): never {
    throw new SourceError(this.file, `${this.file}:${this.lineNumber}: not a MediaWiki SQL dump of ${this.table}: ${message}`);
  }
}

function isSpace(byte: number): boolean {
  return byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;
}
