/**
 * `wikikg link`: adds Wikidata links (owl:sameAs, sitelinks, scored candidates) to the graphs of a data
 * folder. Offline (the default) it reads only the cache; `--online` first asks the Wikidata API for what
 * the cache lacks and records the answers in the cache. Every file is rewritten at once, or none.
 */
import * as path from 'path';
import { CACHE_FILE, userAgent } from '../../link/defaults';
import { packageVersion } from '../../util/packageRoot';
import { writeFilesAtomic, type FileContent } from '../../util/atomicWrite';
import type { ParsedArgs } from '../args';
import type { Command } from '../command';
import { listRdfFiles, readRdfText, withFileName } from '../dataFiles';
import { CommandError, EXIT, UsageError } from '../errors';
import { resolveIn, type CliIo } from '../io';

/** The `link` command. */
export const linkCommand: Command = {
  spec: {
    name: 'link',
    summary: 'Link the entities of built graphs to Wikidata items (offline from the cache by default)',
    operands: '',
    operandHelp: [],
    minOperands: 0,
    maxOperands: 0,
    options: [
      { name: 'data', short: 'd', value: 'DIR', default: 'output/', description: 'Folder of RDF files to link (rewritten in place)' },
      { name: 'online', description: 'Ask the Wikidata API for what the cache lacks, and add the answers to the cache' },
      { name: 'endpoint', value: 'URL', defaultHelp: 'https://www.wikidata.org/w/api.php', description: 'Wikidata API to ask (with --online)' },
      { name: 'cache', value: 'FILE', defaultHelp: CACHE_FILE, description: 'Link cache (TSV) to read, and to update with --online' },
    ],
    examples: ['wikikg link', 'wikikg link --online', 'wikikg link --data graphs/ --cache my-links.tsv'],
  },
  run: runLink,
};

async function runLink(args: ParsedArgs, io: CliIo): Promise<number> {
  const { endpoint, cacheFile } = checkOptions(args, io);
  const files = listRdfFiles(io, args.value('data')!);
  // Loaded here so that `--help` and usage errors never pay for the RDF libraries.
  const { readCacheFile, formatCache } = await import('../../link/cache');
  const { linkGraph, withoutLinks } = await import('../../link/linkGraph');
  const { WikidataClient } = await import('../../link/wikidataApi');
  const { parseRdf, serialize } = await import('../../export/serialize');
  const cache = readCache(cacheFile, () => readCacheFile(cacheFile, args.value('cache') ?? CACHE_FILE));
  const client = args.has('online') ? new WikidataClient({ endpoint, userAgent: userAgent(packageVersion(io.packageRoot)) }) : undefined;
  const outputs: FileContent[] = [];
  const totals = { linked: 0, withCandidates: 0, added: 0 };
  for (const file of files) {
    const text = readRdfText(file);
    const quads = withFileName(file, () => parseRdf(text, file.format));
    const result = await linkGraph(quads, { cache, client }).catch(oneLine);
    outputs.push({ path: file.path, data: await serialize([...withoutLinks(quads), ...result.quads], file.format) });
    totals.linked += result.linked;
    totals.withCandidates += result.withCandidates;
    totals.added += result.added;
  }
  if (totals.added > 0) outputs.push({ path: cacheFile, data: formatCache(cache) });
  writeAll(outputs);
  const how = client ? `${totals.added} new cache entries from ${client.calls} API calls` : 'offline, from the cache only';
  io.stderr.write(`linked ${totals.linked} entities to Wikidata items, ${totals.withCandidates} more with candidates only, in ${files.length} files (${how})\n`);
  return EXIT.ok;
}

function checkOptions(args: ParsedArgs, io: CliIo): { endpoint?: string; cacheFile: string } {
  const endpoint = args.value('endpoint');
  if (endpoint !== undefined && !args.has('online')) throw new UsageError('--endpoint needs --online', 'link');
  if (endpoint !== undefined && !/^https?:\/\/\S+$/.test(endpoint)) {
    throw new UsageError(`--endpoint must be an http(s) URL (got '${endpoint}')`, 'link');
  }
  const given = args.value('cache');
  return { endpoint, cacheFile: given === undefined ? path.join(io.packageRoot, CACHE_FILE) : resolveIn(io, given) };
}

/** A lookup failure (service unreachable, refused request) becomes the command's one-line error. */
function oneLine(error: unknown): never {
  throw new CommandError(error instanceof Error ? error.message : String(error));
}

function readCache<T>(file: string, step: () => T): T {
  try {
    return step();
  } catch (error) {
    throw new CommandError(`cannot read the link cache ${path.basename(file)}: ${(error as Error).message}`);
  }
}

function writeAll(outputs: FileContent[]): void {
  try {
    writeFilesAtomic(outputs);
  } catch (error) {
    throw new CommandError(`cannot write the linked graphs: ${(error as Error).message}`);
  }
}
