/**
 * What the benchmark runs over each article. Our pipeline is timed stage by stage (the same calls, in
 * the same order, as `src/pipeline.ts`; `checkPipelineAgreement` proves it on one article). The
 * baselines call their libraries directly: wikiparser-node exactly as `src/parse/wikiparser.ts` does
 * (same config per language, `viewOnly`, no include expansion), and wtf_wikipedia's synchronous parse.
 */
import { performance } from 'perf_hooks';
import Parser = require('wikiparser-node');
import wtf from 'wtf_wikipedia';
import { serialize } from '../src/export/serialize';
import { extractFacts } from '../src/extract';
import { factsToQuads } from '../src/graph/toQuads';
import type { ArticleSource } from '../src/parse/model';
import { parseArticle } from '../src/parse/parseArticle';
import { configForLanguage, parseWikitext } from '../src/parse/wikiparser';
import { buildArticle, writeArticleTurtle } from '../src/pipeline';
import type { BenchArticle } from './corpus';

/** Our pipeline's stages, in order. */
export const STAGES = ['parse', 'extract', 'graph', 'serialize'] as const;
export type Stage = (typeof STAGES)[number];

/** Milliseconds spent per stage over one pass. */
export type StageTimes = Record<Stage, number>;

/** One thing being measured: `run` processes an article and returns how many triples it produced. */
export interface Contender {
  name: string;
  label: string;
  run(article: BenchArticle, stages: StageTimes): Promise<number> | number;
}

/** A fresh, all-zero stage timer. */
export function emptyStages(): StageTimes {
  return { parse: 0, extract: 0, graph: 0, serialize: 0 };
}

function sourceOf(article: BenchArticle): ArticleSource {
  return { title: article.title, lang: article.lang, text: article.text, origin: article.file };
}

/**
 * The whole wikikg pipeline, wikitext to Turtle text (not written to disk: I/O is not what we measure),
 * as `wikikg build` runs it by default, or with `--lint`.
 */
async function runPipeline(article: BenchArticle, stages: StageTimes, lint = false): Promise<number> {
  let t0 = performance.now();
  const parsed = parseArticle(sourceOf(article), { lint });
  let t1 = performance.now();
  stages.parse += t1 - t0;
  const facts = extractFacts(parsed);
  t0 = performance.now();
  stages.extract += t0 - t1;
  const quads = factsToQuads(parsed, facts);
  t1 = performance.now();
  stages.graph += t1 - t0;
  await serialize(quads, 'ttl');
  stages.serialize += performance.now() - t1;
  return quads.length;
}

/** wikiparser-node's parse alone, configured as our adapter configures it. */
function runWikiparser(article: BenchArticle): number {
  const configName = configForLanguage(article.lang);
  if (Parser.config !== configName) Parser.config = configName;
  Parser.viewOnly = true;
  Parser.parse(article.text, false);
  return 0;
}

/** Our adapter over wikiparser-node: parse, copy of the tree and round-trip check (no later rules). */
function runAdapter(article: BenchArticle): number {
  parseWikitext(article.text, article.lang);
  return 0;
}

/** wtf_wikipedia's synchronous parse (no fetch: it is given the text). */
function runWtf(article: BenchArticle): number {
  wtf(article.text);
  return 0;
}

/** Every contender by name; the first three run by default. */
export const CONTENDERS: Contender[] = [
  { name: 'wikikg', label: 'wikikg pipeline (parse→Turtle)', run: runPipeline },
  { name: 'wikiparser-node', label: 'wikiparser-node parse alone', run: runWikiparser },
  { name: 'wtf_wikipedia', label: 'wtf_wikipedia parse', run: runWtf },
  { name: 'wikikg-lint', label: 'wikikg pipeline with --lint', run: (article, stages) => runPipeline(article, stages, true) },
  { name: 'adapter', label: 'wikikg adapter (wikiparser-node parse+copy)', run: runAdapter },
];

/** The default selection: our pipeline and the two baselines of issue #3. */
export const DEFAULT_CONTENDERS = ['wikikg', 'wikiparser-node', 'wtf_wikipedia'];

/** Looks a contender up by name. */
export function contenderNamed(name: string): Contender | undefined {
  return CONTENDERS.find((contender) => contender.name === name);
}

/**
 * Whether the stage-by-stage calls above still give what `src/pipeline.ts` gives for this article (a
 * new stage there would make the benchmark measure a pipeline that no longer exists).
 */
export async function checkPipelineAgreement(article: BenchArticle): Promise<boolean> {
  const viaPipeline = await writeArticleTurtle(buildArticle(sourceOf(article)));
  const parsed = parseArticle(sourceOf(article));
  const viaStages = await serialize(factsToQuads(parsed, extractFacts(parsed)), 'ttl');
  return viaPipeline === viaStages;
}
