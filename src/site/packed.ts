/**
 * A list of strings packed into two shared typed arrays (UTF-16 code units and offsets), so that a site
 * index of millions of titles is one block of memory that every worker thread reads without a copy
 * (`SharedArrayBuffer`s pass to a worker by reference). A sorted list is searched in place, comparing
 * code units, without making a string per step.
 */

/** The plain data of a `PackedStrings`, as it crosses to a worker thread. */
export interface PackedStringsData {
  units: Uint16Array;
  /** `offsets[i]` is where string `i` starts in `units`; one more entry marks the end of the last. */
  offsets: Int32Array;
}

/** Strings in shared memory, read by index, searched when sorted (see the module comment). */
export class PackedStrings {
  constructor(readonly data: PackedStringsData) {}

  /** Packs `strings` in the order given (sort them first to `find` in them). */
  static pack(strings: readonly string[]): PackedStrings {
    let total = 0;
    for (const s of strings) total += s.length;
    const units = new Uint16Array(new SharedArrayBuffer(Math.max(1, total) * 2));
    const offsets = new Int32Array(new SharedArrayBuffer((strings.length + 1) * 4));
    let at = 0;
    strings.forEach((s, i) => {
      offsets[i] = at;
      for (let j = 0; j < s.length; j++) units[at + j] = s.charCodeAt(j);
      at += s.length;
    });
    offsets[strings.length] = at;
    return new PackedStrings({ units, offsets });
  }

  /** How many strings. */
  get length(): number {
    return this.data.offsets.length - 1;
  }

  /** String `i`. */
  get(i: number): string {
    const { units, offsets } = this.data;
    const start = offsets[i];
    const end = offsets[i + 1];
    // Shared memory cannot go to TextDecoder; titles are short, so code units a few at a time are fine.
    let out = '';
    for (let at = start; at < end; at += 4096) out += String.fromCharCode(...units.subarray(at, Math.min(end, at + 4096)));
    return out;
  }

  /** Whether string `i` is empty (without making it). */
  isEmpty(i: number): boolean {
    return this.data.offsets[i] === this.data.offsets[i + 1];
  }

  /** Compares string `i` with `key` in code unit order (the order of `<` on strings). */
  compare(i: number, key: string): number {
    const { units, offsets } = this.data;
    const start = offsets[i];
    const length = offsets[i + 1] - start;
    const n = Math.min(length, key.length);
    for (let j = 0; j < n; j++) {
      const difference = units[start + j] - key.charCodeAt(j);
      if (difference !== 0) return difference;
    }
    return length - key.length;
  }

  /** The first index whose string is not below `key` (`length` when all are), in a sorted list. */
  lowerBound(key: string): number {
    let lo = 0;
    let hi = this.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.compare(mid, key) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The index of `key` in a sorted list, or -1. */
  find(key: string): number {
    const at = this.lowerBound(key);
    return at < this.length && this.compare(at, key) === 0 ? at : -1;
  }
}
