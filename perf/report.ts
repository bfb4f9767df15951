/** Turns the workers' results into figures per contender, a table for people and JSON for machines. */
import { contenderNamed, STAGES, type Stage } from './contenders';
import { summarize, type Summary } from './stats';
import type { WorkerResult } from './worker';

const MB = 1024 * 1024;

/** The figures of one contender over every pass of every round. */
export interface ContenderFigures {
  name: string;
  label: string;
  passes: number;
  articles: number;
  megabytes: number;
  /** Seconds per pass over the corpus: wall clock, and CPU time of the process. */
  seconds: Summary;
  cpuSeconds: Summary;
  /** Throughputs at the median pass time. */
  articlesPerSecond: number;
  megabytesPerSecond: number;
  triplesPerSecond: number | null;
  triples: number;
  errors: number;
  /** MB; the highest over all rounds. */
  memory: { rssStart: number; rssPeak: number; heapPeak: number; maxRss: number };
  /** Seconds per pass spent in each stage (wikikg only). */
  stages?: Record<Stage, Summary>;
  agreesWithPipeline?: boolean;
}

/** Everything the benchmark reports. */
export interface BenchReport {
  corpus: string;
  node: string;
  rounds: number;
  repsPerRound: number;
  warmUpArticles: number;
  contenders: ContenderFigures[];
  /** wikikg's throughput divided by wikiparser-node's (issue #3's target: at least 0.5). */
  pipelineToParseRatio: number | null;
  /** The same ratio from CPU time per pass. */
  pipelineToParseCpuRatio: number | null;
  /**
   * The ratio within each round (the two processes of a round run minutes apart, the rounds further
   * apart), so a machine that slows down or speeds up between rounds moves both sides of a ratio.
   */
  pipelineToParseRatioByRound: number[];
}

/** wikiparser-node's time over wikikg's, round by round (each side: the median of its passes in that round). */
export function ratiosByRound(pipeline: WorkerResult[], floor: WorkerResult[]): number[] {
  const median = (result: WorkerResult) => summarize(result.passes.map((pass) => pass.ms)).median;
  return pipeline.slice(0, floor.length).map((result, round) => median(floor[round]) / median(result));
}

/** Merges the results of every round for one contender. */
export function figuresOf(results: WorkerResult[]): ContenderFigures {
  const first = results[0];
  const passes = results.flatMap((result) => result.passes);
  const seconds = summarize(passes.map((pass) => pass.ms / 1000));
  const triples = passes[0].triples;
  const highest = (pick: (r: WorkerResult) => number): number => Math.max(...results.map(pick));
  const figures: ContenderFigures = {
    name: first.contender,
    label: contenderNamed(first.contender)?.label ?? first.contender,
    passes: passes.length,
    articles: first.articles,
    megabytes: first.bytes / MB,
    seconds,
    cpuSeconds: summarize(passes.map((pass) => pass.cpuMs / 1000)),
    articlesPerSecond: first.articles / seconds.median,
    megabytesPerSecond: first.bytes / MB / seconds.median,
    triplesPerSecond: triples > 0 ? triples / seconds.median : null,
    triples,
    errors: Math.max(...passes.map((pass) => pass.errors)),
    memory: {
      rssStart: highest((r) => r.memory.rssStart),
      rssPeak: highest((r) => r.memory.rssPeak),
      heapPeak: highest((r) => r.memory.heapPeak),
      maxRss: highest((r) => r.memory.maxRss),
    },
  };
  if (first.contender === 'wikikg') {
    figures.stages = Object.fromEntries(STAGES.map((stage) => [stage, summarize(passes.map((pass) => pass.stages[stage] / 1000))])) as Record<Stage, Summary>;
    figures.agreesWithPipeline = results.every((result) => result.agreesWithPipeline === true);
  }
  return figures;
}

const pad = (text: string, width: number): string => text.padStart(width);
const fixed = (n: number, digits: number): string => n.toFixed(digits);

