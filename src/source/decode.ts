/**
 * Turning a file's bytes into wikitext, or refusing to. Everything that is clearly not a wikitext
 * article (an image, a PDF, an XML dump, an HTML page saved from the browser) is rejected here with a
 * one-line reason, so that the parser only ever sees text that could be an article.
 */
import { SourceError } from './SourceError';

/** Magic numbers of formats people mistake for, or save instead of, wikitext. */
const MAGIC_NUMBERS: { bytes: number[]; name: string }[] = [
  { bytes: [0x89, 0x50, 0x4e, 0x47], name: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], name: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], name: 'a GIF image' },
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], name: 'a PDF document' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], name: 'a ZIP archive' },
  { bytes: [0x1f, 0x8b], name: 'a gzip-compressed file (decompress it first)' },
  { bytes: [0x42, 0x5a, 0x68], name: 'a bzip2-compressed file (decompress it first)' },
  { bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], name: 'an xz-compressed file (decompress it first)' },
];

/** Decodes `bytes` as UTF-8 wikitext (BOM stripped) or throws a `SourceError` naming `origin`. */
export function decodeWikitext(origin: string, bytes: Uint8Array): string {
  const binary = describeBinary(bytes);
  if (binary) throw new SourceError(origin, `${origin} is ${binary}, not wikitext`);
  let text: string;
  try {
    // ignoreBOM: false means the decoder removes a leading BOM, which editors on Windows like to add.
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new SourceError(origin, `${origin} is not valid UTF-8 text (${describeByteOffset(bytes)})`);
  }
  if (text.trim() === '') throw new SourceError(origin, `${origin} is empty`);
  const other = describeNonWikitext(text);
  if (other) throw new SourceError(origin, `${origin} ${other}`);
  return text;
}

/** What a binary file is ("a PNG image", "UTF-16 text", "a binary file"), or undefined for text. */
function describeBinary(bytes: Uint8Array): string | undefined {
  for (const { bytes: magic, name } of MAGIC_NUMBERS) {
    if (magic.every((byte, i) => bytes[i] === byte)) return name;
  }
  // UTF-16 text is full of NUL bytes; naming it tells the user the fix (re-save as UTF-8).
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return 'UTF-16 text (save it as UTF-8)';
  }
  if (bytes.includes(0)) return 'a binary file (it contains NUL bytes)';
  return undefined;
}

/** Text formats that are not wikitext, checked on the start of the text; undefined when it may be wikitext. */
function describeNonWikitext(text: string): string | undefined {
  const head = text.trimStart().slice(0, 1024).replace(/^<\?xml[^>]*\?>\s*/, '');
  if (/^<mediawiki[\s>]/i.test(head)) return "is a MediaWiki XML dump, not one article; give build the dump's file name to read its pages";
  if (/^(<!--[\s\S]*?-->\s*)*<!doctype html|^<html[\s>]/i.test(head)) return 'is an HTML document, not wikitext';
  if (/^<\?xml/i.test(text.trimStart())) return 'is an XML document, not wikitext';
  if (looksLikeJson(text)) return 'is JSON, not wikitext';
  return undefined;
}

/** JSON objects and arrays; `{{template}}` at the start of wikitext never parses as JSON. */
function looksLikeJson(text: string): boolean {
  const trimmed = text.trim();
  if (!/^[[{]/.test(trimmed)) return false;
  try {
    JSON.parse(trimmed);
    return true;
  } catch {
    return false;
  }
}

/** Where decoding first fails, for the error message (binary search over valid prefixes). */
function describeByteOffset(bytes: Uint8Array): string {
  let low = 0;
  let high = bytes.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (isValidPrefix(bytes.subarray(0, middle))) low = middle;
    else high = middle - 1;
  }
  return `invalid byte sequence at byte ${low}`;
}

/** Whether `prefix` decodes, allowing it to end in the middle of a character. */
function isValidPrefix(prefix: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(prefix, { stream: true });
    return true;
  } catch {
    return false;
  }
}
