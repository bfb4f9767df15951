/**
 * `wikikg build`: wikitext files and MediaWiki XML dumps in, one Turtle file per article out. All inputs
 * are read and all graphs built before anything is written, so one unreadable input leaves the previous
 * output as it was; the files are then written atomically. Diagnostics about the wikitext are reported
 * but do not fail the build. An article whose build fails inside wikikg (`internal-error`) does not stop
 * the batch: the others are written, that one is not, and the command exits 1 so scripts notice.
 */
import * as path from 'path';
import { DEFAULT_BASE } from '../../graph/vocab';
import type { ArticleSource, Diagnostic } from '../../parse/model';
import type { ArticleBuild } from '../../pipeline';
import { safeFileName } from '../../source/fileNames';
import { DEFAULT_MAX_BYTES, readArticleBytes } from '../../source/readArticle';
import { readInputs, type InputArticle } from '../../source/readInputs';
import { writeFilesAtomic, type FileContent } from '../../util/atomicWrite';
import type { ParsedArgs } from '../args';
import type { Command } from '../command';
import { CommandError, EXIT, UsageError } from '../errors';
import { resolveIn, type CliIo } from '../io';

const DEFAULT_INPUT = 'seeds/';

/** The `build` command. */
export const buildCommand: Command = {
  spec: {
    name: 'build',
    summary: 'Build an RDF graph (Turtle) for each wikitext article',
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
        description: 'Folder for <file name>.ttl; - prints Turtle to stdout',
      },
      { name: 'base', value: 'IRI', defaultHelp: DEFAULT_BASE, description: 'Base IRI for minted resources, ending in / or #' },
      { name: 'title', value: 'TITLE', defaultHelp: 'file name, _ as space', description: 'Page title (one input file only)' },
      { name: 'link', description: 'Link entities to Wikidata items from the link cache (offline; see wikikg link)' },
      { name: 'lang', value: 'CODE', defaultHelp: "a dump's header, a folder like zh/, else the script", description: 'Wiki language code' },
      { name: 'max-bytes', value: 'N', defaultHelp: String(DEFAULT_MAX_BYTES), description: 'Largest article accepted, in bytes' },
      { name: 'no-validate', description: 'Skip checking each graph against ontology/shapes.ttl (faster)' },
      { name: 'lint', description: "Also report wikitext syntax errors found by wikiparser-node's linter (slower)" },
    ],
    examples: [
      'wikikg build',
      'wikikg build articles/zh/ --out graphs/',
      'wikikg build page.wiki --title 中日經濟聯絡處 --lang zh',
    ],
  },
  run: runBuild,
};

async function runBuild(args: ParsedArgs, io: CliIo): Promise<number> {
  const started = Date.now();
  const options = checkOptions(args);
  const inputs = await readSources(args.operands.length > 0 ? args.operands : [DEFAULT_INPUT], options, io);
  const sources = inputs.map((input) => input.source);
  const outDir = args.value('out')!;
  const targets = outputTargets(inputs, outDir);
  // Loaded here rather than at the top so that `--help` and input errors never pay for the whole pipeline.
  const { buildArticle, buildFailed, writeArticleTurtle } = await import('../../pipeline');
  const builds: ArticleBuild[] = [];
  for (const [index, source] of sources.entries()) {
    const build = buildArticle(source, { ...(options.base ? { base: options.base } : {}), lint: args.has('lint') });
    builds.push(build);
    reportArticle(io, build, index, sources.length);
  }
  if (args.has('link')) await (await import('./link')).linkBuilds(builds, io);
  // A graph that violates the shapes is a bug of wikikg: validateBuilds marks it failed, so it is not written.
  if (!args.has('no-validate')) await (await import('./validate')).validateBuilds(builds, io);
  const written = builds.map((build, i) => ({ build, path: targets[i] })).filter(({ build }) => !buildFailed(build));
  const turtles = await Promise.all(written.map(({ build }) => writeArticleTurtle(build)));
  writeOutputs(io, outDir, written.map(({ path: target }, i) => ({ path: target, data: turtles[i] })));
  const failed = builds.length - written.length;
  io.stderr.write(`${summary(builds, failed, (Date.now() - started) / 1000)}\n`);
  return failed > 0 ? EXIT.failure : EXIT.ok;
}

