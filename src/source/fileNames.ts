/**
 * File names for output written per article. A title may hold characters that file systems forbid or
 * give meaning to (`/`, `:` on Windows, a leading `.`), and may be longer than a file name can be; the
 * name made here is safe everywhere and different for different titles.
 */
import { createHash } from 'crypto';

/** Longest name made, in UTF-8 bytes: below the 255 of common file systems, with room for `.ttl`. */
const MAX_NAME_BYTES = 200;

/** Characters written as `%XX`: `%` itself (so names stay unambiguous), path and shell-hostile ones, controls. */
const UNSAFE = /[%/\\:*?"<>|\u0000-\u001f\u007f]/gu;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** A file name (without extension) for `title`: spaces as `_`, unsafe characters percent-encoded. */
export function safeFileName(title: string): string {
  let name = title.replace(/ /g, '_').replace(UNSAFE, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  // Lone surrogates cannot be written in UTF-8 file names; they become their code in hex.
  name = name.replace(LONE_SURROGATE, (ch) => `%u${ch.charCodeAt(0).toString(16).toUpperCase()}`);
  if (name === '') name = '_';
  if (name.startsWith('.')) name = `%2E${name.slice(1)}`;
  if (/^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i.test(name)) name = `_${name}`;
  return shorten(name, title);
}

/** `name` cut to `MAX_NAME_BYTES` at a character boundary plus a hash of the whole title, if it is longer. */
function shorten(name: string, title: string): string {
  if (Buffer.byteLength(name) <= MAX_NAME_BYTES) return name;
  const hash = createHash('sha1').update(title).digest('hex').slice(0, 10);
  let kept = '';
  for (const ch of name) {
    if (Buffer.byteLength(kept + ch) > MAX_NAME_BYTES - hash.length - 1) break;
    kept += ch;
  }
  return `${kept}~${hash}`;
}