function row(f: ContenderFigures, labelWidth: number): string {
  const s = f.seconds;
  const time = `${fixed(s.median, 1)} (${fixed(s.min, 1)}–${fixed(s.max, 1)}, ±${fixed((s.spread * 100) / 2, 1)}%)`;
  return [
    f.label.padEnd(labelWidth),
    pad(fixed(f.articlesPerSecond, 2), 10),
    pad(fixed(f.megabytesPerSecond, 3), 8),
    pad(f.triplesPerSecond === null ? '–' : fixed(f.triplesPerSecond, 0), 10),
    pad(time, 28),
    pad(fixed(f.cpuSeconds.median, 1), 7),
    pad(`${fixed(f.memory.rssPeak, 0)} / ${fixed(f.memory.maxRss, 0)}`, 16),
    pad(fixed(f.memory.heapPeak, 0), 9),
    pad(String(f.errors), 6),
  ].join('  ');
}

function stageLines(pipeline: ContenderFigures, floor: ContenderFigures | undefined): string[] {
  if (!pipeline.stages) return [];
  const total = STAGES.reduce((sum, stage) => sum + pipeline.stages![stage].median, 0);
  const lines = [`wikikg stages (seconds per pass, median; share of the stage total ${fixed(total, 1)} s):`];
  for (const stage of STAGES) {
    const s = pipeline.stages[stage];
    lines.push(`  ${STAGE_LABEL[stage].padEnd(34)} ${pad(fixed(s.median, 2), 8)}  ${pad(fixed((100 * s.median) / total, 1), 5)}%`);
  }
  if (floor) {
    const ownParse = pipeline.stages.parse.median - floor.seconds.median;
    lines.push(`  of parse: wikiparser-node itself ${pad(fixed(floor.seconds.median, 2), 8)}, the rest (tree copy, lint, our rules) ${fixed(ownParse, 2)}`);
  }
  return lines;
}

const STAGE_LABEL: Record<Stage, string> = {
  parse: 'parse model (parseArticle)',
  extract: 'extract (extractFacts)',
  graph: 'graph (factsToQuads)',
  serialize: 'serialize Turtle (sort + N3 writer)',
};

/** The report as a table for the terminal. */
export function formatTable(report: BenchReport): string {
  const first = report.contenders[0];
  const labelWidth = Math.max(9, ...report.contenders.map((c) => c.label.length));
  const head = [
    'contender'.padEnd(labelWidth),
    pad('articles/s', 10),
    pad('MB/s', 8),
    pad('triples/s', 10),
    pad('s per pass (median, min–max)', 28),
    pad('CPU s', 7),
    pad('RSS MB smp/max', 16),
    pad('heap MB', 9),
    pad('errors', 6),
  ].join('  ');
  const lines = [
    `corpus ${report.corpus}: ${first.articles} articles, ${fixed(first.megabytes, 1)} MB of wikitext (UTF-8); node ${report.node}`,
    `${report.rounds} round(s) × ${report.repsPerRound} timed pass(es) per contender, each in a fresh process after a warm-up over ${report.warmUpArticles} articles`,
    '',
    head,
    ...report.contenders.map((c) => row(c, labelWidth)),
    'RSS: highest sampled between articles / the OS maxRSS of the process; heap: highest heapUsed sampled',
    '',
  ];
  const pipeline = report.contenders.find((c) => c.name === 'wikikg');
  const floor = report.contenders.find((c) => c.name === 'wikiparser-node');
  if (report.pipelineToParseRatio !== null) {
    const verdict = report.pipelineToParseRatio >= 0.5 ? 'met' : 'NOT met';
    const cpu = report.pipelineToParseCpuRatio === null ? '' : `; by CPU time ${fixed(report.pipelineToParseCpuRatio, 2)}`;
    lines.push(`wikikg throughput / wikiparser-node parse throughput = ${fixed(report.pipelineToParseRatio, 2)}${cpu} (target ≥ 0.50: ${verdict})`);
    const byRound = report.pipelineToParseRatioByRound;
    if (byRound.length > 1) lines.push(`the same ratio round by round: ${byRound.map((r) => fixed(r, 2)).join(', ')} (median ${fixed(summarize(byRound).median, 2)})`);
    lines.push('');
  }
  if (pipeline) lines.push(...stageLines(pipeline, floor));
  if (pipeline?.agreesWithPipeline === false) lines.push('', 'WARNING: the staged calls no longer match src/pipeline.ts; update perf/contenders.ts');
  return `${lines.join('\n')}\n`;
}