interface BuildOptions {
  base?: string;
  title?: string;
  lang?: string;
  maxBytes?: number;
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
  return { base, title, lang, ...(maxBytes !== undefined ? { maxBytes: Number(maxBytes) } : {}) };
}

/** An absolute IRI (scheme, no spaces or forbidden characters) that ends in `/` or `#`. */
export function isBaseIri(value: string): boolean {
  return /^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>"{}|\\^`]*[/#]$/.test(value) && URL.canParse(value);
}

/** Reads every input before anything is built: the first bad one stops the command. */
async function readSources(inputs: string[], options: BuildOptions, io: CliIo): Promise<InputArticle[]> {
  const known = { lang: options.lang, title: options.title, cwd: io.cwd, maxBytes: options.maxBytes };
  if (inputs[0] === '-') {
    const source = readArticleBytes('<stdin>', await io.readStdin(), { ...known, title: options.title! });
    return [{ source, outputName: safeFileName(source.title) }];
  }
  const { articles, notes } = await readInputs(inputs, known);
  if (options.title !== undefined && articles.length !== 1) {
    throw new UsageError(`--title needs exactly one input file, but ${inputs[0]} holds ${articles.length}`, 'build');
  }
  for (const note of notes) io.stderr.write(`${note}\n`);
  return articles;
}

/** Where each article's Turtle goes: `<out>/<output name>.ttl`, each name used once. */
function outputTargets(inputs: InputArticle[], outDir: string): string[] {
  const byTarget = new Map<string, string>();
  return inputs.map(({ source, outputName }) => {
    const origin = source.origin ?? '<stdin>';
    const target = outDir === '-' ? '-' : path.join(outDir, `${outputName.replace(/[/\\]/g, '%2F')}.ttl`);
    const previous = byTarget.get(target);
    if (previous !== undefined && target !== '-') {
      throw new CommandError(`${previous} and ${origin} would both be written to ${target}; rename one`);
    }
    byTarget.set(target, origin);
    return target;
  });
}

/** Writes every Turtle file at once (or prints them with `--out -`). */
function writeOutputs(io: CliIo, outDir: string, files: FileContent[]): void {
  if (outDir === '-') {
    for (const file of files) io.stdout.write(String(file.data));
    return;
  }
  try {
    writeFilesAtomic(files.map((file) => ({ path: resolveIn(io, file.path), data: file.data })));
  } catch (error) {
    throw new CommandError(`cannot write to ${outDir}: ${(error as Error).message}`);
  }
}

/** Progress (when there is more than one article) and the article's diagnostics, on stderr. */
function reportArticle(io: CliIo, build: ArticleBuild, index: number, total: number): void {
  if (total > 1) {
    const diagnostics = plural(build.diagnostics.length, 'diagnostic');
    io.stderr.write(`[${index + 1}/${total}] ${build.source.title}: ${plural(build.factCount, 'fact')}, ${diagnostics}\n`);
  }
  for (const diagnostic of build.diagnostics) io.stderr.write(`${formatDiagnostic(build.source, diagnostic)}\n`);
}

/** `file:line:column: severity: message`, the format editors and CI annotate from. */
export function formatDiagnostic(source: ArticleSource, diagnostic: Diagnostic): string {
  const where = `${source.origin ?? source.title}:${diagnostic.line}:${diagnostic.column}`;
  return `${where}: ${diagnostic.severity}: ${diagnostic.message.replace(/\s*\n\s*/g, ' ')}`;
}

function summary(builds: ArticleBuild[], failed: number, seconds: number): string {
  const facts = builds.reduce((sum, build) => sum + build.factCount, 0);
  const triples = builds.reduce((sum, build) => sum + build.quads.length, 0);
  const diagnostics = builds.reduce((sum, build) => sum + build.diagnostics.length, 0);
  const counts = [plural(facts, 'fact'), plural(triples, 'triple'), plural(diagnostics, 'diagnostic')].join(', ');
  const failures = failed > 0 ? `; ${failed} failed (internal error, not written)` : '';
  return `built ${plural(builds.length, 'article')}, ${counts} in ${seconds.toFixed(1)} s${failures}`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
