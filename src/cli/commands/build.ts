/**
 * `wikikg build`: wikitext files and MediaWiki XML dumps in, RDF out: one Turtle file per article under
 * `{lang}/` (or one N-Quads stream per input), plus `manifest.tsv`. A build of the inputs the folder
 * records (`inputs.tsv`) removes the files and rows of articles no longer in them (`batch/prune.ts`;
 * `--prune`, `--no-prune`). The build streams (see
 * `batch/build.ts`): each article is written as soon as it is built, atomically, on every core
 * (`--jobs`). Every wikitext input is checked before anything is built, so a bad one changes nothing.
 * Diagnostics about the wikitext are reported but do not fail the build. An article whose build fails
 * inside wikikg (`internal-error`) does not stop the batch: the others are written, that one is not, and
 * the command exits 1 so scripts notice. An article over its budget in a worker thread (`--article-timeout`,
 * `--article-memory`) is skipped with a note and counted, as a dump's page over `--max-bytes` is: exit 0. SIGINT and SIGTERM stop it at once, even inside a long article
 * (its worker thread is terminated, the article named as not written); a second signal ends the process.
 * Every file is whole, the manifest says what was written, and the exit code is 130 or 143.
 */
import * as os from 'os';
import * as path from 'path';
import { DEFAULT_BASE } from '../../graph/vocab';
import type { ArticleSource, Diagnostic } from '../../parse/model';
import type { ArticleResult } from '../../pipeline';
import { safeFileName } from '../../source/fileNames';
import { DEFAULT_MAX_BYTES, readArticleBytes, titleFromFileName } from '../../source/readArticle';
import { normaliseTitle } from '../../site/titles';
import type { RepeatedTitles } from '../../batch/duplicates';
import { planInputs, type PlannedInput, type ReadInputsOptions } from '../../source/readInputs';
import type { SiteIndex } from '../../site/siteIndex';
import type { BatchSummary, Shard } from '../../batch/build';
import { DEFAULT_BUDGET, type ArticleBudget } from '../../batch/runner';
import { articlePath, graphSyntax, isStreamFormat, OUTPUT_FORMATS, prepareOutputFolder, removeStaleTemporaries, streamPath, type OutputFormat } from '../../batch/output';
import type { ParsedArgs } from '../args';
import type { Command } from '../command';
import { CommandError, EXIT, UsageError } from '../errors';
import { resolveIn, type CliIo } from '../io';

const DEFAULT_INPUT = 'seeds/';

