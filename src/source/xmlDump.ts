/**
 * Reading MediaWiki XML exports (`Special:Export`, `pages-articles.xml[.bz2]`) as a stream of pages.
 * Nothing is read whole: the file (decompressed on the fly when it is bzip2) goes through a streaming
 * XML reader, and each `<page>` comes out as soon as its end tag is read. Only the fields an article
 * needs are kept; a page with several revisions (a history dump) keeps its last one.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Readable } from 'stream';
import { decompressBzip2, endsLikeBzip2, isBzip2 } from './bzip2';
import { DEFAULT_MAX_BYTES } from './readArticle';
import { describeFsError, SourceError } from './SourceError';
import { createXmlReader, XmlSyntaxError, type XmlHandlers } from './xmlSax';

/** What the dump's header says about its wiki. */
export interface DumpSite {
  /** `<siteinfo><dbname>`, e.g. `zhwiki`. */
  dbname?: string;
  /** The `xml:lang` attribute of `<mediawiki>`. */
  xmlLang?: string;
}

/** One `<page>` of a dump, as written there. */
export interface DumpPage {
  title: string;
  /** `<ns>`: 0 for articles; NaN when missing. */
  ns: number;
  /** `<id>`: the page id (what the wiki's SQL tables name the page by), when the dump gives one. */
  id?: number;
  /** `<revision><id>` of the last revision. */
  revision?: string;
  /** `<revision><text>` of the last revision; '' when it is missing, deleted or over the size limit. */
  text: string;
  /** Whether the page has a `<redirect>` element. */
  redirect: boolean;
  /** The `title` attribute of that element: the redirect's target as MediaWiki resolved it. */
  redirectTitle?: string;
  /** Size in UTF-8 bytes of a text that was over the limit and therefore not kept. */
  oversizeBytes?: number;
  /** Why the page cannot be read (invalid UTF-8, a character reference XML forbids): it spoils this page only. */
  unreadable?: string;
}

/** Stands for a byte that is not UTF-8 (a noncharacter, which no article text holds). */
const INVALID_BYTE = '\uFDD0';
/** Stands for a character reference to a character XML forbids (`&#1;`), which would stop the XML reader. */
const FORBIDDEN_REFERENCE = '\uFDD1';

/** Options of `readDumpPages`. */
export interface DumpReadOptions {
  /** Directory relative paths are read from; default the process's. */
  cwd?: string;
  /** Largest page text kept, in UTF-8 bytes; default `DEFAULT_MAX_BYTES`. */
  maxBytes?: number;
  /** Told how many bytes of the file (compressed, for bzip2) have been read so far, after each chunk. */
  onBytesRead?: (bytes: number) => void;
  /**
   * Told when a `.bz2` dump is damaged or cut short, after every page decoded before the damage was
   * given out; the dump then ends there. Without it, the damage is thrown.
   */
  onDamage?: (error: SourceError) => void;
}

/** A bzip2 dump that is damaged or cut short: the message names the file and the byte offset. */
export class DumpDamageError extends SourceError {
  constructor(
    file: string,
    message: string,
    /** The compressed bytes read when the damage was found (it is at or before this offset). */
    readonly offset: number,
  ) {
    super(file, message);
  }
}

/** Whether a file name looks like a MediaWiki XML dump (`.xml` or `.xml.bz2`). */
export function isDumpFileName(file: string): boolean {
  return /\.xml(\.bz2)?$/i.test(file);
}

