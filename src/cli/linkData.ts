/**
 * `wikikg link --data DIR`, file by file: each file is read, linked and written to a temporary file next
 * to it, then forgotten, so memory stays flat whatever the size of the folder (it used to hold every
 * rewritten file: 3.18 GB at its peak for the corpus's 357 MB of Turtle, 0.35 GB now). Only when every file is staged are they
 * renamed over the originals, with the manifest (each article's new sha256 and triple count, so that an
 * incremental build keeps the linked files) and the cache: all or nothing, as before.
 *
 * A Turtle file is one article. An N-Quads stream (`build --format nq`) is read line by line and linked
 * one named graph (one article) at a time, each link triple in the graph of its article. Other formats
 * are read whole, as they come from `export`, not from `build`.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as readline from 'readline';
import * as zlib from 'zlib';
import { DataFactory } from 'n3';
import type { Quad } from '@rdfjs/types';
import { journalPath, Manifest, MANIFEST_FILE } from '../batch/manifest';
import { parseRdf, serialize } from '../export/serialize';
import { entityKey } from '../extract/fact';
import { IriMinter } from '../graph/iri';
import { rdf, wkg } from '../graph/vocab';
import type { LinkCache } from '../link/cache';
import { linkGraph, withoutLinks } from '../link/linkGraph';
import { linkFromSite } from '../link/siteLinks';
import type { WikidataClient } from '../link/wikidataApi';
import type { SiteIndex } from '../site/siteIndex';
import { temporaryPathFor } from '../util/atomicWrite';
import { sha256Hex } from '../util/hash';
import { readRdfText, withFileName, type RdfFile } from './dataFiles';

/** What linking a folder needs. */
export interface LinkDataOptions {
  /** The folder (absolute), where `manifest.tsv` may be. */
  dir: string;
  cache: LinkCache;
  client?: WikidataClient;
  site?: SiteIndex;
}

/** What linking added, over all files. */
export interface LinkTotals {
  linked: number;
  withCandidates: number;
  added: number;
}

/** One file written to its temporary name, waiting to be renamed over its target. */
interface Staged {
  temp: string;
  target: string;
}

/** One article's graph as written: for the manifest. */
interface WrittenArticle {
  graph: string;
  sha256: string;
  triples: number;
}

/**
 * Links every file and renames them all into place at the end, with the manifest and `extra` files (the
 * cache); on a failure nothing is renamed and the temporary files are removed.
 */
export async function linkDataFiles(
  files: readonly RdfFile[],
  options: LinkDataOptions,
  extra: (totals: LinkTotals) => Array<{ path: string; data: string }>,
): Promise<LinkTotals> {
  const staged: Staged[] = [];
  const totals: LinkTotals = { linked: 0, withCandidates: 0, added: 0 };
  const written = new Map<string, WrittenArticle[]>();
  try {
    for (const file of files) {
      const temp = temporaryPathFor(file.path);
      staged.push({ temp, target: file.path });
      written.set(file.path, await linkFile(file, temp, options, totals));
    }
    const manifestFile = path.join(options.dir, MANIFEST_FILE);
    const manifest = updatedManifest(manifestFile, options.dir, written);
    for (const { path: target, data } of [...(manifest ? [{ path: manifestFile, data: manifest }] : []), ...extra(totals)]) {
      const temp = temporaryPathFor(target);
      staged.push({ temp, target });
      fs.writeFileSync(temp, data, { flag: 'wx' });
    }
    for (const file of staged) {
      fs.renameSync(file.temp, file.target);
      file.temp = '';
    }
    // The manifest written holds a killed build's journal (read with it): the journal is done.
    if (manifest) fs.rmSync(journalPath(manifestFile), { force: true });
  } finally {
    for (const { temp } of staged) if (temp) fs.rmSync(temp, { force: true });
  }
  return totals;
}

/** Links one file into `temp`; returns the articles it wrote. */
async function linkFile(file: RdfFile, temp: string, options: LinkDataOptions, totals: LinkTotals): Promise<WrittenArticle[]> {
  if (file.format === 'nq') return linkQuadStream(file, temp, options, totals);
  const text = readRdfText(file);
  const quads = withFileName(file, () => parseRdf(text, file.format));
  const linked = await linkQuads(quads, options, totals);
  const data = await serialize(linked, file.format);
  fs.writeFileSync(temp, file.gzip ? zlib.gzipSync(data) : data, { flag: 'wx' });
  const article = articleOf(quads);
  return article ? [{ graph: detached(article), sha256: sha256Hex(data), triples: linked.length }] : [];
}

/**
 * A copy of a string that shares no memory with the text it was cut from. A parser's terms are slices
 * of the whole file's text, and V8 keeps that text alive as long as a slice is: kept for the manifest,
 * one article IRI per file held every file of the folder (1.8 GB for the corpus).
 */
function detached(text: string): string {
  return Buffer.from(text, 'utf8').toString('utf8');
}

