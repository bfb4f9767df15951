/**
 * Building many articles as a stream: each article is read, built (in this thread or a worker), written
 * and forgotten, so memory stays flat however large the dump. Results are used in input order, so the
 * files, the streams and the manifest are the same bytes for every `--jobs`.
 *
 * What the caller gets told goes through `BatchReporter`; what can go wrong with an article (an
 * internal error, a graph that violates the shapes, two inputs for one file) fails that article only:
 * it is not written, the others are, and the summary counts it.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import type { ArticleResult } from '../pipeline';
import type { DumpTally } from '../source/dumpArticles';
import { SourceError } from '../source/SourceError';
import { streamInputs, type InputPosition, type PlannedInput, type ReadInputsOptions, type StreamedArticle } from '../source/readInputs';
import { sha256Hex } from '../util/hash';
import { LaterCopies, type RepeatedTitles } from './duplicates';
import { JOURNAL_SUFFIX, Manifest, ManifestJournal, MANIFEST_FILE, type ManifestEntry } from './manifest';
import { INPUTS_FILE, readRecordedInputs, removableOutput, sameInputs, unionOf, UnmetRows, writeRecordedInputs } from './prune';
import { articlePath, isStreamFormat, streamPath, StreamFile, writeArticleFile, type OutputFormat } from './output';
import { inProcessRunner, workerRunner, type ArticleBudget, type ArticleRunner, type RunSettings } from './runner';
import { SITE_INDEX_FILE, writeIndexFile } from '../site/indexFile';
import type { SiteIndex } from '../site/siteIndex';

/** `--shard i/n`: the i-th of n deterministic parts of the articles (0 <= i < n). */
export interface Shard {
  index: number;
  count: number;
}

/** How a batch runs. */
export interface BatchOptions {
  /** Output folder (absolute), or undefined to hand every graph to `reporter.print` (`--out -`). */
  outDir?: string;
  format: OutputFormat;
  /** Worker threads that build articles. */
  jobs: number;
  /** Build in this thread instead (one article, where starting a worker costs more than it saves). */
  inProcess?: boolean;
  /** What one article may take in a worker thread (not in this thread); default `DEFAULT_BUDGET`. */
  budget?: ArticleBudget;
  shard?: Shard;
  /** Skip articles whose manifest entry says they were built from the same source with the same build. */
  incremental: boolean;
  /** `wikikg VERSION` and the settings that change the output, as the manifest records them. */
  buildId: string;
  read: ReadInputsOptions;
  /**
   * The titles the inputs give more than once, counted by the pre-pass: only the last copy of each is
   * built (see `duplicates.ts`). Without it, every copy is built.
   */
  repeated?: RepeatedTitles;
  /** The build's site index, written to the output folder as `site-index.tsv`. */
  site?: SiteIndex;
  /**
   * The build's inputs as `inputs.tsv` records them (`recordedInputs`, see `prune.ts`). Without them the
   * folder's record is left alone and nothing is pruned unless `prune` says so.
   */
  inputs?: readonly string[];
  /**
   * `--prune` (true) or `--no-prune` (false): remove the rows and files of articles the inputs no longer
   * hold, at the end of a build that read every input (see `prune.ts`). Undefined: only when the inputs
   * are those the folder records, and not in a shard.
   */
  prune?: boolean;
  signal?: AbortSignal;
}

/** What a batch says while it runs. */
export interface BatchReporter {
  /** An article's result, in input order (not called for skipped ones). */
  article(result: ArticleResult, index: number): void;
  /** A line about the inputs (a dump's tally, a skipped page). */
  note(line: string): void;
  /** Called after each article with the counts so far and where the reading is. */
  progress(counts: BatchCounts, position: InputPosition): void;
  /** `--out -`: one article's graph. */
  print(data: string): void;
}

/** The counts of a batch. */
export interface BatchCounts {
  built: number;
  failed: number;
  /** Skipped by `--shard`. */
  otherShards: number;
  /** Skipped because unchanged since the manifest. */
  unchanged: number;
  /** Skipped because a later input has the same title (see `duplicates.ts`). */
  replaced: number;
  /** Skipped because building them went over the time or memory budget (`--article-timeout`, `--article-memory`). */
  overBudget: number;
  facts: number;
  triples: number;
  diagnostics: number;
}