/** The pages of a dump, in order, with the site header; throws `SourceError` on unreadable or malformed input. */
export async function* readDumpPages(file: string, options: DumpReadOptions = {}): AsyncGenerator<{ site: DumpSite; page: DumpPage }> {
  const collector = new PageCollector(file, options.maxBytes ?? DEFAULT_MAX_BYTES);
  const reader = createXmlReader(collector);
  const fail = (error: unknown): never => {
    if (error instanceof XmlSyntaxError) throw new SourceError(file, `${file}:${error.line}:${error.column}: malformed XML: ${error.message}`);
    throw error;
  };
  let damage: DumpDamageError | undefined;
  const chunks = textChunks(file, path.resolve(options.cwd ?? process.cwd(), file), options.onBytesRead, (error) => (damage = error));
  for await (const chunk of chunks) {
    try {
      reader.write(chunk);
    } catch (error) {
      fail(error);
    }
    for (const page of collector.take()) yield { site: collector.site, page };
  }
  // The pages before the damage are out; the page it cut is not a page.
  if (damage) {
    if (!options.onDamage) throw damage;
    return options.onDamage(damage);
  }
  try {
    reader.close();
  } catch (error) {
    fail(error);
  }
  for (const page of collector.take()) yield { site: collector.site, page };
  if (!collector.sawRoot) throw new SourceError(file, `${file} is empty, expected a MediaWiki XML dump`);
}

/** The file's text in chunks, bzip2 decompressed when its first bytes say so. */
async function* textChunks(file: string, location: string, onBytesRead?: (bytes: number) => void, onDamage?: (error: DumpDamageError) => void): AsyncGenerator<string> {
  const compressed = isBzip2(readHead(file, location));
  const raw = fs.createReadStream(location);
  // The decompressor reads a block ahead, so the compressed offset is where the damage is found at
  // the latest; the decompressed one is exact: the XML is whole up to it.
  const damaged = (error: Error, decoded: number): void => {
    const size = fileSizeOf(location);
    const offset = raw.bytesRead;
    const cut = offset >= size && !/crc|bad|invalid|corrupt/i.test(error.message) && !endsLikeBzip2(readTail(location));
    // The decompressor's own messages ("Error in bzip2: crc32 do not match") say something; others ("Boom.", a TypeError) do not.
    const detail = /^Error in bzip2:\s*/.test(error.message) ? ` (${error.message.replace(/^Error in bzip2:\s*/, '')})` : '';
    const why = cut ? `the file ends inside a bzip2 block (cut short at byte ${size})` : `a damaged bzip2 block${detail} at or before byte ${offset} of ${size}`;
    onDamage?.(new DumpDamageError(file, `${file}: ${why}, after ${decoded} bytes of XML`, offset));
  };
  const stream: Readable = compressed ? decompressBzip2(raw, damaged) : raw;
  const decoder = new PageTextDecoder();
  let first = true;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      onBytesRead?.(raw.bytesRead);
      const text = decoder.decode(chunk);
      yield first ? text.replace(/^\uFEFF/, '') : text;
      first = false;
    }
    yield decoder.end();
  } catch (error) {
    if (error instanceof SourceError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code) throw new SourceError(file, describeFsError(file, error));
    throw new SourceError(file, `${file} is not a readable bzip2 file (${String((error as Error).message ?? error)})`);
  }
}

/**
 * A dump's bytes to text for the XML reader, so that damage inside one page spoils that page only: a
 * byte that is not UTF-8 becomes `INVALID_BYTE` (a file of wikitext with one is refused; a dump's page
 * with one is skipped with a note), and a character reference XML forbids (`&#1;`, which the reader
 * would reject as malformed, stopping the whole dump) becomes `FORBIDDEN_REFERENCE`.
 */
class PageTextDecoder {
  /** The bytes of a character cut by the end of the last chunk. */
  private carry: Uint8Array = new Uint8Array(0);
  /** The start of a character reference cut by the end of the last chunk. */
  private reference = '';

  decode(chunk: Uint8Array): string {
    const bytes = this.carry.length > 0 ? Buffer.concat([this.carry, chunk]) : chunk;
    const cut = incompleteTail(bytes);
    this.carry = bytes.slice(bytes.length - cut);
    return this.references(decodeMarkingInvalid(bytes.subarray(0, bytes.length - cut)));
  }

