/**
 * What test/project/noArticleText.test.ts looks for: the names and dates a gold set (../shared/devset,
 * ../shared/realset) names, in every form the code or a fixture could hold them, and where they occur in a
 * tree of files (with file and line). Pure functions over text, so that the check itself is tested.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { GoldRow } from '../../scripts/devsetScore';
import { simplify, traditionalize } from '../../src/extract/text/chineseVariants';

/** A string to look for: `pattern` decides where it matches, `why` says which gold row it comes from. */
export interface Needle {
  text: string;
  pattern: RegExp;
  why: string;
}

export interface ScannedFile {
  /** Relative to the project root, with `/`. */
  file: string;
  text: string;
}

/** Which columns of a gold row of each kind are names (a `number` row names nothing). */
const NAME_COLUMNS: Record<string, Array<'a' | 'b'>> = {
  person: ['a'], org: ['a'], place: ['a'], event: ['a'], joined: ['a', 'b'], 'not-joined': ['a', 'b'],
  dated: ['a'], name: ['a'], 'not-name': ['a'], 'not-person': ['a'], 'not-org': ['a'],
};

/** Kinds whose `a` only says what something is not: a post title, a discipline, an animal, a product. */
const NOT_A_THING = new Set(['not-person', 'not-org']);

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A needle that does not match inside a longer Latin word or number (`BYD` in `BYDX`, `6月1日` in `16月1日`). */
function needle(text: string, why: string): Needle {
  const before = /^[A-Za-z0-9]/.test(text) ? '(?<![A-Za-z0-9])' : '';
  const after = /[A-Za-z0-9]$/.test(text) ? '(?![A-Za-z0-9])' : '';
  return { text, pattern: new RegExp(`${before}${escape(text)}${after}`), why };
}

/** A name as written, in Simplified and in Traditional script (the project's own opencc adapter). */
export function scriptForms(name: string): string[] {
  return [...new Set([name, simplify(name), traditionalize(name)])];
}

export interface GoldNames {
  /** Every name of two characters or more the gold names, in both scripts. */
  needles: Needle[];
  /** Words the gold names only to say that a thing is not a person or an organisation: general words, not checked. */
  generalWords: string[];
}

/**
 * The names of a gold set: the columns of NAME_COLUMNS, in both scripts, two characters or more, except the
 * names `exempt` accepts (states) and the general words of `not-person`/`not-org` rows (a word the gold names
 * only there is a title, a discipline, an animal or a product that a rule could take for a person or a body).
 */
export function goldNames(rows: GoldRow[], exempt: (form: string) => boolean = () => false): GoldNames {
  const kindsOf = new Map<string, Set<string>>();
  const firstRow = new Map<string, GoldRow>();
  for (const row of rows) {
    for (const column of NAME_COLUMNS[row.kind] ?? []) {
      const name = row[column];
      if ([...name].length < 2) continue;
      if (!kindsOf.has(name)) kindsOf.set(name, new Set());
      kindsOf.get(name)!.add(row.kind);
      if (!firstRow.has(name)) firstRow.set(name, row);
    }
  }
  const needles: Needle[] = [];
  const generalWords: string[] = [];
  for (const [name, kinds] of kindsOf) {
    if ([...kinds].every((k) => NOT_A_THING.has(k))) {
      generalWords.push(name);
      continue;
    }
    const forms = scriptForms(name);
    if (forms.some(exempt)) continue;
    const row = firstRow.get(name)!;
    for (const form of forms) needles.push(needle(form, `${row.id} ${row.kind} ${name}`));
  }
  return { needles, generalWords };
}

export interface DateForms {
  /** A full date: ISO (`1999-01-02`), as zhwiki writes it (`1999年1月2日`), as a date template's arguments (`1999|1|2`). */
  full: Needle[];
  /** A month and day as articles write them when the year is in the paragraph (`1月2日`), for full dates only. */
  monthDay: Needle[];
  /** A year and month (`1999-01`, `1999年1月`), from the gold's month-precision dates. */
  yearMonth: Needle[];
}

