import * as fs from 'fs';
import * as path from 'path';
import { packageRoot } from '../../util/packageRoot';
import { officeTitles, titleModifiers } from '../lexicon/titles';
import { PROPERTY_NAMES, type Datatype } from '../fact';
import { slotOf, SLOTS } from '../view';
import { nameSuffixes } from '../lexicon/organizations';
import { COUNT_PATTERN } from '../values/numbers';
import { compileRow, type CompiledRow, type WordClasses } from './compile';

const DATATYPES: Datatype[] = ['string', 'langString', 'date', 'gYearMonth', 'gYear', 'integer', 'decimal', 'double', 'duration', 'boolean', 'anyURI'];

/**
 * The pattern files of the repository, `patterns/{lang}/*.tsv`, read and compiled once per thread, with
 * the word classes of `patterns/{lang}/lexicon/words.tsv`. A malformed line stops the build with its
 * file and line, as the infobox mappings do.
 */

export interface LanguagePatterns {
  lang: string;
  words: WordClasses;
  /** Word classes whose words carry a value (`FREQUENCY	每週=P7D:duration`): class → word → value. */
  values: Map<string, Map<string, { literal: string; datatype: Datatype }>>;
  /** The words of each class of `words.tsv`, as written. */
  lists: Map<string, string[]>;
  rows: CompiledRow[];
}

const HAN = '[\\u3400-\\u4DBF\\u4E00-\\u9FFF\\uF900-\\uFAFF]';
/** Characters a body's unit may hold between the body and a title (`中央委員會`): no function words. */
const UNIT = `(?:(?![的與与和及由在於于是為为將将向對对從从把被令使讓让同跟並并也則则曾])${HAN}){1,12}?`;

/** Words as a regular-expression alternation, longest first. */
export function alternation(words: readonly string[]): string {
  const sorted = [...new Set(words.filter((w) => w.length > 0))].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  return sorted.map((w) => w.replace(/[.*+?^${}()|[\]\\\/-]/g, '\\$&')).join('|');
}

/** The classes every language has: office titles (with their modifiers), a body's unit, a Han character. */
function builtInClasses(): Map<string, string> {
  return new Map([
    ['TITLE', `(?:${alternation(titleModifiers)})*(?:${alternation(officeTitles)})`],
    ['UNIT', UNIT],
    ['HAN', HAN],
    // The end of an organisation's name: an ending of the name-endings lexicon of a body's kind.
    ['ORGEND', `(?:${alternation(nameSuffixes.filter((r) => slotOf(r.types) === 'ORG').map((r) => r.suffix))})`],
    ['COUNT', COUNT_PATTERN],
    // A figure: `57,054`, `73.15`, `５`, `5.5萬`; never read from the middle of a longer one or after `第`.
    ['NUMBER', '(?<![0-9０-９.,第])(?:[0-9０-９]{1,3}(?:,[0-9]{3})+|[0-9０-９]+(?:\\.[0-9]+)?)[萬万億亿千百]*(?![0-9０-９])'],
  ]);
}

/**
 * Reads `words.tsv`: `CLASS<TAB>word word …` (a class may span several lines: their words add up). A word
 * may carry a value, `每週=P7D:duration` (the value and its datatype), which `lit(…, value)` writes.
 */
export function parseWords(text: string, file: string, into: Map<string, string>, values: LanguagePatterns['values'] = new Map(), lists = new Map<string, string[]>()): void {
  text.split(/\r?\n/).forEach((raw, n) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const [name, words] = raw.split('\t').map((c) => c.trim());
    if (!/^[A-Z][A-Z0-9_]*$/.test(name ?? '') || !words) throw new Error(`${file}:${n + 1}: expected CLASS<TAB>words`);
    if (into.has(name) && !lists.has(name)) throw new Error(`${file}:${n + 1}: ${name} is a built-in class`);
    const list = lists.get(name) ?? [];
    for (const entry of words.split(/\s+/)) {
      const eq = entry.indexOf('=');
      if (eq < 0) {
        list.push(entry);
        continue;
      }
      const [value, datatype = 'string'] = entry.slice(eq + 1).split(':');
      if (!DATATYPES.includes(datatype as Datatype)) throw new Error(`${file}:${n + 1}: unknown datatype ${datatype}`);
      list.push(entry.slice(0, eq));
      if (!values.has(name)) values.set(name, new Map());
      values.get(name)!.set(entry.slice(0, eq), { literal: value, datatype: datatype as Datatype });
    }
    lists.set(name, list);
  });
  for (const [name, words] of lists) into.set(name, alternation(words));
}