  end(): string {
    const text = `${decodeMarkingInvalid(this.carry)}`;
    this.carry = new Uint8Array(0);
    const rest = this.references(text) + this.reference;
    this.reference = '';
    return rest;
  }

  private references(text: string): string {
    const joined = this.reference + text;
    const open = /&#[0-9a-fA-Fx]{0,10}$/.exec(joined);
    this.reference = open ? open[0] : '';
    const body = open ? joined.slice(0, open.index) : joined;
    return body.replace(/&#(x[0-9a-fA-F]+|[0-9]+);/g, (reference, digits: string) => {
      const code = digits.startsWith('x') ? parseInt(digits.slice(1), 16) : parseInt(digits, 10);
      return isXmlChar(code) ? reference : FORBIDDEN_REFERENCE;
    });
  }
}

/** Whether XML 1.0 allows the character `code` (its production `Char`). */
function isXmlChar(code: number): boolean {
  return code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
}

/** How many bytes at the end of `bytes` begin a UTF-8 character that the next chunk completes (0 to 3). */
function incompleteTail(bytes: Uint8Array): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const byte = bytes[bytes.length - back];
    if ((byte & 0xc0) === 0x80) continue;
    const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return length > back ? back : 0;
  }
  return 0;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** `bytes` as text, each byte that is not part of a UTF-8 character as `INVALID_BYTE` (rare: decoded again bytewise). */
function decodeMarkingInvalid(bytes: Uint8Array): string {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    const lenient = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    // The lenient decoder puts U+FFFD for each bad sequence; those that the bytes spell (EF BF BD) are kept.
    let out = '';
    let at = 0;
    for (const char of lenient) {
      if (char === '\uFFFD' && !(bytes[at] === 0xef && bytes[at + 1] === 0xbf && bytes[at + 2] === 0xbd)) {
        out += INVALID_BYTE;
        at += invalidLength(bytes, at);
      } else {
        out += char;
        at += Buffer.byteLength(char);
      }
    }
    return out;
  }
}

/** How many bytes the decoder replaced by one U+FFFD at `at` (the WHATWG rule: a maximal invalid prefix). */
function invalidLength(bytes: Uint8Array, at: number): number {
  const lead = bytes[at];
  const need = lead >= 0xc2 && lead <= 0xdf ? 1 : lead >= 0xe0 && lead <= 0xef ? 2 : lead >= 0xf0 && lead <= 0xf4 ? 3 : 0;
  let length = 1;
  for (let i = 1; i <= need && at + i < bytes.length; i++) {
    const byte = bytes[at + i];
    const low = i === 1 && lead === 0xe0 ? 0xa0 : i === 1 && lead === 0xf0 ? 0x90 : 0x80;
    const high = i === 1 && lead === 0xed ? 0x9f : i === 1 && lead === 0xf4 ? 0x8f : 0xbf;
    if (byte < low || byte > high) break;
    length++;
  }
  return length;
}

