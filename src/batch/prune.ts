/**
 * Pruning: a build of the same inputs into the same folder removes the rows and files of articles its
 * inputs no longer hold (a `.wiki` file deleted, a page gone from a dump, a dump removed), so that the
 * folder, its manifest and `wikikg push` (which reads every graph file of the folder) never keep a stale
 * graph.
 *
 * The design, in three parts:
 * - **Which rows.** At its start the build notes the rows of the manifest; each article it reads (built,
 *   unchanged, failed, an earlier copy of a repeated title, in another shard) strikes its title off. The
 *   rows left at the end are of articles the inputs no longer hold. Only a build that read every input to
 *   its end prunes: not one interrupted, not one that met a damaged dump (it throws), and with `--shard`
 *   only the rows of its own shard (which, by the hash of the title, are the only ones it could meet).
 *   Each row is withdrawn in the journal and its file removed once no row names it and the build did not
 *   write it (only a graph file inside the output folder). An N-Quads stream belongs to its input: a
 *   stream still written is rewritten whole with the rows of its articles (the other rows naming it are
 *   withdrawn by the writer), so what is left are the rows of streams whose input is gone, which go with
 *   their stream.
 * - **When by default.** `inputs.tsv`, beside the manifest, records the inputs (the command's operands:
 *   files, dumps and folders, relative to the output folder) from which the folder's rows come. A build
 *   prunes by default only when its inputs are that same set: a user who builds a second folder of
 *   articles into the same output keeps the first. Before its first write, a build records the union of
 *   the folder's inputs and its own (so a kill leaves a record that covers every row); a full prune
 *   leaves exactly its own. Standard input (`<stdin>`) is never the same input twice, and a folder that
 *   has rows but no record (built before inputs were recorded) is `<earlier builds>`: neither is the
 *   same as any inputs, so such a folder is pruned only when asked.
 * - **Asked.** `--prune` prunes whatever the record says (in a shard, that shard's rows); `--no-prune`
 *   never does.
 */
import * as fs from 'fs';
import * as path from 'path';
import { writeFileAtomic } from '../util/atomicWrite';
import { compareCodePoints } from '../util/text';
import { articleKey as key, articleOfKey, type Manifest, type ManifestEntry } from './manifest';

/** The record of the folder's inputs, beside the manifest. */
export const INPUTS_FILE = 'inputs.tsv';

const HEADER = 'input';

/** The record's line for standard input, which is never the same input twice. */
export const STDIN_INPUT = '<stdin>';

/** The record's line for rows an earlier build left without recording its inputs. */
const UNRECORDED = '<earlier builds>';

/**
 * How the record names the inputs `absolute` (absolute paths): relative to the output folder with `/`,
 * so a folder moved with its inputs keeps its record; sorted, without repeats.
 */
export function recordedInputs(absolute: readonly string[], outDir: string): string[] {
  const lines = absolute.map((input) => {
    const relative = path.relative(outDir, input).split(path.sep).join('/') || '.';
    // A path that looks like a marker is written as ./path.
    return relative.startsWith('<') ? `./${relative}` : relative;
  });
  return [...new Set(lines)].sort(compareCodePoints);
}

/**
 * The inputs recorded in `outDir`: its record, or none (an empty folder), or `<earlier builds>` when the
 * manifest has rows but the folder no record.
 */
export function readRecordedInputs(outDir: string, manifest: Manifest): string[] {
  let text: string;
  try {
    text = fs.readFileSync(path.join(outDir, INPUTS_FILE), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw new Error(`cannot read ${INPUTS_FILE}: ${(error as Error).message}`);
    return manifest.size > 0 ? [UNRECORDED] : [];
  }
  const lines = text.split('\n').filter((line) => line !== '');
  // A record that is not one (edited by hand, cut short) is taken as unknown inputs: nothing is pruned by default.
  if (lines[0] !== HEADER || !text.endsWith('\n')) return [UNRECORDED];
  return lines.slice(1).map(unescapeLine);
}

/** Writes the record (atomically). */
export function writeRecordedInputs(outDir: string, inputs: readonly string[]): void {
  writeFileAtomic(path.join(outDir, INPUTS_FILE), [HEADER, ...inputs.map(escapeLine)].map((line) => `${line}\n`).join(''));
}

/** Whether a build of `inputs` prunes a folder recorded as built from `recorded` without being asked. */
export function sameInputs(recorded: readonly string[], inputs: readonly string[]): boolean {
  const known = (lines: readonly string[]): boolean => !lines.includes(STDIN_INPUT) && !lines.includes(UNRECORDED);
  if (!known(recorded) || !known(inputs) || inputs.length === 0) return false;
  const set = new Set(recorded);
  return set.size === new Set(inputs).size && inputs.every((input) => set.has(input));
}

/** The union of two records, sorted. */
export function unionOf(recorded: readonly string[], inputs: readonly string[]): string[] {
  return [...new Set([...recorded, ...inputs])].sort(compareCodePoints);
}

/** The manifest's rows at a build's start whose article the build has not (yet) read. */
export class UnmetRows {
  private readonly unmet: Set<string>;

  constructor(manifest: Manifest) {
    this.unmet = new Set(manifest.all().map((row) => key(row.lang, row.title)));
  }

  /** An article the build read. */
  meet(lang: string, title: string): void {
    this.unmet.delete(key(lang, title));
  }

  /**
   * The rows still in `manifest` whose article was never read, in code point order of lang and title;
   * with `keep`, only those it does not keep (another shard's).
   */
  rows(manifest: Manifest, keep: (row: ManifestEntry) => boolean = () => false): ManifestEntry[] {
    const rows: ManifestEntry[] = [];
    for (const k of this.unmet) {
      const { lang, title } = articleOfKey(k);
      const row = manifest.get(lang, title);
      if (row && !keep(row)) rows.push(row);
    }
    return rows.sort((a, b) => compareCodePoints(a.lang, b.lang) || compareCodePoints(a.title, b.title));
  }
}

/**
 * Whether `output` (a manifest row's) is a graph file inside the output folder that a prune may remove:
 * relative, no `..`, one of the build's formats, whatever a manifest edited by hand says.
 */
export function removableOutput(output: string): boolean {
  return !path.isAbsolute(output) && !output.split(/[/\\]/).includes('..') && /\.(ttl|nq)(\.gz)?$/.test(output);
}

function escapeLine(value: string): string {
  return value.replace(/[\\\n\r]/g, (c) => ({ '\\': '\\\\', '\n': '\\n', '\r': '\\r' })[c]!);
}

function unescapeLine(value: string): string {
  return value.replace(/\\([\\nr])/g, (_, c: string) => ({ '\\': '\\', n: '\n', r: '\r' })[c]!);
}
