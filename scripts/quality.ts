/**
 * `npm run quality`: builds the development set (../shared/devset) into a fresh temporary directory with the
 * project's own CLI, scores it with the dev set's scorer and prints the score per kind and per article, the
 * totals and the failing rows (or, with --json, one JSON summary). Method: docs/QUALITY.md.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { barProblems, buildWithCli, DEFAULT_DEVSET, GOLD_BAR, devsetFiles, formatRow, isNegative, KINDS, percent, scoreSet, type GoldScore, type Tally } from './devsetScore';

const USAGE = `usage: npm run quality -- [--devset DIR] [--json]

Builds the dev set's articles with bin/wikikg.js into a temporary directory, runs the dev set's scorer
(DIR/score.js --verbose) and prints the score per kind and per article, the totals and the failing rows.

  --devset DIR  the dev set (articles/, gold.tsv, score.js); default ${path.relative(process.cwd(), DEFAULT_DEVSET) || '.'}
  --json        print one JSON object instead of the tables
  --help        this text

Exit status: 0 when scored (whatever the score), 1 when the dev set is missing or the build or scorer fails,
2 on a usage error.
`;

interface Options {
  devset: string;
  json: boolean;
  help: boolean;
}

function parseArgs(argv: string[]): Options | string {
  const options: Options = { devset: DEFAULT_DEVSET, json: false, help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') options.help = true;
    else if (arg === '--json') options.json = true;
    else if (arg === '--devset' || arg.startsWith('--devset=')) {
      const value = arg === '--devset' ? argv[++i] : arg.slice('--devset='.length);
      if (!value) return '--devset needs a directory';
      options.devset = path.resolve(value);
    } else return `unknown argument ${arg}`;
  }
  return options;
}

const cell = (t: Tally): string => `${t.held}/${t.total}`;

function table(title: string, rows: Array<[string, Tally]>): string {
  const lines = [`| ${title} | held | % |`, '|---|---:|---:|'];
  for (const [name, t] of rows) lines.push(`| ${name} | ${cell(t)} | ${percent(t.held, t.total)} |`);
  return lines.join('\n');
}

function report(score: GoldScore, devset: string): string {
  const kinds: Array<[string, Tally]> = KINDS.filter((k) => score.byKind[k].total > 0).map((k) => [isNegative(k) ? `negatives (${k})` : k, score.byKind[k]]);
  for (const [k, t] of Object.entries(score.byKind)) if (!(KINDS as readonly string[]).includes(k)) kinds.push([k, t]);
  const problems = barProblems(score);
  const out = [
    `dev set: ${devset}`,
    '',
    table('kind', kinds),
    '',
    table('article', Object.entries(score.byArticle)),
    '',
    `positives ${cell(score.positives)} (${percent(score.positives.held, score.positives.total)}), negatives ${cell(score.negatives)} (${percent(score.negatives.held, score.negatives.total)})` +
      (score.vacuous ? `; ${score.vacuous} negative(s) held only because a name is absent` : ''),
    `bar (test/project/devset.test.ts): positives ≥ ${Math.round(GOLD_BAR * 100)}% and every negative: ${problems.length ? `not met (${problems.join('; ')})` : 'met'}`,
    ...score.messages.map((m) => `scorer: ${m}`),
    '',
    `failing rows (${score.failures.length}):`,
    ...score.failures.map((r) => `  ${formatRow(r)}`),
  ];
  return `${out.join('\n')}\n`;
}

function main(argv: string[]): number {
  const options = parseArgs(argv);
  if (typeof options === 'string') {
    process.stderr.write(`quality: ${options}\n${USAGE}`);
    return 2;
  }
  if (options.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const files = devsetFiles(options.devset);
  if (!files.present) {
    process.stderr.write(`quality: no dev set at ${options.devset} (it needs articles/, gold.tsv and score.js)\n`);
    return 1;
  }
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'wikikg-quality-'));
  try {
    try {
      buildWithCli({ articles: files.articles, out });
    } catch (error) {
      process.stderr.write(`quality: ${(error as Error).message}\n`);
      return 1;
    }
    let score: GoldScore;
    try {
      score = scoreSet({ set: files, out });
    } catch (error) {
      process.stderr.write(`quality: the scorer failed: ${String((error as Error).message).split('\n')[0]}\n`);
      return 1;
    }
    if (options.json) {
      const { rows: _rows, ...summary } = score;
      process.stdout.write(`${JSON.stringify({ devset: options.devset, bar: GOLD_BAR, barProblems: barProblems(score), ...summary }, null, 2)}\n`);
    } else process.stdout.write(report(score, options.devset));
    return 0;
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
}

process.exitCode = main(process.argv.slice(2));