/** The dates of a gold set's `dated` rows in the forms of DateForms; a bare year is too common a number to look for. */
export function goldDates(rows: GoldRow[]): DateForms {
  const forms: DateForms = { full: [], monthDay: [], yearMonth: [] };
  for (const row of rows.filter((r) => r.kind === 'dated')) {
    const why = `${row.id} dated ${row.b}`;
    const full = /^(\d{4})-(\d\d)-(\d\d)$/.exec(row.b);
    if (full) {
      const [, y, mm, dd] = full;
      const [m, d] = [Number(mm), Number(dd)];
      forms.full.push(needle(row.b, why), needle(`${y}年${m}月${d}日`, why), needle(`${y}|${m}|${d}`, why));
      if (mm !== String(m) || dd !== String(d)) forms.full.push(needle(`${y}|${mm}|${dd}`, why));
      forms.monthDay.push(needle(`${m}月${d}日`, why));
      continue;
    }
    const month = /^(\d{4})-(\d\d)$/.exec(row.b);
    if (month) forms.yearMonth.push(needle(row.b, why), needle(`${month[1]}年${Number(month[2])}月`, why));
  }
  return forms;
}

/** Every full date a folder of articles writes (`1999年1月2日`), as needles. */
export function writtenDates(articles: string): Needle[] {
  const dates = new Map<string, string>();
  for (const file of fs.readdirSync(articles).sort()) {
    for (const date of fs.readFileSync(path.join(articles, file), 'utf8').match(/\d{4}年\d{1,2}月\d{1,2}日/g) ?? []) {
      if (!dates.has(date)) dates.set(date, `written in ${file}`);
    }
  }
  return [...dates].map(([date, why]) => needle(date, why));
}

/** Where the needles occur: `file:line: text (why)`, one per line and needle, whatever the line is (code, comment, data). */
export function findHits(files: ScannedFile[], needles: Needle[], allow: (file: ScannedFile, line: string, needle: Needle) => boolean = () => false): string[] {
  const hits: string[] = [];
  for (const file of files) {
    const candidates = needles.filter((n) => file.text.includes(n.text));
    if (candidates.length === 0) continue;
    file.text.split('\n').forEach((line, i) => {
      for (const n of candidates) {
        if (line.includes(n.text) && n.pattern.test(line) && !allow(file, line, n)) hits.push(`${file.file}:${i + 1}: ${n.text} (${n.why})`);
      }
    });
  }
  return [...new Set(hits)];
}

/** Every file under `dir` (relative to `root`), except those `skip` names. */
export function filesUnder(root: string, dir: string, skip: (file: string) => boolean = () => false): ScannedFile[] {
  const walk = (d: string): string[] =>
    fs.readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(d, e.name)) : [path.join(d, e.name)]));
  if (!fs.existsSync(path.join(root, dir))) return [];
  return walk(path.join(root, dir))
    .map((f) => path.relative(root, f).split(path.sep).join('/'))
    .filter((f) => !skip(f))
    .sort()
    .map((file) => ({ file, text: fs.readFileSync(path.join(root, file), 'utf8') }));
}

/** A line of wikitext: a link, a template, bold or a table. In a test file that is a fixture. */
export const isWikitextLine = (line: string): boolean => /\[\[|\]\]|\{\{|\}\}|'''|\{\||\|\}|<ref/.test(line);

/**
 * Whether a test file opens pages of a gold set by title, and so may assert what those pages hold: it imports
 * `realArticle` from test/parse/realset.ts (real set), or names a page's path
 * (`shared/realset/articles/T.wiki`, `shared/devset/articles/T.wiki`).
 */
export function opensPages(file: ScannedFile, set: 'dev' | 'real'): boolean {
  const folder = set === 'dev' ? 'devset' : 'realset';
  if (new RegExp(`shared/${folder}/articles/[^'"\`\\s]+\\.wiki`).test(file.text)) return true;
  if (set !== 'real') return false;
  for (const m of file.text.matchAll(/import\s*\{([^}]*)\}\s*from\s*'([^']+)'/g)) {
    const target = path.posix.normalize(path.posix.join(path.posix.dirname(file.file), m[2]));
    if (target === 'test/parse/realset' && /\brealArticle\b/.test(m[1])) return true;
  }
  return false;
}
