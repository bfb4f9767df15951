/**
 * `wikikg link`: adds Wikidata links (owl:sameAs, sitelinks, scored candidates) to the graphs of a data
 * folder. Offline (the default) it reads only the cache, and the wiki's tables when given (`page_props`
 * for items, `langlinks` for other editions, `page` for page ids the folder's `site-index.tsv` lacks);
 * `--online` first asks the Wikidata API for what the cache lacks and records the answers in the cache.
 * Files are linked one at a time (`linkData.ts`) and every file is rewritten at once, or none.
 */
import * as fs from 'fs';
import * as path from 'path';
import { CACHE_FILE, userAgent } from '../../link/defaults';
import { packageVersion } from '../../util/packageRoot';
import type { ParsedArgs } from '../args';
import type { Command } from '../command';
import { listRdfFiles, type RdfFile } from '../dataFiles';
import type { SiteIndex } from '../../site/siteIndex';
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
      { name: 'page-props', value: 'FILE', repeatable: true, description: "A wiki's page_props table (SQL dump): owl:sameAs wd:Q… for every page with a wikibase_item" },
      { name: 'page', value: 'FILE', repeatable: true, description: "A wiki's page table (SQL dump): page ids of titles the folder's site-index.tsv has none for" },
      { name: 'langlinks', value: 'FILE', repeatable: true, description: "A wiki's langlinks table (SQL dump): owl:sameAs between each article and its pages in other editions" },
    ],
    examples: [
      'wikikg link',
      'wikikg link --online',
      'wikikg link --data graphs/ --cache my-links.tsv',
      'wikikg link --data graphs/ --page-props zhwiki-latest-page_props.sql.gz --langlinks zhwiki-latest-langlinks.sql.gz',
      'wikikg link --data articles-graphs/ --page zhwiki-latest-page.sql.gz --page-props zhwiki-latest-page_props.sql.gz',
    ],
  },
  run: runLink,
};

async function runLink(args: ParsedArgs, io: CliIo): Promise<number> {
  const { endpoint, cacheFile } = checkOptions(args, io);
  const dataArg = args.value('data')!;
  const files = listRdfFiles(io, dataArg);
  const dir = resolveIn(io, dataArg);
  // Loaded here so that `--help` and usage errors never pay for the RDF libraries.
  const { readCacheFile, formatCache } = await import('../../link/cache');
  const { WikidataClient } = await import('../../link/wikidataApi');
  const { linkDataFiles } = await import('../linkData');
  const cache = readCache(cacheFile, () => readCacheFile(cacheFile, args.value('cache') ?? CACHE_FILE));
  const client = args.has('online') ? new WikidataClient({ endpoint, userAgent: userAgent(packageVersion(io.packageRoot)) }) : undefined;
  const site = await siteOf(args, io, files, dir);
  const options = { dir, cache, ...(client ? { client } : {}), ...(site ? { site } : {}) };
  // The cache is rewritten, with the files, only when lookups added to it.
  const totals = await linkDataFiles(files, options, (sum) => (sum.added > 0 ? [{ path: cacheFile, data: formatCache(cache) }] : [])).catch(oneLine);
  const how = client ? `${totals.added} new cache entries from ${client.calls} API calls` : site ? 'offline, from the cache and the wiki tables' : 'offline, from the cache only';
  io.stderr.write(`linked ${totals.linked} entities to Wikidata items, ${totals.withCandidates} more with candidates only, in ${files.length} files (${how})\n`);
  return EXIT.ok;
}

/** The site index of the folder's graphs when tables are given: its site-index.tsv and the tables, kept to the titles its graphs name. */
async function siteOf(args: ParsedArgs, io: CliIo, files: readonly RdfFile[], dir: string): Promise<SiteIndex | undefined> {
  const tables = { page: args.all('page'), pageProps: args.all('page-props'), langLinks: args.all('langlinks') };
  if (Object.values(tables).every((list) => list.length === 0)) return undefined;
  const { titlesNamed } = await import('../linkData');
  const { indexBuiltGraphs } = await import('../../site/indexSite');
  const { SITE_INDEX_FILE } = await import('../../site/indexFile');
  const indexFile = path.join(dir, SITE_INDEX_FILE);
  try {
    return await indexBuiltGraphs({
      titles: await titlesNamed(files),
      tables,
      cwd: io.cwd,
      ...(fs.existsSync(indexFile) ? { indexFile } : {}),
      note: (line) => io.stderr.write(`${line}\n`),
    });
  } catch (error) {
    throw new CommandError((error as Error).message);
  }
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
