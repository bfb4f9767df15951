/**
 * `wikikg build`: wikitext files in, one Turtle file per article out. All inputs are read and all graphs
 * built before anything is written, so one bad input leaves the previous output as it was; the files are
 * then written atomically. Diagnostics about the wikitext are reported but do not fail the build.
 */
import * as path from 'path';
import { DEFAULT_BASE } from '../../graph/vocab';
import type { ArticleSource, Diagnostic } from '../../parse/model';
import type { ArticleBuild } from '../../pipeline';
import { collectArticleFiles } from '../../source/collect';
import { readArticleBytes, readArticleFile } from '../../source/readArticle';
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
      `FILE|DIR ...  .wiki/.txt files, or folders searched for them (default: ${DEFAULT_INPUT}); - reads stdin`,
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
      { name: 'lang', value: 'CODE', defaultHelp: 'from a folder like zh/, else from the script', description: 'Wiki language code' },
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
  const sources = await readSources(args.operands.length > 0 ? args.operands : [DEFAULT_INPUT], options, io);
  const outDir = args.value('out')!;
  const targets = outputTargets(sources, outDir);
  // Loaded here rather than at the top so that `--help` and input errors never pay for the whole pipeline.
  const { buildArticle, writeArticleTurtle } = await import('../../pipeline');
  const builds: ArticleBuild[] = [];
  for (const [index, source] of sources.entries()) {
    const build = buildArticle(source, options.base ? { base: options.base } : {});
    builds.push(build);
    reportArticle(io, build, index, sources.length);
  }
  const turtles = await Promise.all(builds.map((build) => writeArticleTurtle(build)));
  writeOutputs(io, outDir, targets.map((target, i) => ({ path: target, data: turtles[i] })));
  io.stderr.write(`${summary(builds, (Date.now() - started) / 1000)}\n`);
  return EXIT.ok;
}

interface BuildOptions {
  base?: string;
  title?: string;
  lang?: string;
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
  const title = args.value('title');
  if (title !== undefined && (args.operands.length !== 1 || title.trim() === '')) {
    throw new UsageError('--title needs exactly one input file and a non-empty title', 'build');
  }
  if (args.operands.includes('-') && title === undefined) {
    throw new UsageError('reading standard input needs --title', 'build');
  }
  return { base, title, lang };
}

/** An absolute IRI (scheme, no spaces or forbidden characters) that ends in `/` or `#`. */
export function isBaseIri(value: string): boolean {
  return /^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>"{}|\\^`]*[/#]$/.test(value) && URL.canParse(value);
}

/** Reads every input before anything is built: the first bad one stops the command. */
async function readSources(inputs: string[], options: BuildOptions, io: CliIo): Promise<ArticleSource[]> {
  const known = { lang: options.lang, title: options.title, cwd: io.cwd };
  if (inputs[0] === '-') return [readArticleBytes('<stdin>', await io.readStdin(), { ...known, title: options.title! })];
  const files = collectArticleFiles(inputs, { cwd: io.cwd });
  if (options.title !== undefined && files.length !== 1) {
    throw new UsageError(`--title needs exactly one input file, but ${inputs[0]} holds ${files.length}`, 'build');
  }
  return files.map((file) => readArticleFile(file, known));
}

/** Where each article's Turtle goes: `<out>/<file name without extension>.ttl`, each name used once. */
function outputTargets(sources: ArticleSource[], outDir: string): string[] {
  const byTarget = new Map<string, string>();
  return sources.map((source) => {
    const origin = source.origin ?? '<stdin>';
    const stem = origin === '<stdin>' ? source.title.replace(/ /g, '_') : path.parse(origin).name;
    const target = outDir === '-' ? '-' : path.join(outDir, `${stem.replace(/[/\\]/g, '%2F')}.ttl`);
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

function summary(builds: ArticleBuild[], seconds: number): string {
  const facts = builds.reduce((sum, build) => sum + build.factCount, 0);
  const triples = builds.reduce((sum, build) => sum + build.quads.length, 0);
  const diagnostics = builds.reduce((sum, build) => sum + build.diagnostics.length, 0);
  const counts = [plural(facts, 'fact'), plural(triples, 'triple'), plural(diagnostics, 'diagnostic')].join(', ');
  return `built ${plural(builds.length, 'article')}, ${counts} in ${seconds.toFixed(1)} s`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
