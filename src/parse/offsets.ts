/**
 * Code point ↔ UTF-16 conversion for one text.
 *
 * The model counts code points (NIF's convention) while JavaScript strings and wikiparser-node count
 * UTF-16 units. An `OffsetIndex` is built once per text: BMP-only text (most articles) converts by
 * identity; otherwise the positions of astral characters are kept sorted and each lookup is a binary
 * search, so no conversion ever rescans the text.
 */

/** Precomputed conversions for one text. */
export interface OffsetIndex {
  readonly text: string;
  /** Length of the text in code points. */
  readonly length: number;
  /** True when the text has no surrogate pairs (conversions are the identity). */
  readonly bmpOnly: boolean;
  /** Code point offset of a UTF-16 index (both halves of a pair map to the pair's code point). */
  toCodePoint(utf16: number): number;
  /** UTF-16 index of a code point offset. */
  toUtf16(codePoint: number): number;
}

const SURROGATE = /[\uD800-\uDFFF]/;

/** Counts how many entries of the sorted array are strictly less than `value`. */
function countBelow(sorted: Int32Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Sorted UTF-16 indices of the high surrogates that start astral characters. */
function astralStarts(text: string): Int32Array {
  const starts: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        starts.push(i);
        i++;
      }
    }
  }
  return Int32Array.from(starts);
}

/** Builds the conversion index of a text (one linear scan, then O(log n) per lookup). */
export function buildOffsetIndex(text: string): OffsetIndex {
  if (!SURROGATE.test(text)) {
    return { text, length: text.length, bmpOnly: true, toCodePoint: (i) => i, toUtf16: (cp) => cp };
  }
  const starts16 = astralStarts(text);
  // Code point offset of the k-th astral character is its UTF-16 index minus k.
  const startsCp = starts16.map((s, k) => s - k);
  return {
    text,
    length: text.length - starts16.length,
    bmpOnly: false,
    toCodePoint: (i) => i - countBelow(starts16, i),
    toUtf16: (cp) => cp + countBelow(startsCp, cp),
  };
}

let lastIndex: OffsetIndex | undefined;

/** The index of `text`, reusing the previous one when called again with the same text. */
export function offsetIndexOf(text: string): OffsetIndex {
  if (lastIndex?.text !== text) lastIndex = buildOffsetIndex(text);
  return lastIndex;
}

/** Length of a string in code points. */
export function codePointLength(text: string): number {
  return offsetIndexOf(text).length;
}

/** The substring between two code point offsets (half-open), like `String.prototype.slice` on code points. */
export function codePointSlice(text: string, start: number, end?: number): string {
  const index = offsetIndexOf(text);
  const from = index.toUtf16(Math.max(0, Math.min(start, index.length)));
  const to = end === undefined ? text.length : index.toUtf16(Math.max(0, Math.min(end, index.length)));
  return text.slice(from, Math.max(from, to));
}

/** 1-based line and column (column counted in code points) of a code point offset, for diagnostics. */
export function lineColumn(textOrIndex: string | OffsetIndex, codePoint: number): { line: number; column: number } {
  const index = typeof textOrIndex === 'string' ? offsetIndexOf(textOrIndex) : textOrIndex;
  const lineStarts = lineStartsOf(index);
  const at16 = index.toUtf16(Math.max(0, Math.min(codePoint, index.length)));
  const line = countBelow(lineStarts, at16 + 1);
  const lineStart16 = lineStarts[line - 1];
  return { line, column: codePoint - index.toCodePoint(lineStart16) + 1 };
}

const lineStartCache = new WeakMap<OffsetIndex, Int32Array>();

/** UTF-16 indices where lines start, computed once per index. */
function lineStartsOf(index: OffsetIndex): Int32Array {
  let starts = lineStartCache.get(index);
  if (!starts) {
    const found = [0];
    for (let i = index.text.indexOf('\n'); i !== -1; i = index.text.indexOf('\n', i + 1)) found.push(i + 1);
    starts = Int32Array.from(found);
    lineStartCache.set(index, starts);
  }
  return starts;
}