/** The `build` command. */
export const buildCommand: Command = {
  spec: {
    name: 'build',
    summary: 'Build an RDF graph for each wikitext article (Turtle files or N-Quads streams)',
    operands: '[FILE|DIR ...]',
    operandHelp: [
      `FILE|DIR ...  .wiki/.txt files, MediaWiki XML dumps (.xml, .xml.bz2), or folders searched for them`,
      `              (default: ${DEFAULT_INPUT}); - reads stdin`,
    ],
    minOperands: 0,
    maxOperands: Infinity,
    options: [
      {
        name: 'out',
        short: 'o',
        value: 'DIR',
        default: 'output/',
        description: 'Folder for {lang}/<name>.ttl and manifest.tsv; - prints the graphs to stdout',
      },
      { name: 'format', short: 'f', value: 'FORMAT', choices: OUTPUT_FORMATS, default: 'ttl', description: 'ttl(.gz): a file per article; nq(.gz): a stream per input, a named graph per article' },
      { name: 'jobs', short: 'j', value: 'N', defaultHelp: 'the number of cores', description: 'Articles built at once, each in a worker thread; 0 builds in this thread, for a debugger or a profiler (as is a single article)' },
      { name: 'shard', value: 'I/N', description: 'Build only the I-th of N parts of the articles (0 <= I < N), by a hash of each title' },
      { name: 'force', description: 'Rebuild every article, even those the manifest says are unchanged' },
      {
        name: 'prune',
        description: "Remove the files and manifest rows of articles no longer in the inputs (the default when DIR/inputs.tsv records these same inputs, but never in a shard; with --shard, only that shard's)",
      },
      { name: 'no-prune', description: 'Keep the files and manifest rows of articles no longer in the inputs' },
      { name: 'base', value: 'IRI', defaultHelp: DEFAULT_BASE, description: 'Base IRI for minted resources, ending in / or #' },
      { name: 'title', value: 'TITLE', defaultHelp: 'file name, _ as space', description: 'Page title (one input file only)' },
      { name: 'link', description: 'Link entities to Wikidata items from the link cache (offline; see wikikg link)' },
      { name: 'lang', value: 'CODE', defaultHelp: "a dump's header, a folder like zh/, else the script", description: 'Wiki language code' },
      {
        name: 'article-timeout',
        value: 'SECONDS',
        default: String(DEFAULT_BUDGET.seconds),
        description: 'An article that takes longer is skipped with a note (its worker thread is stopped and replaced); in worker threads only, not with --jobs 0 or for a single file',
      },
      {
        name: 'article-memory',
        value: 'MB',
        default: String(DEFAULT_BUDGET.memoryMb),
        description: "An article whose worker's heap (young and old generations) outgrows this is skipped with a note; in worker threads only, as --article-timeout",
      },
      { name: 'max-bytes', value: 'N', defaultHelp: String(DEFAULT_MAX_BYTES), description: 'Largest article accepted, in bytes' },
      { name: 'page', value: 'FILE', repeatable: true, description: "A wiki's page table (SQL dump, {wiki}-latest-page.sql.gz): page ids of loose articles and of pages they link to" },
      { name: 'redirects', value: 'FILE|DIR', repeatable: true, description: "A wiki's redirect table (SQL dump, with --page), or an earlier build's folder (its site-index.tsv): links to redirects land on their targets" },
      { name: 'page-props', value: 'FILE', repeatable: true, description: "A wiki's page_props table (SQL dump): owl:sameAs wd:Q… for every page with a wikibase_item (page ids from a dump or --page)" },
      { name: 'langlinks', value: 'FILE', repeatable: true, description: "A wiki's langlinks table (SQL dump): owl:sameAs between each article and its pages in other editions" },
      { name: 'no-validate', description: 'Skip checking each graph against ontology/shapes.ttl (faster)' },
      { name: 'lint', description: "Also report wikitext syntax errors found by wikiparser-node's linter (slower)" },
    ],
    examples: [
      'wikikg build',
      'wikikg build articles/ --out graphs/ --jobs 4',
      'wikikg build zhwiki-pages-articles.xml.bz2 --format nq.gz --shard 0/8',
      'wikikg build page.wiki --title 中日經濟聯絡處 --lang zh',
      'wikikg build zhwiki-latest-pages-articles.xml.bz2 --page-props zhwiki-latest-page_props.sql.gz --langlinks zhwiki-latest-langlinks.sql.gz',
      'wikikg build articles/ --page zhwiki-latest-page.sql.gz --redirects zhwiki-latest-redirect.sql.gz --page-props zhwiki-latest-page_props.sql.gz',
    ],
  },
  run: runBuild,
};