/** An N-Quads stream, one named graph at a time (the build writes each article's graph in one run of lines). */
async function linkQuadStream(file: RdfFile, temp: string, options: LinkDataOptions, totals: LinkTotals): Promise<WrittenArticle[]> {
  const fd = fs.openSync(temp, 'wx');
  const written: WrittenArticle[] = [];
  try {
    let lines: string[] = [];
    let graph: string | undefined;
    const flush = async (): Promise<void> => {
      if (lines.length === 0) return;
      const quads = withFileName(file, () => parseRdf(lines.join('\n'), 'nq'));
      lines = [];
      const linked = await linkQuads(quads, options, totals);
      const named = graph ? linked.map((q) => DataFactory.quad(q.subject, q.predicate, q.object, DataFactory.namedNode(graph!))) : linked;
      const data = await serialize(named, 'nq');
      if (file.gzip) fs.writeSync(fd, zlib.gzipSync(data));
      else fs.writeSync(fd, data);
      if (graph) written.push({ graph: detached(graph), sha256: sha256Hex(data), triples: named.length });
    };
    const input = fs.createReadStream(file.path);
    for await (const line of readline.createInterface({ input: file.gzip ? input.pipe(zlib.createGunzip()) : input, crlfDelay: Infinity })) {
      if (line.trim() === '') continue;
      const lineGraph = /<([^<>]*)>\s*\.\s*$/.exec(line)?.[1];
      // A line whose last term is its object (no graph) has no 4th term: the default graph.
      const inGraph = lineGraph !== undefined && /^(?:<[^<>]*>|_:\S+)\s+<[^<>]*>\s+(?:<[^<>]*>|_:\S+|"(?:[^"\\]|\\.)*"(?:@[\w-]+|\^\^<[^<>]*>)?)\s+<[^<>]*>\s*\.\s*$/.test(line) ? lineGraph : undefined;
      if (inGraph !== graph) {
        await flush();
        graph = inGraph;
      }
      lines.push(line);
    }
    await flush();
  } finally {
    fs.closeSync(fd);
  }
  return written;
}

/** The graph with its earlier links replaced by fresh ones: the cache's (and online lookups'), then the site index's. */
async function linkQuads(quads: Quad[], options: LinkDataOptions, totals: LinkTotals): Promise<Quad[]> {
  const base = withoutLinks(quads);
  const result = await linkGraph(base, { cache: options.cache, ...(options.client ? { client: options.client } : {}) });
  totals.linked += result.linked;
  totals.withCandidates += result.withCandidates;
  totals.added += result.added;
  const out = [...base, ...result.quads];
  const minter = options.site ? minterOf(base, options.site) : undefined;
  if (options.site && minter) {
    const site = linkFromSite(base, options.site, (lang, title) => minter.entity(entityKey.pageIn(lang, title)));
    totals.linked += site.linked;
    out.push(...site.quads);
  }
  return out;
}

/** The IRI minter of a graph's article (its base, wiki and title read from the article's IRI). */
function minterOf(quads: readonly Quad[], site: SiteIndex): IriMinter | undefined {
  const article = articleOf(quads);
  const match = article ? /^(.*)article\/([^/]+)\/([^/]+)$/.exec(article) : null;
  if (!match) return undefined;
  return new IriMinter(match[2], decodeURIComponent(match[3]).replace(/_/g, ' '), match[1], site);
}

/** The IRI of the graph's article (the subject typed `wkg:Article`). */
function articleOf(quads: readonly Quad[]): string | undefined {
  return quads.find((q) => q.predicate.equals(rdf.type) && q.object.equals(wkg.Article))?.subject.value;
}

/** The manifest with the linked articles' new sha256 and triples, or undefined when there is none to update. */
function updatedManifest(file: string, dir: string, written: ReadonlyMap<string, WrittenArticle[]>): string | undefined {
  if (!fs.existsSync(file)) return undefined;
  const manifest = Manifest.read(file, MANIFEST_FILE);
  const byFile = new Map(manifest.all().map((entry) => [path.join(dir, entry.output), entry]));
  const byGraph = new Map(manifest.all().map((entry) => [entry.graph, entry]));
  let changed = false;
  for (const [filePath, articles] of written) {
    for (const article of articles) {
      // A Turtle file is its article's; a stream holds many, each found by its graph.
      const entry = byFile.get(filePath)?.graph === article.graph ? byFile.get(filePath) : byGraph.get(article.graph);
      if (!entry || path.join(dir, entry.output) !== filePath) continue;
      manifest.set({ ...entry, sha256: article.sha256, triples: article.triples });
      changed = true;
    }
  }
  return changed ? manifest.format() : undefined;
}


/** The titles the graphs of `files` name (`…/resource/{wiki}/{title}`), by wiki, read line by line. */
export async function titlesNamed(files: readonly RdfFile[]): Promise<Map<string, Set<string>>> {
  const titles = new Map<string, Set<string>>();
  const iri = /\/resource\/([a-z][a-z0-9-]*)\/([^\s"'<>/\\]+)(?=[>"'\s])/g;
  for (const file of files) {
    const input = fs.createReadStream(file.path);
    for await (const line of readline.createInterface({ input: file.gzip ? input.pipe(zlib.createGunzip()) : input, crlfDelay: Infinity })) {
      for (const match of line.matchAll(iri)) {
        let set = titles.get(match[1]);
        if (!set) titles.set(match[1], (set = new Set()));
        set.add(decodeTitle(match[2]));
      }
    }
  }
  return titles;
}

function decodeTitle(segment: string): string {
  try {
    return decodeURIComponent(segment).replace(/_/g, ' ');
  } catch {
    return segment.replace(/_/g, ' ');
  }
}
