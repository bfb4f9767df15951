/**
 * Finding many names in a sentence at once. Looking for each of an article's names with `indexOf`
 * costs one scan of the sentence per name: thousands of scans per sentence on a long page with many
 * links. A `NameFinder` indexes the names by their first two code units once, then reads the sentence
 * once and tries at each position only the names that start there.
 *
 * It finds what `for (i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length))` finds
 * for each name (the leftmost occurrences that do not overlap one another), in the same order: name by
 * name in the order given, each name's occurrences left to right.
 */

/** One occurrence: which name (its index in the list given) and where it starts. */
export interface NameMatch {
  index: number;
  start: number;
}

export class NameFinder {
  /** Names of one code unit, by that code unit. */
  private readonly single = new Map<number, number[]>();
  /** Longer names, by their first two code units. */
  private readonly byPair = new Map<number, number[]>();

  constructor(readonly names: readonly string[]) {
    names.forEach((name, index) => {
      if (name.length === 0) return;
      const [table, key] = name.length === 1 ? [this.single, name.charCodeAt(0)] : [this.byPair, pairKey(name, 0)];
      const list = table.get(key);
      if (list) list.push(index);
      else table.set(key, [index]);
    });
  }

  /** Every occurrence of every name in `text` (see the module comment for which, and in what order). */
  find(text: string): NameMatch[] {
    const found: NameMatch[] = [];
    for (let i = 0; i < text.length; i++) {
      const one = this.single.get(text.charCodeAt(i));
      if (one) for (const index of one) found.push({ index, start: i });
      if (i + 1 >= text.length) break;
      const many = this.byPair.get(pairKey(text, i));
      if (many) for (const index of many) if (text.startsWith(this.names[index], i)) found.push({ index, start: i });
    }
    found.sort((a, b) => a.index - b.index || a.start - b.start);
    // Per name, an occurrence that overlaps the one kept before it is not one `indexOf` would find.
    const kept: NameMatch[] = [];
    for (const match of found) {
      const last = kept[kept.length - 1];
      if (last && last.index === match.index && match.start < last.start + this.names[match.index].length) continue;
      kept.push(match);
    }
    return kept;
  }
}

function pairKey(text: string, at: number): number {
  return text.charCodeAt(at) * 0x10000 + text.charCodeAt(at + 1);
}