async function runBuild(args: ParsedArgs, io: CliIo): Promise<number> {
  const started = Date.now();
  const options = checkOptions(args);
  const outArg = args.value('out')!;
  const toStdout = outArg === '-';
  if (toStdout && options.format.endsWith('.gz')) throw new UsageError('--out - prints text; a .gz format needs an output folder', 'build');
  const operands = args.operands.length > 0 ? args.operands : [DEFAULT_INPUT];
  const plan = await readSources(operands, options, io);
  checkTargets(plan, outArg, options.format);
  const outDir = toStdout ? undefined : resolveIn(io, outArg);
  if (outDir !== undefined) {
    try {
      prepareOutputFolder(outDir, outArg);
    } catch (error) {
      throw new CommandError((error as Error).message);
    }
    const removed = removeStaleTemporaries(outDir);
    if (removed > 0) io.stderr.write(`${outArg}: removed ${removed} temporary file${removed === 1 ? '' : 's'} left by an interrupted build\n`);
  }
  // Loaded here rather than at the top so that `--help` and input errors never pay for the whole pipeline.
  const { runBatch } = await import('../../batch/build');
  const { recordedInputs, STDIN_INPUT } = await import('../../batch/prune');
  // What the folder records as its inputs (see batch/prune.ts): the operands, not the files found in them,
  // so a folder of articles with one file deleted is the same input, and its article is pruned.
  const inputs = outDir === undefined ? undefined : operands[0] === '-' ? [STDIN_INPUT] : recordedInputs(operands.map((input) => resolveIn(io, input)), outDir);
  const { buildId } = await import('../../batch/fingerprint');
  const { ProgressLine } = await import('../../batch/progress');
  const progress = new ProgressLine(io.stderr as never);
  const verbose = args.has('verbose');
  const say = (line: string): void => {
    progress.clear();
    io.stderr.write(`${line}\n`);
  };
  const read = { lang: options.lang, title: options.title, cwd: io.cwd, maxBytes: options.maxBytes };
  const { RepeatedTitles } = await import('../../batch/duplicates');
  const repeated = new RepeatedTitles();
  const site = await indexInputs(plan, args, read, say, repeated);
  const settings = {
    format: graphSyntax(options.format),
    lint: args.has('lint'),
    link: args.has('link'),
    validate: !args.has('no-validate'),
    packageRoot: io.packageRoot,
    ...(options.base ? { base: options.base } : {}),
    site: site.data,
  };
  // The site index's fingerprint: an article's IRIs and links depend on every page of the build.
  const id = buildId({ base: options.base ?? DEFAULT_BASE, format: options.format, link: settings.link, lint: settings.lint, validate: settings.validate, site: site.fingerprint });
  const stop = new AbortController();
  // The first signal stops the build (a worker thread inside a long article is terminated); with
  // both listeners gone, a second signal has its default effect and ends the process at once, and the
  // manifest's journal still holds the rows of every whole file.
  const onSignal = (signal: NodeJS.Signals): void => {
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
    stop.abort(signal);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  let summary: BatchSummary;
  try {
    summary = await runBatch(
      plan,
      settings,
      {
        ...(outDir !== undefined ? { outDir } : {}),
        format: options.format,
        // A folder of n files needs at most n workers; one article is built in this thread, as is
        // everything with --jobs 0.
        jobs: Math.max(1, plan.every((input) => input.kind !== 'dump') ? Math.min(options.jobs, plan.length) : options.jobs),
        inProcess: options.jobs === 0 || (plan.length === 1 && plan[0].kind !== 'dump'),
        budget: options.budget,
        ...(options.shard ? { shard: options.shard } : {}),
        incremental: !args.has('force'),
        buildId: id,
        read,
        repeated,
        site,
        ...(inputs ? { inputs } : {}),
        ...(args.has('prune') ? { prune: true } : args.has('no-prune') ? { prune: false } : {}),
        signal: stop.signal,
      },
      {
        article: (result, index) => reportArticle(say, result, index, verbose),
        note: say,
        progress: (counts, position) => progress.update(counts, position),
        print: (data) => io.stdout.write(data),
      },
    );
  } catch (error) {
    progress.clear();
    if (error instanceof Error && error.name === 'SourceError') throw new CommandError(error.message);
    if (error instanceof Error && error.name === 'OutputWriteError') {
      const { file, kept } = error as Error & { file: string; kept: number };
      const where = path.join(outArg, file);
      throw new CommandError(
        `${error.message.replace(file, where)}; stopped, keeping ${plural(kept, 'article')} whose files are whole, listed in ${path.join(outArg, 'manifest.tsv')} (or its journal); the next build goes on from there`,
      );
    }
    throw error;
  } finally {
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
  }
  progress.clear();
  io.stderr.write(`${summaryLine(summary, (Date.now() - started) / 1000)}\n`);
  if (summary.interrupted) {
    const signal = String(stop.signal.reason);
    const { unfinished } = summary;
    if (unfinished.length > 0) {
      const shown = unfinished.slice(0, 5).join(', ') + (unfinished.length > 5 ? `, and ${unfinished.length - 5} more` : '');
      io.stderr.write(`wikikg: ${plural(unfinished.length, 'article')} read but not finished, not written: ${shown}\n`);
    }
    io.stderr.write(`wikikg: interrupted by ${signal}; every file written is whole, and ${outArg === '-' ? 'nothing else was printed' : `${outArg}manifest.tsv lists them`.replace(/([^/])manifest/, '$1/manifest')}\n`);
    return signal === 'SIGINT' ? 130 : 143;
  }
  return summary.failed > 0 ? EXIT.failure : EXIT.ok;
}

interface BuildOptions {
  base?: string;
  title?: string;
  lang?: string;
  maxBytes?: number;
  format: OutputFormat;
  jobs: number;
  shard?: Shard;
  budget: ArticleBudget;
}

/** Validates the options whose values have a shape (`--base`, `--lang`) and `--title`'s single input. */
function checkOptions(args: ParsedArgs): BuildOptions {
  const base = args.value('base');
  if (base !== undefined && !isBaseIri(base)) {
    throw new UsageError(`--base must be an absolute IRI ending in / or # (got '${base}')`, 'build');
  }
  const lang = args.value('lang');
  if (lang !== undefined && !/^[a-z]{2,12}(-[a-z0-9]{1,12})*$/.test(lang)) {
    throw new UsageError(`--lang must be a wiki language code such as zh or en (got '${lang}')`, 'build');
  }
  if (args.operands.includes('-') && args.operands.length > 1) {
    throw new UsageError('- (standard input) must be the only input', 'build');
  }
  const maxBytes = args.value('max-bytes');
  if (maxBytes !== undefined && !/^[1-9][0-9]{0,15}$/.test(maxBytes)) {
    throw new UsageError(`--max-bytes must be a positive whole number of bytes (got '${maxBytes}')`, 'build');
  }
  const title = args.value('title');
  if (title !== undefined && (args.operands.length !== 1 || title.trim() === '')) {
    throw new UsageError('--title needs exactly one input file and a non-empty title', 'build');
  }
  if (args.operands.includes('-') && title === undefined) {
    throw new UsageError('reading standard input needs --title', 'build');
  }
  const jobs = args.value('jobs');
  if (jobs !== undefined && !/^(0|[1-9][0-9]{0,3})$/.test(jobs)) {
    throw new UsageError(`--jobs must be a whole number from 0 (got '${jobs}')`, 'build');
  }
  const timeout = args.value('article-timeout')!;
  if (!/^[0-9]{1,7}(\.[0-9]{1,3})?$/.test(timeout) || Number(timeout) <= 0) {
    throw new UsageError(`--article-timeout must be a positive number of seconds (got '${timeout}')`, 'build');
  }
  const memory = args.value('article-memory')!;
  if (!/^[1-9][0-9]{0,6}$/.test(memory) || Number(memory) < 16) {
    throw new UsageError(`--article-memory must be a whole number of MB from 16 (got '${memory}')`, 'build');
  }
  if (args.has('prune') && args.has('no-prune')) throw new UsageError('--prune and --no-prune contradict each other; give one', 'build');
  const shard = args.value('shard');
  const shardMatch = shard === undefined ? undefined : /^(\d{1,6})\/([1-9]\d{0,5})$/.exec(shard);
  if (shard !== undefined && (!shardMatch || Number(shardMatch[1]) >= Number(shardMatch[2]))) {
    throw new UsageError(`--shard must be I/N with 0 <= I < N, such as 0/4 (got '${shard}')`, 'build');
  }
  return {
    base,
    title,
    lang,
    ...(maxBytes !== undefined ? { maxBytes: Number(maxBytes) } : {}),
    format: args.value('format') as OutputFormat,
    jobs: jobs === undefined ? defaultJobs() : Number(jobs),
    budget: { seconds: Number(timeout), memoryMb: Number(memory) },
    ...(shardMatch ? { shard: { index: Number(shardMatch[1]), count: Number(shardMatch[2]) } } : {}),
  };
}

/** Every core the process may use. */
function defaultJobs(): number {
  return Math.max(1, typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length);
}

/** An absolute IRI (scheme, no spaces or forbidden characters) that ends in `/` or `#`. */
export function isBaseIri(value: string): boolean {
  return /^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>"{}|\\^`]*[/#]$/.test(value) && URL.canParse(value);
}

/** The pre-pass: every input and the tables given read into the site index (one line about each table). */
async function indexInputs(plan: readonly PlannedInput[], args: ParsedArgs, read: ReadInputsOptions, say: (line: string) => void, repeated: RepeatedTitles): Promise<SiteIndex> {
  const { indexSite } = await import('../../pipeline');
  const tables = { page: args.all('page'), redirects: args.all('redirects'), pageProps: args.all('page-props'), langLinks: args.all('langlinks') };
  try {
    const told = args.has('verbose') || Object.values(tables).some((files) => files.length > 0);
    // A damaged dump's pages before the damage are indexed; the build writes them and then fails with it.
    // It also counts the titles given more than once, of which the build builds only the last copy.
    const onRepeat = (lang: string, title: string): void => repeated.repeat(lang, title);
    return await indexSite(plan, { read, tables, note: say, onDamage: () => undefined, onRepeat, ...(told ? { summary: say } : {}) });
  } catch (error) {
    if (error instanceof Error && error.name === 'SourceError') throw new CommandError(error.message);
    throw error;
  }
}

/** Finds and checks every input before anything is built: the first bad one stops the command. */
async function readSources(inputs: string[], options: BuildOptions, io: CliIo): Promise<PlannedInput[]> {
  const known = { lang: options.lang, title: options.title, cwd: io.cwd, maxBytes: options.maxBytes };
  if (inputs[0] === '-') {
    const source = readArticleBytes('<stdin>', await io.readStdin(), { ...known, title: options.title! });
    return [{ kind: 'source', file: '<stdin>', bytes: Buffer.byteLength(source.text), source, outputName: safeFileName(normaliseTitle(source.title)) }];
  }
  const plan = planInputs(inputs, known);
  if (options.title !== undefined && plan.length !== 1) {
    throw new UsageError(`--title needs exactly one input file, but ${inputs[0]} holds ${plan.length}`, 'build');
  }
  if (options.title !== undefined && plan[0].kind === 'dump') {
    throw new UsageError(`--title names the article of a wikitext file, but ${inputs[0]} is a dump whose pages have their titles`, 'build');
  }
  return plan;
}

/**
 * Two wikitext files of different titles that would write the same file are refused before anything is
 * built. Two of one title (`a/x.wiki`, `b/x.txt`) are copies of one page: the build builds the later.
 */
function checkTargets(plan: readonly PlannedInput[], outArg: string, format: OutputFormat): void {
  if (outArg === '-') return;
  const byTarget = new Map<string, { file: string; title: string }>();
  for (const input of plan) {
    if (input.kind === 'dump') continue;
    const lang = input.kind === 'wikitext' ? input.lang : input.source.lang;
    const title = normaliseTitle(input.kind === 'wikitext' ? titleFromFileName(input.file) : input.source.title);
    const relative = isStreamFormat(format) ? streamPath(input.file, false, lang, format) : articlePath(lang, input.outputName, format);
    const target = path.join(outArg, relative);
    const previous = byTarget.get(target);
    if (previous !== undefined && previous.title !== title) throw new CommandError(`${previous.file} and ${input.file} would both be written to ${target}; rename one`);
    byTarget.set(target, { file: input.file, title });
  }
}

/** With --verbose, one line per article; always, the article's diagnostics and what failed. */
function reportArticle(say: (line: string) => void, result: ArticleResult, index: number, verbose: boolean): void {
  if (verbose) say(`[${index + 1}] ${result.title}: ${plural(result.factCount, 'fact')}, ${plural(result.diagnostics.length, 'diagnostic')}`);
  for (const line of result.problems) say(line);
  const source = { title: result.title, lang: result.lang, text: '', ...(result.origin ? { origin: result.origin } : {}) };
  for (const diagnostic of result.diagnostics) say(formatDiagnostic(source, diagnostic));
}

/** `file:line:column: severity: message`, the format editors and CI annotate from. */
export function formatDiagnostic(source: ArticleSource, diagnostic: Diagnostic): string {
  const where = `${source.origin ?? source.title}:${diagnostic.line}:${diagnostic.column}`;
  return `${where}: ${diagnostic.severity}: ${diagnostic.message.replace(/\s*\n\s*/g, ' ')}`;
}

function summaryLine(summary: BatchSummary, seconds: number): string {
  const counts = [plural(summary.facts, 'fact'), plural(summary.triples, 'triple'), plural(summary.diagnostics, 'diagnostic')].join(', ');
  const failures = summary.failed > 0 ? `; ${summary.failed} failed (internal error, not written)` : '';
  const skipped = [
    summary.unchanged > 0 ? `${summary.unchanged} unchanged since the manifest` : '',
    summary.otherShards > 0 ? `${summary.otherShards} in other shards` : '',
    summary.replaced > 0 ? `${summary.replaced} replaced by a later input of the same title` : '',
    summary.overBudget > 0 ? `${summary.overBudget} over budget (--article-timeout, --article-memory)` : '',
  ].filter(Boolean);
  const skippedText = skipped.length > 0 ? `; skipped ${skipped.join(', ')}` : '';
  const prunedText = summary.pruned > 0 ? `; pruned ${plural(summary.pruned, 'article')} no longer in the inputs` : '';
  return `built ${plural(summary.built, 'article')}, ${counts} in ${seconds.toFixed(1)} s${failures}${skippedText}${prunedText}`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
