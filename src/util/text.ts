/** Small string helpers shared by the source stage and the command line. */

/**
 * Orders strings by Unicode code point. `Array.prototype.sort` compares UTF-16 code units, which puts
 * astral characters (emoji, rare CJK) before U+E000–U+FFFF; code point order is the same everywhere.
 */
export function compareCodePoints(a: string, b: string): number {
  const left = a[Symbol.iterator]();
  const right = b[Symbol.iterator]();
  for (;;) {
    const x = left.next();
    const y = right.next();
    if (x.done || y.done) return x.done && y.done ? 0 : x.done ? -1 : 1;
    const difference = x.value.codePointAt(0)! - y.value.codePointAt(0)!;
    if (difference !== 0) return difference;
  }
}

/**
 * Edit distance between two strings where inserting, deleting or substituting a character, or swapping
 * two neighbours, costs 1 (optimal string alignment): `biuld` is one step from `build`, as a typo is.
 */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    rows.push([i]);
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        rows[i].push(j);
        continue;
      }
      const same = a[i - 1] === b[j - 1];
      let best = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + (same ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, rows[i - 2][j - 2] + 1);
      rows[i].push(best);
    }
  }
  return rows[a.length][b.length];
}

/** The candidate closest to `word` when it is near enough to be a likely typo, else undefined. */
export function closestMatch(word: string, candidates: readonly string[]): string | undefined {
  // A third of the word's length (at least 1, at most 3): close enough for a typo, not for another word.
  const limit = Math.min(3, Math.max(1, Math.floor(word.length / 3)));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(word, candidate);
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return bestDistance <= limit ? best : undefined;
}

/** The first line of a message, trimmed: error output is one line however the error was phrased. */
export function firstLine(message: string): string {
  const line = message.split(/\r?\n/).find((part) => part.trim() !== '');
  return (line ?? message).trim();
}