/** How a batch ended. */
export interface BatchSummary extends BatchCounts {
  /** Set when the signal stopped the batch before its end. */
  interrupted: boolean;
  /** Articles read when the signal came but not written (by title): built in part, or waiting for their turn. */
  unfinished: string[];
  /** Articles no longer in the inputs whose rows (and files) the build removed. */
  pruned: number;
}

/**
 * A file of the output folder could not be written (a full disk, a permission): which file, why, and
 * how many articles' files are whole and listed (manifest.tsv with its journal), for the next build.
 */
export class OutputWriteError extends Error {
  /** Articles listed, their files whole, when the build stopped. */
  kept = 0;

  constructor(
    /** The file, relative to the output folder, with `/`. */
    readonly file: string,
    readonly cause: NodeJS.ErrnoException,
  ) {
    super(`cannot write ${file}: ${describeWriteError(cause)}`);
    this.name = 'OutputWriteError';
  }
}

/** `no space left on device (ENOSPC)`, or the system's message without its call and path. */
function describeWriteError(error: NodeJS.ErrnoException): string {
  const known: Record<string, string> = { ENOSPC: 'no space left on device', EDQUOT: 'disk quota exceeded', EACCES: 'permission denied', EROFS: 'read-only file system', EIO: 'input/output error' };
  if (error.code && known[error.code]) return `${known[error.code]} (${error.code})`;
  return error.message;
}

