/**
 * `seg()`: turns any string into one IRI path segment that is readable and always valid.
 *
 * The allowed set is whitelisted from RFC 3987 `ipchar` rather than blacklisted, so a character nobody
 * thought of is encoded instead of breaking an IRI: ASCII unreserved, sub-delims, `:` and `@` pass, as do
 * the `ucschar` ranges (so a title like 中日經濟聯絡處 stays readable) except invisible ones; everything else is
 * UTF-8 percent-encoded.
 */
import { boundedMemo } from '../util/boundedMemo';

/** ASCII characters that may stand unencoded in an IRI path segment (`/` only when asked for). */
const ASCII_SEGMENT = /^[A-Za-z0-9\-._~!$&'()*+,;=:@]$/;

/** RFC 3987 `ucschar` ranges, the non-ASCII code points allowed in an IRI path. */
const UCSCHAR: ReadonlyArray<readonly [number, number]> = [
  [0xa0, 0xd7ff], [0xf900, 0xfdcf], [0xfdf0, 0xffef],
  [0x10000, 0x1fffd], [0x20000, 0x2fffd], [0x30000, 0x3fffd], [0x40000, 0x4fffd],
  [0x50000, 0x5fffd], [0x60000, 0x6fffd], [0x70000, 0x7fffd], [0x80000, 0x8fffd],
  [0x90000, 0x9fffd], [0xa0000, 0xafffd], [0xb0000, 0xbfffd], [0xc0000, 0xcfffd],
  [0xd0000, 0xdfffd], [0xe1000, 0xefffd],
];

/** Invisible or spacing characters (NBSP, U+2028, zero-width, bidi marks): legal in IRIs but confusing. */
const INVISIBLE = /^[\p{Z}\p{Cf}]$/u;

function isUcschar(cp: number): boolean {
  return UCSCHAR.some(([lo, hi]) => cp >= lo && cp <= hi);
}

/** Replaces lone surrogates by U+FFFD, because they have no UTF-8 form and NFC would keep them. */
function wellFormed(s: string): string {
  return s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

function percentEncode(ch: string): string {
  return Array.from(Buffer.from(ch, 'utf8'), (b) => '%' + b.toString(16).toUpperCase().padStart(2, '0')).join('');
}

function encodeChars(s: string, keepSlash: boolean): string {
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0) as number;
    const keep = cp < 0x80 ? ASCII_SEGMENT.test(ch) || (keepSlash && ch === '/') : isUcschar(cp) && !INVISIBLE.test(ch);
    out += keep ? ch : percentEncode(ch);
  }
  return out;
}

/** Normalises like MediaWiki titles: well-formed UTF-16, NFC, spaces as underscores. */
function normalise(s: string): string {
  return wellFormed(s).normalize('NFC').replace(/ /g, '_');
}

/**
 * Segments already made: an article's graph asks for the same few strings (its title, its entities'
 * names) once per IRI it mints.
 */
const MAX_CACHED = 20_000;
const segmentOf = boundedMemo((s: string) => encodeChars(normalise(s), false), MAX_CACHED);
const pathSegmentOf = boundedMemo((s: string) => encodeChars(normalise(s), true), MAX_CACHED);

/**
 * One IRI path segment for any string. Documented merges: NFC-equivalent strings, ' ' and '_', and lone
 * surrogates with U+FFFD; all other distinct inputs give distinct segments (`%` itself is encoded).
 * The empty string becomes `_` so that no IRI ends in an empty segment.
 */
export function seg(s: string): string {
  const out = segmentOf(s);
  return out === '' ? '_' : out;
}

/** Like `seg` but keeps `/`, for Wikipedia page paths where sub-page titles contain slashes. */
export function pathSeg(s: string): string {
  return pathSegmentOf(s);
}
