/**
 * The gold sets as numbers: the development set (`../shared/devset`: 12 articles, `gold.tsv`, `score.js`) and
 * the real set (`../shared/realset`: 14 real zhwiki articles and `gold.tsv`, scored by the dev set's `score.js
 * --gold`). Runs the scorer on an output directory and reads what it prints into counts per kind and per
 * article and the failing rows. Used by `npm run quality` (scripts/quality.ts), test/project/devset.test.ts and
 * test/project/realset.test.ts; it imports nothing from src/, so it only depends on the scorer's output format
 * (`ok|fail<TAB>article<TAB>id<TAB>kind<TAB>a<TAB>b` rows and the closing
 * `devset: held N/M (P%) — positives X/Y, negatives Z/W`, whatever the set).
 */
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

/** The project root: the directory of wikikg's package.json (this file runs from scripts/ and dist/scripts/). */
export const ROOT = (() => {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (fs.existsSync(manifest) && (JSON.parse(fs.readFileSync(manifest, 'utf8')) as { name?: string }).name === 'wikikg') return dir;
    if (path.dirname(dir) === dir) throw new Error(`cannot find the wikikg package root above ${__dirname}`);
  }
})();

/** Where the dev set lives by default: next to the repository. */
export const DEFAULT_DEVSET = path.resolve(ROOT, '..', 'shared', 'devset');
/** Where the real set lives by default: next to the repository. */
export const DEFAULT_REALSET = path.resolve(ROOT, '..', 'shared', 'realset');

/** The share of positive rows that must hold, in either set; every negative row must hold too. */
export const GOLD_BAR = 0.85;

/** The positive kinds the scorer knows, in report order. */
export const POSITIVE_KINDS = ['person', 'org', 'place', 'event', 'joined', 'dated', 'number', 'name'] as const;
/** The negative kinds: a row holds when its fact is absent. */
export const NEGATIVE_KINDS = ['not-joined', 'not-person', 'not-org', 'not-name'] as const;
export const KINDS = [...POSITIVE_KINDS, ...NEGATIVE_KINDS] as const;

/** Whether rows of `kind` are negatives: the scorer's own rule (`not-` kinds), so that its totals and ours agree. */
export const isNegative = (kind: string): boolean => kind.startsWith('not-');

export interface Tally {
  held: number;
  total: number;
}

/** One gold row as the scorer reported it; `why` is its --verbose explanation, if any. */
export interface ScoredRow {
  held: boolean;
  article: string;
  id: string;
  kind: string;
  a: string;
  b: string;
  why: string;
}

export interface GoldScore {
  positives: Tally;
  negatives: Tally;
  /** Every kind of KINDS (0/0 when the set has none), then any other kind the scorer reported. */
  byKind: Record<string, Tally>;
  byArticle: Record<string, Tally>;
  failures: ScoredRow[];
  rows: ScoredRow[];
  /** Negatives that held only because one of their names is absent from the graph. */
  vacuous: number;
  /** The scorer's other `devset:` lines that are not counts (files it could not load, queries that failed). */
  messages: string[];
}

/** One row of gold.tsv. */
export interface GoldRow {
  article: string;
  id: string;
  kind: string;
  a: string;
  b: string;
  note: string;
}

/** A gold set's files: its articles, its gold rows and the scorer that reads them, and which are missing. */
export interface GoldSet {
  name: 'dev' | 'real';
  dir: string;
  articles: string;
  gold: string;
  scorer: string;
  /** The files above that do not exist. */
  missing: string[];
  present: boolean;
}

function goldSet(name: GoldSet['name'], dir: string, scorer: string): GoldSet {
  const files = { articles: path.join(dir, 'articles'), gold: path.join(dir, 'gold.tsv'), scorer };
  const missing = Object.values(files).filter((f) => !fs.existsSync(f));
  return { name, dir, ...files, missing, present: missing.length === 0 };
}

/** The dev set: DIR/articles, DIR/gold.tsv and its own scorer DIR/score.js. */
export function devsetFiles(devset = DEFAULT_DEVSET): GoldSet {
  return goldSet('dev', devset, path.join(devset, 'score.js'));
}

/** The real set: DIR/articles and DIR/gold.tsv, scored by the dev set's score.js (`--gold DIR/gold.tsv`). */
export function realsetFiles(realset = DEFAULT_REALSET, devset = DEFAULT_DEVSET): GoldSet {
  return goldSet('real', realset, path.join(devset, 'score.js'));
}

/** The rows of a gold.tsv file (same reading as the scorer's). */
export function readGold(goldFile: string): GoldRow[] {
  const [header, ...lines] = fs.readFileSync(goldFile, 'utf8').split('\n').filter((l) => l.trim() !== '');
  const cols = header.split('\t');
  return lines.map((line) => {
    const cells = line.split('\t');
    return Object.fromEntries(cols.map((c, i) => [c, (cells[i] ?? '').trim()])) as unknown as GoldRow;
  });
}