/** Runs `step`, turning a system error into an `OutputWriteError` about `file`. */
function writing<T>(file: string, step: () => T): T {
  try {
    return step();
  } catch (error) {
    if (error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string') throw new OutputWriteError(file, error as NodeJS.ErrnoException);
    throw error;
  }
}

/** Which shard an article belongs to: a hash of its language and title, so it does not depend on order. */
export function shardOf(lang: string, title: string, count: number): number {
  return parseInt(sha256Hex(`${lang}\u0000${title}`).slice(0, 8), 16) % count;
}

/** Runs the batch (see the module comment). Throws on a bad input met while reading; results so far are kept. */
export async function runBatch(plan: readonly PlannedInput[], settings: RunSettings, options: BatchOptions, reporter: BatchReporter): Promise<BatchSummary> {
  const counts: BatchCounts = { built: 0, failed: 0, otherShards: 0, unchanged: 0, replaced: 0, overBudget: 0, facts: 0, triples: 0, diagnostics: 0 };
  const outDir = options.outDir;
  const streaming = isStreamFormat(options.format);
  const manifestFile = outDir === undefined ? undefined : path.join(outDir, MANIFEST_FILE);
  const journal = manifestFile ? ManifestJournal.open(manifestFile, MANIFEST_FILE, (line) => reporter.note(line)) : undefined;
  const manifest = journal?.manifest ?? new Manifest();
  // Pruning (see prune.ts): the rows at the start that no article read strikes off are of articles the
  // inputs no longer hold. By default only when the folder records these very inputs, never in a shard.
  const recorded = outDir !== undefined && options.inputs ? readRecordedInputs(outDir, manifest) : undefined;
  const prune = outDir !== undefined && (options.prune ?? (recorded !== undefined && options.inputs !== undefined && !options.shard && sameInputs(recorded, options.inputs)));
  const unmet = outDir !== undefined ? new UnmetRows(manifest) : undefined;
  let pruned = 0;
  // The site index goes with the manifest: a change of it changes the build id, so every article is
  // rebuilt. So does the record of the inputs, before any row of these inputs is written: the folder's
  // and these (a kill leaves a record that covers every row).
  const writeSiteIndex = (): void => {
    if (options.site && outDir !== undefined) writeIndexFile(path.join(outDir, SITE_INDEX_FILE), options.site.pages(), options.site.fieldNames);
    if (recorded !== undefined && outDir !== undefined) {
      const union = unionOf(recorded, options.inputs!);
      if (union.join('\n') !== recorded.join('\n')) writing(INPUTS_FILE, () => writeRecordedInputs(outDir, union));
    }
  };
  const writer = new Writer(plan, outDir, options.format, reporter, journal, writeSiteIndex);
  const copies = options.repeated ? new LaterCopies(options.repeated) : undefined;
  const position: InputPosition = { bytesRead: 0, totalBytes: 0 };
  const window: Array<{ article: StreamedArticle; sourceHash: string; result: Promise<ArticleResult> }> = [];
  // Articles read ahead of the oldest one not yet written: enough that the workers keep busy while a
  // very long page holds up the writing, few enough that memory stays flat. In this thread an article
  // is built when it is read, so reading ahead would only hold finished results longer.
  const windowSize = options.inProcess ? 2 : Math.max(2, options.jobs * 16);
  let runner: ArticleRunner | undefined;
  let failure: unknown;
  let damage: { error: SourceError; pages?: number } | undefined;
  // The signal does not wait for an article being built, however long: its result is left, and the
  // runner's `close` terminates the worker thread inside it.
  const unfinished: string[] = [];
  const stopped = new Promise<undefined>((resolve) => {
    if (options.signal?.aborted) resolve(undefined);
    options.signal?.addEventListener('abort', () => resolve(undefined), { once: true });
  });
  const settle = async (item: (typeof window)[number]): Promise<void> => {
    const result = await Promise.race([item.result, stopped]);
    if (result === undefined) {
      unfinished.push(item.article.source.title);
      return;
    }
    if (result.skipped !== undefined) {
      // Over its budget: nothing written. A row of an earlier build stays, with its file: it is true (its
      // sha256 is its file's, its source_sha256 the text that file was built from, so the next build tries
      // this text again) and withdrawing it would lose a whole graph for a page that is no less there.
      // In a stream format the new stream replaces the old one and its rows, so no row names it.
      const kept = !streaming && manifest.get(item.article.source.lang, item.article.source.title) !== undefined;
      counts.overBudget++;
      reporter.note(`${articleName(item.article.source)}: skipped: ${result.skipped}${kept ? "; the earlier build's file and row are kept" : ''}`);
      reporter.progress(counts, position);
      return;
    }
    writer.write(item.article, result, item.sourceHash, options.buildId);
    counts.built++;
    if (result.failed) counts.failed++;
    counts.facts += result.factCount;
    counts.triples += result.tripleCount;
    counts.diagnostics += result.diagnostics.length;
    reporter.article(result, counts.built - 1);
    reporter.progress(counts, position);
  };
  try {
    runner = options.inProcess ? await inProcessRunner(settings) : workerRunner(options.jobs, settings, options.budget);
    const onDumpRead = (tally: DumpTally, line: string): void => {
      reporter.note(line);
      for (const note of tally.notes) reporter.note(note);
      if (damage && damage.pages === undefined) damage.pages = tally.articles;
    };
    // A damaged dump: its pages before the damage are built and written, the other inputs too, and then
    // the build fails with the first damage (where, and how many pages came before it).
    const onDamage = (error: SourceError): void => {
      if (!damage) damage = { error };
    };
    for await (const article of streamInputs(plan, { ...options.read, position, onDumpRead, onDamage })) {
      if (options.signal?.aborted) break;
      const { source } = article;
      unmet?.meet(source.lang, source.title);
      if (options.shard && shardOf(source.lang, source.title, options.shard.count) !== options.shard.index) {
        counts.otherShards++;
        continue;
      }
      // Before the manifest is asked: an earlier copy is neither built nor taken as unchanged.
      if (copies && !copies.admit(source, (line) => reporter.note(line))) {
        counts.replaced++;
        reporter.progress(counts, position);
        continue;
      }
      const sourceHash = sha256Hex(source.text);
      if (options.incremental && !streaming && outDir !== undefined && unchanged(manifest.get(source.lang, source.title), source.revision, sourceHash, options.buildId, outDir)) {
        counts.unchanged++;
        reporter.progress(counts, position);
        continue;
      }
      window.push({ article, sourceHash, result: runner.run(source) });
      if (window.length >= windowSize) await settle(window.shift()!);
    }
    while (window.length > 0 && !options.signal?.aborted) await settle(window.shift()!);
    unfinished.push(...window.map((item) => item.article.source.title));
    if (!options.signal?.aborted) writer.finishAll();
    if (!options.signal?.aborted) for (const line of copies?.unmet() ?? []) reporter.note(line);
    if (damage && !options.signal?.aborted) {
      const pages = damage.pages ?? 0;
      throw new SourceError(damage.error.path, `${damage.error.message}; the ${pages} page${pages === 1 ? '' : 's'} before it ${pages === 1 ? 'was' : 'were'} read and built`);
    }
    // Every input was read to its end: the rows no article struck off are of articles no longer in them.
    if (unmet && !options.signal?.aborted) {
      const shard = options.shard;
      // A shard could meet only the articles of its part: the others' rows are not its to judge.
      const gone = unmet.rows(manifest, shard ? (row) => shardOf(row.lang, row.title, shard.count) !== shard.index : undefined);
      if (prune) {
        pruned = gone.length;
        writer.prune(gone);
        if (!shard && options.inputs && recorded?.join('\n') !== options.inputs.join('\n')) writing(INPUTS_FILE, () => writeRecordedInputs(outDir!, options.inputs!));
      } else if (gone.length > 0 && options.prune === undefined && !shard) {
        reporter.note(`kept ${gone.length} article${gone.length === 1 ? '' : 's'} not in these inputs, as the folder was not built from these inputs alone; --prune removes them`);
      }
    }
  } catch (error) {
    failure = error;
    throw error;
  } finally {
    // Each step runs whatever the one before did, and the first error is the one thrown: a failed
    // compaction (the same full disk) must not hide what stopped the build; the journal still holds.
    const after = (step: () => void): void => {
      try {
        step();
      } catch (error) {
        if (failure === undefined) failure = error;
      }
    };
    after(() => writer.abandonAll());
    await runner?.close().catch((error: unknown) => {
      if (failure === undefined) failure = error;
    });
    if (journal?.changed) after(() => journal.compact());
    after(() => journal?.close());
    if (failure instanceof OutputWriteError) failure.kept = journal?.manifest.size ?? 0;
    // eslint-disable-next-line no-unsafe-finally
    if (failure !== undefined) throw failure;
  }
  const interrupted = options.signal?.aborted === true;
  return { ...counts, interrupted, unfinished: interrupted ? unfinished : [], pruned };
}

/** An article as a note names it: its input and its title (a dump's page origin holds both). */
function articleName(source: { title: string; origin?: string }): string {
  if (source.origin === undefined) return source.title;
  return source.origin.endsWith(']') ? source.origin : `${source.origin} (${source.title})`;
}

/** Whether an article's manifest entry says it is built already, from the same text, by the same build. */
function unchanged(entry: ManifestEntry | undefined, revision: string | undefined, sourceHash: string, buildId: string, outDir: string): boolean {
  if (!entry || entry.build !== buildId || entry.source_sha256 !== sourceHash || entry.revision !== (revision ?? '')) return false;
  try {
    const bytes = fs.readFileSync(path.join(outDir, entry.output));
    const text = entry.output.endsWith('.gz') ? zlib.gunzipSync(bytes) : bytes;
    return sha256Hex(text) === entry.sha256;
  } catch {
    return false;
  }
}

const JOURNAL = `${MANIFEST_FILE}${JOURNAL_SUFFIX}`;

/**
 * Writes results in input order: per-article files, or one stream per input (finished when the next
 * input starts). Two inputs that would write the same file fail the second one.
 */
class Writer {
  private stream: { input: number; file: StreamFile } | undefined;
  /** Which input wrote each per-article file (an input may overwrite its own: a dump's later copy). */
  private readonly writtenBy = new Map<string, number>();

  /** The rows of the open stream's articles, journaled once it is renamed into place. */
  private streamRows: ManifestEntry[] = [];
  private wroteAny = false;

  constructor(
    private readonly plan: readonly PlannedInput[],
    private readonly outDir: string | undefined,
    private readonly format: OutputFormat,
    private readonly reporter: BatchReporter,
    private readonly journal: ManifestJournal | undefined,
    private readonly beforeFirstWrite: () => void,
  ) {}

  /**
   * Writes one result and journals its row: an article's file at once, a stream's rows when the
   * stream is finished. Returns its manifest entry, or nothing when it was not written.
   */
  write(article: StreamedArticle, result: ArticleResult, sourceHash: string, buildId: string): ManifestEntry | undefined {
    if (result.failed) return undefined;
    if (this.outDir === undefined) {
      this.reporter.print(result.data);
      return undefined;
    }
    const input = this.plan[article.input];
    const relative = isStreamFormat(this.format)
      ? streamPath(input.file, input.kind === 'dump', article.source.lang, this.format)
      : articlePath(article.source.lang, article.outputName, this.format);
    const earlier = this.writtenBy.get(relative);
    if (earlier !== undefined && earlier !== article.input && !(isStreamFormat(this.format) && this.stream?.input === article.input)) {
      const message = `${this.plan[earlier].file} and ${input.file} would both be written to ${relative}; not written`;
      result.failed = true;
      result.diagnostics.push({ severity: 'error', code: 'internal-error', line: 1, column: 1, message });
      return undefined;
    }
    this.writtenBy.set(relative, article.input);
    if (!this.wroteAny) {
      this.wroteAny = true;
      this.beforeFirstWrite();
    }
    const entry: ManifestEntry = {
      lang: article.source.lang,
      title: article.source.title,
      revision: article.source.revision ?? '',
      source_sha256: sourceHash,
      output: relative,
      graph: result.graph,
      triples: result.tripleCount,
      sha256: sha256Hex(result.data),
      build: buildId,
    };
    if (isStreamFormat(this.format)) {
      writing(relative, () => this.streamFor(article.input, relative).append(result.data));
      this.streamRows.push(entry);
    } else {
      // The old row goes before the file is replaced, the new one comes once it is in place; so does a
      // row of another title that names the file (one an earlier build wrote before titles were
      // normalised: `foo bar` for the file of `Foo bar`), which would otherwise name other bytes.
      const before = this.journal?.manifest.get(entry.lang, entry.title)?.output;
      const others = (this.journal?.manifest.naming(relative) ?? []).filter((row) => row.lang !== entry.lang || row.title !== entry.title);
      writing(JOURNAL, () => this.journal?.withdraw([entry, ...others]));
      writing(relative, () => writeArticleFile(this.outDir!, relative, result.data));
      writing(JOURNAL, () => this.journal?.add([entry]));
      this.removeUnlisted(before, relative);
    }
    return entry;
  }

  /**
   * Renames the open stream over its target (every article of its input is in it): the rows of the
   * stream it replaces are withdrawn first, its own are journaled after.
   */
  finishAll(): void {
    if (!this.stream) return;
    const { file } = this.stream;
    const relative = path.relative(this.outDir!, file.target).split(path.sep).join('/');
    const rows = this.streamRows;
    this.stream = undefined;
    this.streamRows = [];
    const before = new Set(rows.map((row) => this.journal?.manifest.get(row.lang, row.title)?.output));
    writing(JOURNAL, () => this.journal?.withdraw([...this.journal.manifest.naming(relative), ...rows]));
    writing(relative, () => file.finish());
    writing(JOURNAL, () => this.journal?.add(rows));
    for (const output of before) this.removeUnlisted(output, relative);
  }

  /**
   * Withdraws the rows of articles no longer in the inputs (see `prune.ts`) and removes each file no
   * row names any more and this build did not write: an article's own, or the stream of an input that
   * is gone. Tells one note per article, or, past ten, one note with a count and the first five.
   */
  prune(rows: readonly ManifestEntry[]): void {
    if (!this.journal || rows.length === 0) return;
    writing(JOURNAL, () => this.journal!.withdraw(rows));
    const removed = new Set<string>();
    for (const output of new Set(rows.map((row) => row.output))) if (this.removeUnlisted(output, undefined)) removed.add(output);
    const what = (row: ManifestEntry): string => (removed.has(row.output) ? `its row and ${row.output}` : 'its row');
    const name = (row: ManifestEntry): string => `${row.lang === '' ? 'und' : row.lang}:${row.title}`;
    if (rows.length <= 10) {
      for (const row of rows) this.reporter.note(`${name(row)}: no longer in the inputs; ${what(row)} removed`);
    } else {
      const shown = rows.slice(0, 5).map(name).join(', ');
      this.reporter.note(`${rows.length} articles no longer in the inputs, their rows and ${removed.size} file${removed.size === 1 ? '' : 's'} removed: ${shown}, and ${rows.length - 5} more`);
    }
  }

  /**
   * An article's earlier file under another name (a format switch, ttl → ttl.gz or nq → ttl), or one
   * of an article pruned, is removed once no row names it, so the folder holds no file the manifest does
   * not list. Returns whether it was removed.
   */
  private removeUnlisted(output: string | undefined, now: string | undefined): boolean {
    if (output === undefined || output === now || !this.journal || this.journal.manifest.lists(output) || this.writtenBy.has(output)) return false;
    // Only a graph file inside the output folder, whatever a manifest edited by hand says.
    if (!removableOutput(output) || !fs.existsSync(path.join(this.outDir!, output))) return false;
    fs.rmSync(path.join(this.outDir!, output), { force: true });
    return true;
  }

  /** Removes the open stream's temporary file (after a failure or an interrupt); its rows are not written. */
  abandonAll(): void {
    this.stream?.file.abandon();
    this.stream = undefined;
    this.streamRows = [];
  }

  private streamFor(input: number, relative: string): StreamFile {
    if (this.stream?.input !== input) {
      this.finishAll();
      this.stream = { input, file: new StreamFile(path.join(this.outDir!, relative), this.format.endsWith('.gz')) };
    }
    return this.stream.file;
  }
}