/** The last 12 bytes of the file (fewer when it is shorter; none when it cannot be read). */
function readTail(location: string): Uint8Array {
  try {
    const fd = fs.openSync(location, 'r');
    try {
      const size = fs.fstatSync(fd).size;
      const tail = new Uint8Array(Math.min(12, size));
      fs.readSync(fd, tail, 0, tail.length, size - tail.length);
      return tail;
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return new Uint8Array(0);
  }
}

function fileSizeOf(location: string): number {
  try {
    return fs.statSync(location).size;
  } catch {
    return Number.NaN;
  }
}

/** The first bytes of the file, which also checks that it exists and is a regular file. */
function readHead(file: string, location: string): Uint8Array {
  try {
    if (fs.statSync(location).isDirectory()) throw new SourceError(file, `${file} is a directory, expected a MediaWiki XML dump`);
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

/** Paths (from the root element) whose text is kept, and the field of the page each one fills. */
const CAPTURED = new Set([
  'mediawiki/siteinfo/dbname',
  'mediawiki/page/title',
  'mediawiki/page/ns',
  'mediawiki/page/id',
  'mediawiki/page/revision/id',
  'mediawiki/page/revision/text',
]);

/** Builds pages from the reader's events; finished pages wait in a queue until `take`n. */
class PageCollector implements XmlHandlers {
  readonly site: DumpSite = {};
  sawRoot = false;
  private readonly stack: string[] = [];
  private readonly done: DumpPage[] = [];
  private page: DumpPage | undefined;
  private buffer: string[] = [];
  private bufferBytes = 0;

  constructor(
    private readonly file: string,
    private readonly maxBytes: number,
  ) {}

  open(name: string, attributes: Record<string, string>): void {
    if (this.stack.length === 0) this.openRoot(name, attributes);
    this.stack.push(name);
    const where = this.stack.join('/');
    if (where === 'mediawiki/page') this.page = { title: '', ns: Number.NaN, text: '', redirect: false };
    else if (where === 'mediawiki/page/redirect' && this.page) {
      this.page.redirect = true;
      if (attributes.title?.trim()) this.page.redirectTitle = attributes.title.trim();
    }
    else if (where === 'mediawiki/page/revision' && this.page) Object.assign(this.page, { revision: undefined, text: '', oversizeBytes: undefined });
    if (CAPTURED.has(where)) {
      this.buffer = [];
      this.bufferBytes = 0;
    }
  }

  text(text: string): void {
    if (!CAPTURED.has(this.stack.join('/'))) return;
    this.bufferBytes += Buffer.byteLength(text);
    // Past the limit the text is only counted, so that one huge page cannot exhaust memory.
    if (this.bufferBytes <= this.maxBytes) this.buffer.push(text);
  }

  close(): void {
    const where = this.stack.join('/');
    this.stack.pop();
    if (CAPTURED.has(where)) this.store(where, this.buffer.join(''));
    if (where === 'mediawiki/page' && this.page) {
      const page = this.page;
      const spoiled = (value: string | undefined): boolean => value !== undefined && (value.includes(INVALID_BYTE) || value.includes(FORBIDDEN_REFERENCE));
      if (spoiled(page.title) || spoiled(page.text) || spoiled(page.redirectTitle)) {
        const all = `${page.title}${page.text}${page.redirectTitle ?? ''}`;
        page.unreadable = all.includes(INVALID_BYTE) ? 'not valid UTF-8 text (an invalid byte sequence)' : 'a character reference to a character XML does not allow (such as &#1;)';
        page.title = page.title.replace(/[\uFDD0\uFDD1]/g, '\uFFFD');
      }
      this.done.push(page);
      this.page = undefined;
    }
  }

  /** The pages finished since the last call. */
  take(): DumpPage[] {
    return this.done.splice(0, this.done.length);
  }

  private openRoot(name: string, attributes: Record<string, string>): void {
    if (name !== 'mediawiki') throw new SourceError(this.file, `${this.file} is not a MediaWiki XML dump (its root element is <${name}>, not <mediawiki>)`);
    this.sawRoot = true;
    if (attributes['xml:lang']) this.site.xmlLang = attributes['xml:lang'];
  }

  private store(where: string, value: string): void {
    const page = this.page;
    if (where === 'mediawiki/siteinfo/dbname') this.site.dbname = value.trim();
    if (!page) return;
    if (where === 'mediawiki/page/title') page.title = value.trim();
    else if (where === 'mediawiki/page/ns') page.ns = /^\s*-?\d+\s*$/.test(value) ? Number(value) : Number.NaN;
    else if (where === 'mediawiki/page/id' && /^\s*\d{1,15}\s*$/.test(value)) page.id = Number(value);
    else if (where === 'mediawiki/page/revision/id') page.revision = value.trim();
    else if (this.bufferBytes > this.maxBytes) page.oversizeBytes = this.bufferBytes;
    else page.text = value;
  }
}
