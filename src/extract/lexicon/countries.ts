import * as fs from 'fs';
import * as path from 'path';
import { packageRoot } from '../../util/packageRoot';

/**
 * A gazetteer of states as Chinese-language Wikipedia writes them: the page title first, then the other
 * names and short forms prose uses for the same state. General geography, not facts of any article: the
 * states are data (`patterns/zh/lexicon/states.tsv`, which a domain expert extends; its header says the
 * columns), read once when this module loads.
 *
 * `abbreviations` are the one-character forms used in compounds such as `韓方` ("the Korean side") or
 * `朝美關係`; they are matched only inside side expressions (see `sideSuffixes`), never alone.
 */
export interface CountryEntry {
  /** zhwiki page title of the state, the key it is known by when the article does not link it. */
  title: string;
  /** Names that name the state wherever they are written, in links and in plain prose. */
  names: string[];
  abbreviations: string[];
  /**
   * Names that name the state only as a link target (`[[蘇丹]]`): in plain prose the same word is also
   * something else (a sultan). When the title is one of them, it does not count in plain prose either.
   */
  linkOnly: string[];
  /** Words that hold one of the names but do not name the state (`馬里蘭` holds `馬里`). */
  notInside: string[];
}

export const STATES_FILE = path.join(packageRoot(), 'patterns', 'zh', 'lexicon', 'states.tsv');

export const countries: CountryEntry[] = readStates(STATES_FILE);

/** Reads a states file (`patterns/zh/lexicon/states.tsv`). */
export function readStates(file: string): CountryEntry[] {
  return parseStates(fs.readFileSync(file, 'utf8'), file);
}

/**
 * Parses `title<TAB>names<TAB>abbreviations<TAB>not-inside` rows (lists comma-separated; the last two
 * columns may be empty or absent). A bad line throws `file:line: expected …`.
 */
export function parseStates(text: string, file: string): CountryEntry[] {
  const entries: CountryEntry[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '' || line.startsWith('#')) return;
    const fail = (why: string): never => {
      throw new Error(`${file}:${i + 1}: expected title<TAB>names[<TAB>abbreviations[<TAB>not-inside]] (${why})`);
    };
    const columns = line.split('\t');
    if (columns.length > 4) fail(`${columns.length} columns`);
    const [title, namesColumn = '', abbreviationsColumn = '', notInsideColumn = ''] = columns.map((c) => c.trim());
    if (!isWord(title)) fail('no title');
    const list = (column: string, what: string): string[] =>
      column === '' ? [] : column.split(',').map((w) => w.trim()).map((w) => (w === '' ? fail(`an empty ${what}`) : w));
    const names: string[] = [];
    const linkOnly: string[] = [];
    for (const written of list(namesColumn, 'name')) {
      const linked = /^\[\[(.+)\]\]$/.exec(written);
      const name = linked ? linked[1] : written;
      if (!isWord(name)) fail(`a name without spaces or brackets, not ${written}`);
      (linked ? linkOnly : names).push(name);
    }
    if (names.length === 0 && linkOnly.length === 0) fail('no name');
    const both = names.find((n) => linkOnly.includes(n));
    if (both !== undefined) fail(`${both} either in links only or everywhere, not both`);
    const abbreviations = list(abbreviationsColumn, 'abbreviation');
    const long = abbreviations.find((a) => [...a].length !== 1);
    if (long !== undefined) fail(`one-character abbreviations, not ${long}`);
    const notInside = list(notInsideColumn, 'not-inside word');
    const all = [title, ...names, ...linkOnly];
    const stray = notInside.find((w) => !all.some((n) => w.includes(n) && w !== n));
    if (stray !== undefined) fail(`not-inside words that hold one of the names, not ${stray}`);
    entries.push({ title, names, abbreviations, linkOnly, notInside });
  });
  return entries;
}

/** A name as the file may write it: no spaces, no separators, no brackets. */
function isWord(text: string): boolean {
  return text.length > 0 && !/[\s,\[\]]/.test(text);
}

/** For each name of a state, the words of its not-inside column that hold it, with where it sits in them. */
const insideWords = new Map<string, Array<{ word: string; offset: number }>>();
for (const c of countries) {
  for (const word of c.notInside) {
    for (const name of [c.title, ...c.names, ...c.linkOnly]) {
      for (let at = word.indexOf(name); at >= 0 && name !== word; at = word.indexOf(name, at + 1)) {
        const list = insideWords.get(name) ?? [];
        list.push({ word, offset: at });
        insideWords.set(name, list);
      }
    }
  }
}

/**
 * Whether the state's name `name`, found in `text` at `start`, lies inside one of the words the gazetteer
 * says do not name the state (`馬里蘭`, `巴拿馬運河`).
 */
export function insideOtherWord(text: string, start: number, name: string): boolean {
  return (insideWords.get(name) ?? []).some(({ word, offset }) => start >= offset && text.startsWith(word, start - offset));
}

/**
 * What turns a state's name into "that state's side" in negotiations: `朝方`, `韓國方面`.
 * Short suffixes go with abbreviations, long ones with full names.
 */
export const sideSuffixes = {
  afterAbbreviation: ['方'],
  afterName: ['方面', '方'],
};

/**
 * What may not follow a state's name for the match to count: `朝鮮半島` is the peninsula, `韓國語` the
 * language, not the state.
 */
export const blockedContinuations = ['半島', '半岛', '族', '語', '语', '文', '王朝', '戰爭', '战争', '時代', '时代', '總督府', '总督府',
  // `印度洋` is an ocean, `印度支那` a peninsula, `印度次大陸` a subcontinent.
  '洋', '支那', '次大陸', '次大陆'];

/** Words that refer back to the states the text has just named together: `兩國`, `雙方`. */
export const pairReferences = ['兩國', '两国', '雙方', '双方', '兩韓', '两韩'];
