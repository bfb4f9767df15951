/**
 * `npm run quality`: builds the gold sets (the dev set ../shared/devset and the real set ../shared/realset) into
 * fresh temporary directories with the project's own CLI, scores each with the dev set's scorer and prints the
 * score per kind and per article, the totals and the failing rows; then builds the corpus
 * (../shared/corpus/articles) and reports its prose yield per language (or, with --json, one JSON object with
 * all of it). Method: docs/QUALITY.md.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { barProblems, buildWithCli, DEFAULT_DEVSET, DEFAULT_REALSET, devsetFiles, formatRow, GOLD_BAR, isNegative, KINDS, percent, realsetFiles, ROOT, scoreSet, type GoldScore, type GoldSet, type Tally } from './devsetScore';
import { LANGUAGE_GROUPS, NAMED_GROUPS, NOT_PROSE, readBuild, summariseYield, type CorpusYield } from './corpusYield';

const DEFAULT_CORPUS = path.resolve(ROOT, '..', 'shared', 'corpus', 'articles');
const shown = (dir: string) => path.relative(process.cwd(), dir) || '.';

const USAGE = `usage: npm run quality -- [--set dev|real|all] [--devset DIR] [--realset DIR] [--corpus DIR | --no-corpus] [--json]

Builds each gold set's articles with bin/wikikg.js into a temporary directory, scores them with the dev set's
scorer (score.js --verbose --gold GOLD) and prints the score per kind and per article, the totals and the
failing rows; then builds the corpus the same way and prints its prose yield per language (articles, prose
facts per article, the share of articles with none).

  --set SET      dev, real or all (default all)
  --devset DIR   the dev set (articles/, gold.tsv, score.js); default ${shown(DEFAULT_DEVSET)}
  --realset DIR  the real set (articles/, gold.tsv; scored by the dev set's score.js); default ${shown(DEFAULT_REALSET)}
  --corpus DIR   the folder of articles whose prose yield is measured; default ${shown(DEFAULT_CORPUS)}
  --no-corpus    skip the corpus (its build takes about a minute)
  --json         print one JSON object instead of the tables
  --help         this text

Exit status: 0 when scored (whatever the score), 1 when a set or the corpus is missing or a build or the
scorer fails, 2 on a usage error.
`;

interface Options {
  set: 'dev' | 'real' | 'all';
  devset: string;
  realset: string;
  corpus: string | null;
  json: boolean;
  help: boolean;
}

function parseArgs(argv: string[]): Options | string {
  const options: Options = { set: 'all', devset: DEFAULT_DEVSET, realset: DEFAULT_REALSET, corpus: DEFAULT_CORPUS, json: false, help: false };
  let noCorpus = false;
  let corpusGiven = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string | undefined => inline ?? argv[++i];
    if (arg === '--help' || arg === '-h') options.help = true;
    else if (arg === '--json') options.json = true;
    else if (arg === '--no-corpus') noCorpus = true;
    else if (name === '--set') {
      const set = value();
      if (set !== 'dev' && set !== 'real' && set !== 'all') return `--set needs dev, real or all${set ? `, not ${set}` : ''}`;
      options.set = set;
    } else if (name === '--devset' || name === '--realset' || name === '--corpus') {
      const dir = value();
      if (!dir || dir.startsWith('--')) return `${name} needs a directory`;
      if (name === '--corpus') corpusGiven = true;
      options[name.slice(2) as 'devset' | 'realset' | 'corpus'] = path.resolve(dir);
    } else return `unknown argument ${arg}`;
  }
  if (noCorpus && corpusGiven) return '--corpus and --no-corpus contradict each other';
  if (noCorpus) options.corpus = null;
  return options;
}

const cell = (t: Tally): string => `${t.held}/${t.total}`;

function table(title: string, rows: Array<[string, Tally]>): string {
  const lines = [`| ${title} | held | % |`, '|---|---:|---:|'];
  for (const [name, t] of rows) lines.push(`| ${name} | ${cell(t)} | ${percent(t.held, t.total)} |`);
  return lines.join('\n');
}

const SET_TITLE = { dev: 'dev set', real: 'real set' } as const;
const SET_TEST = { dev: 'test/project/devset.test.ts', real: 'test/project/realset.test.ts' } as const;

function setReport(set: GoldSet, score: GoldScore): string {
  // kinds the set has, in the scorer's order, then any kind this reader does not list
  const kinds: Array<[string, Tally]> = [...KINDS, ...Object.keys(score.byKind).filter((k) => !(KINDS as readonly string[]).includes(k))]
    .filter((k) => score.byKind[k].total > 0)
    .map((k) => [isNegative(k) ? `negatives (${k})` : k, score.byKind[k]]);
  const problems = barProblems(score);
  const out = [
    `${SET_TITLE[set.name]}: ${set.dir}`,
    '',
    table('kind', kinds),
    '',
    table('article', Object.entries(score.byArticle)),
    '',
    `positives ${cell(score.positives)} (${percent(score.positives.held, score.positives.total)}), negatives ${cell(score.negatives)} (${percent(score.negatives.held, score.negatives.total)})` +
      (score.vacuous ? `; ${score.vacuous} negative(s) held only because a name is absent` : ''),
    `bar (${SET_TEST[set.name]}): positives ≥ ${Math.round(GOLD_BAR * 100)}% and every negative: ${problems.length ? `not met (${problems.join('; ')})` : 'met'}`,
    ...score.messages.map((m) => `scorer: ${m}`),
    '',
    `failing rows (${score.failures.length}):`,
    ...score.failures.map((r) => `  ${formatRow(r)}`),
  ];
  return `${out.join('\n')}\n`;
}

function corpusReport(corpus: string, y: CorpusYield): string {
  const lines = [
    `corpus: ${corpus}`,
    `prose facts: statements whose rule starts with none of ${NOT_PROSE.join(' ')}`,
    '',
    '| language | articles | prose facts | per article | with none |',
    '|---|---:|---:|---:|---:|',
  ];
  for (const [group, g] of Object.entries(y.byLanguage)) {
    const name = group === 'all' ? '**all**' : group === NAMED_GROUPS ? `*${group}*` : group === 'other' ? `other (not ${LANGUAGE_GROUPS.join(', ')})` : group;
    lines.push(`| ${name} | ${g.articles} | ${g.proseFacts} | ${g.perArticle.toFixed(2)} | ${g.withoutProse} (${percent(g.withoutProse, g.articles)}) |`);
  }
  const rules = Object.entries(y.byLanguage.all.byRule);
  lines.push('', `prose facts by rule (${rules.length}): ${rules.map(([r, n]) => `${r} ${n}`).join(', ') || 'none'}`);
  return `${lines.join('\n')}\n`;
}

/** Runs `work` with a fresh temporary directory, removed afterwards. */
function withTemp<T>(prefix: string, work: (dir: string) => T): T {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  try {
    return work(dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const firstLine = (error: unknown): string => String((error as Error).message ?? error).split('\n')[0];
const progress = (text: string): void => {
  if (process.stderr.isTTY) process.stderr.write(`quality: ${text}\n`);
};

function main(argv: string[]): number {
  const options = parseArgs(argv);
  if (typeof options === 'string') {
    process.stderr.write(`quality: ${options} (npm run quality -- --help)\n`);
    return 2;
  }
  if (options.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  // Everything asked for must be there before anything is built.
  const sets: GoldSet[] = [];
  if (options.set !== 'real') sets.push(devsetFiles(options.devset));
  if (options.set !== 'dev') sets.push(realsetFiles(options.realset, options.devset));
  for (const set of sets) {
    if (!set.present) {
      process.stderr.write(`quality: no ${SET_TITLE[set.name]} at ${set.dir}: missing ${set.missing.join(', ')}\n`);
      return 1;
    }
  }
  if (options.corpus !== null && !(fs.existsSync(options.corpus) && fs.statSync(options.corpus).isDirectory())) {
    process.stderr.write(`quality: no corpus at ${options.corpus} (a folder of articles; --no-corpus skips it)\n`);
    return 1;
  }

  const scores: Array<{ set: GoldSet; score: GoldScore }> = [];
  for (const set of sets) {
    progress(`building and scoring the ${SET_TITLE[set.name]}`);
    const result = withTemp(`wikikg-quality-${set.name}-`, (out): GoldScore | string => {
      try {
        buildWithCli({ articles: set.articles, out });
      } catch (error) {
        return firstLine(error);
      }
      try {
        return scoreSet({ set, out });
      } catch (error) {
        return `the scorer failed on the ${SET_TITLE[set.name]}: ${firstLine(error)}`;
      }
    });
    if (typeof result === 'string') {
      process.stderr.write(`quality: ${result}\n`);
      return 1;
    }
    scores.push({ set, score: result });
  }

  let corpusYield: CorpusYield | null = null;
  if (options.corpus !== null) {
    const corpus = options.corpus;
    progress(`building the corpus ${corpus} (about a minute)`);
    const result = withTemp('wikikg-quality-corpus-', (out): CorpusYield | string => {
      try {
        buildWithCli({ articles: corpus, out });
      } catch (error) {
        return firstLine(error);
      }
      try {
        return summariseYield(readBuild(out));
      } catch (error) {
        return `cannot read the corpus build: ${firstLine(error)}`;
      }
    });
    if (typeof result === 'string') {
      process.stderr.write(`quality: ${result}\n`);
      return 1;
    }
    corpusYield = result;
  }

  if (options.json) {
    const json = {
      bar: GOLD_BAR,
      sets: Object.fromEntries(
        scores.map(({ set, score }) => {
          const { rows: _rows, ...summary } = score;
          return [set.name, { dir: set.dir, gold: set.gold, barProblems: barProblems(score), ...summary }];
        }),
      ),
      corpus: corpusYield && { dir: options.corpus, notProse: NOT_PROSE, ...corpusYield },
    };
    process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
  } else {
    const parts = scores.map(({ set, score }) => setReport(set, score));
    if (corpusYield) parts.push(corpusReport(options.corpus!, corpusYield));
    process.stdout.write(parts.join('\n'));
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2));