/** Reads one pattern file's rows (`id<TAB>pattern<TAB>facts<TAB>example`). */
export function parsePatternFile(text: string, file: string, words: WordClasses): CompiledRow[] {
  const rows: CompiledRow[] = [];
  const ids = new Set<string>();
  text.split(/\r?\n/).forEach((raw, n) => {
    if (raw.trim() === '' || raw.trimStart().startsWith('#')) return;
    const row = compileRow(file, n + 1, raw.split('\t').map((c) => c.trim()), words);
    if (ids.has(row.rule)) throw new Error(`${file}:${n + 1}: the id ${row.rule} is used twice`);
    ids.add(row.rule);
    rows.push(row);
  });
  return rows;
}

const loaded = new Map<string, LanguagePatterns>();

/** The folder of the repository's pattern files. */
export function patternsFolder(): string {
  return path.join(packageRoot(), 'patterns');
}

/** The compiled patterns of a wiki language (none when it has no folder). */
export function patternsFor(lang: string): LanguagePatterns {
  let found = loaded.get(lang);
  if (found) return found;
  const folder = path.join(patternsFolder(), lang);
  const words = builtInClasses();
  const values: LanguagePatterns['values'] = new Map();
  const lists = new Map<string, string[]>();
  const rows: CompiledRow[] = [];
  if (fs.existsSync(folder)) {
    const wordsFile = path.join(folder, 'lexicon', 'words.tsv');
    if (fs.existsSync(wordsFile)) parseWords(fs.readFileSync(wordsFile, 'utf8'), `${lang}/lexicon/words.tsv`, words, values, lists);
    for (const name of fs.readdirSync(folder).filter((f) => f.endsWith('.tsv')).sort()) {
      rows.push(...parsePatternFile(fs.readFileSync(path.join(folder, name), 'utf8'), name, words));
    }
  }
  // A relation word (`~verb`) must stand for a property the ontology has.
  for (const row of rows) {
    for (const action of row.actions) {
      for (const arg of action.args) {
        if (arg.kind === 'headingWord') {
          for (const [word, value] of values.get(arg.wordClass) ?? []) {
            const [property, kinds] = value.literal.replace(/^\^/, '').split('@');
            if (!(PROPERTY_NAMES as readonly string[]).includes(property)) throw new Error(`${lang}/lexicon/words.tsv: ${word}=${value.literal} is no property`);
            for (const kind of kinds?.split('|') ?? []) if (!(SLOTS as readonly string[]).includes(kind)) throw new Error(`${lang}/lexicon/words.tsv: ${word}=${value.literal}: unknown kind ${kind}`);
          }
          continue;
        }
        if (arg.kind !== 'relationWord') continue;
        const cls = row.captures.get(arg.name)?.wordClass;
        const map = cls ? values.get(cls) : undefined;
        if (!map) throw new Error(`${row.where}: <${cls}> gives its words no property (write word=property in words.tsv)`);
        for (const [word, value] of map) {
          const property = value.literal.split('/')[arg.field - 1]?.replace(/^\^/, '');
          if (!property || ![...PROPERTY_NAMES, 'when'].includes(property)) throw new Error(`${lang}/lexicon/words.tsv: ${word}=${value.literal} gives no property as field ${arg.field}`);
        }
      }
    }
  }
  found = { lang, words, values, lists, rows };
  loaded.set(lang, found);
  return found;
}

/** The words of a class of a language's `words.tsv` (none when it has no such class). */
export function wordList(lang: string, cls: string): readonly string[] {
  return patternsFor(lang).lists.get(cls) ?? [];
}