const SUMMARY = /^devset: held (\d+)\/(\d+) \(\d+%\) \S+ positives (\d+)\/(\d+), negatives (\d+)\/(\d+)$/;
const VACUOUS = /^devset: (\d+) of the \d+ negatives held only because a name is absent$/;
const ARTICLE_COUNT = /^devset: (.+): (\d+)\/(\d+)$/;
const RDF_COUNT = /^devset: \d+ RDF files, \d+ quads, \d+ gold rows$/;

/** Reads the output of `score.js OUT --verbose [--gold FILE]`; throws when it does not look like the scorer's output. */
export function parseScorerOutput(stdout: string): GoldScore {
  const rows: ScoredRow[] = [];
  const messages: string[] = [];
  let summary: RegExpExecArray | null = null;
  let vacuous = 0;
  for (const line of stdout.split('\n').map((l) => l.replace(/\r$/, ''))) {
    if (line === '') continue;
    const cells = line.split('\t');
    if ((cells[0] === 'ok' || cells[0] === 'fail') && cells.length >= 6) {
      const [status, article, id, kind, a, b, why = ''] = cells;
      rows.push({ held: status === 'ok', article, id, kind, a, b, why });
      continue;
    }
    const m = SUMMARY.exec(line);
    if (m) summary = m;
    else if (VACUOUS.test(line)) vacuous = Number(VACUOUS.exec(line)![1]);
    else if (!ARTICLE_COUNT.test(line) && !RDF_COUNT.test(line)) messages.push(line);
  }
  if (!summary) throw new Error('the scorer printed no "devset: held N/M … positives X/Y, negatives Z/W" line');

  const tally = (list: ScoredRow[]): Tally => ({ held: list.filter((r) => r.held).length, total: list.length });
  const byKind: Record<string, Tally> = {};
  for (const kind of [...KINDS, ...rows.map((r) => r.kind)]) byKind[kind] ??= tally(rows.filter((r) => r.kind === kind));
  const byArticle: Record<string, Tally> = {};
  for (const article of rows.map((r) => r.article)) byArticle[article] ??= tally(rows.filter((r) => r.article === article));
  const positives = tally(rows.filter((r) => !isNegative(r.kind)));
  const negatives = tally(rows.filter((r) => isNegative(r.kind)));

  const [, , , posHeld, pos, negHeld, neg] = summary.map(Number);
  if (positives.held !== posHeld || positives.total !== pos || negatives.held !== negHeld || negatives.total !== neg) {
    throw new Error(`the scorer's rows (positives ${positives.held}/${positives.total}, negatives ${negatives.held}/${negatives.total}) disagree with its summary line "${summary[0]}"; was it run with --verbose?`);
  }
  return { positives, negatives, byKind, byArticle, failures: rows.filter((r) => !r.held), rows, vacuous, messages };
}

/** Runs the set's scorer on `out` against the set's gold (from the project root, where oxigraph is) and reads its verdict. */
export function scoreSet({ set, out }: { set: GoldSet; out: string }): GoldScore {
  const stdout = execFileSync(process.execPath, [set.scorer, out, '--verbose', '--gold', set.gold], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return parseScorerOutput(stdout);
}

/** Builds a folder of articles into `out` with the compiled CLI (bin/wikikg.js); an error names what failed. */
export function buildWithCli({ articles, out }: { articles: string; out: string }): void {
  const run = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'wikikg.js'), 'build', articles, '--out', out], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0) {
    const last = `${run.stderr ?? ''}`.trim().split('\n').pop() || run.error?.message || `signal ${run.signal}`;
    throw new Error(`the build of ${articles} failed (exit ${run.status}): ${last}`);
  }
}

/** What keeps a score below the bar: too few positives, or any negative that fails. Empty when it passes. */
export function barProblems(score: GoldScore, bar = GOLD_BAR): string[] {
  const problems: string[] = [];
  const { held, total } = score.positives;
  if (total === 0) problems.push('no positive row was scored');
  else if (held < bar * total) problems.push(`positives ${held}/${total} (${percent(held, total)}) are below ${Math.round(bar * 100)}%`);
  if (score.negatives.held < score.negatives.total) problems.push(`${score.negatives.total - score.negatives.held} negative row(s) fail`);
  return problems;
}

export function percent(held: number, total: number): string {
  return total === 0 ? '–' : `${Math.round((held / total) * 100)}%`;
}

/** A failing row as the scorer writes it (without the `fail` column). */
export function formatRow(r: ScoredRow): string {
  return [r.article, r.id, r.kind, r.a, r.b].join('\t') + (r.why ? `\t${r.why}` : '');
}
