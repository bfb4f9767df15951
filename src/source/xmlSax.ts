/**
 * The adapter to saxes: the only file that imports it. A streaming, well-formedness-checking XML
 * reader; callers get element names, attributes and text, and every malformed construct as one
 * `XmlSyntaxError` with the line and column where it was found.
 */
import { SaxesParser } from 'saxes';

/** What the reader reports, in document order. */
export interface XmlHandlers {
  open(name: string, attributes: Record<string, string>): void;
  text(text: string): void;
  close(name: string): void;
}

/** Input that is not well-formed XML, placed at a 1-based line and column. */
export class XmlSyntaxError extends Error {
  readonly line: number;
  readonly column: number;

  constructor(message: string, line: number, column: number) {
    super(message);
    this.name = 'XmlSyntaxError';
    this.line = line;
    this.column = column;
  }
}

/** A push reader: `write` text chunks as they arrive, then `close`; both throw `XmlSyntaxError`. */
export interface XmlReader {
  write(chunk: string): void;
  close(): void;
}

/** A reader that calls `handlers` as elements open and close. */
export function createXmlReader(handlers: XmlHandlers): XmlReader {
  const parser = new SaxesParser({ position: true });
  let failure: XmlSyntaxError | undefined;
  parser.on('error', (error) => {
    // saxes prefixes its messages with `line:column: `; the position is kept separately.
    failure ??= new XmlSyntaxError(error.message.replace(/^\d+:\d+:\s*/, ''), parser.line, parser.column);
  });
  parser.on('opentag', (tag) => handlers.open(tag.name, attributesOf(tag.attributes)));
  parser.on('text', (text) => handlers.text(text));
  parser.on('cdata', (text) => handlers.text(text));
  parser.on('closetag', (tag) => handlers.close(tag.name));
  const check = (): void => {
    if (failure) throw failure;
  };
  return {
    write(chunk) {
      check();
      parser.write(chunk);
      check();
    },
    close() {
      check();
      parser.close();
      check();
    },
  };
}

function attributesOf(attributes: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(attributes)) out[name] = typeof value === 'string' ? value : String((value as { value?: unknown }).value ?? '');
  return out;
}
