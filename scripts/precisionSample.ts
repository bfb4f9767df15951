/**
 * `npm run precision -- sample` draws a seeded random sample of what a corpus build writes, for a person to
 * judge against its evidence; `npm run precision -- score FILE` counts a judged sample (docs/QUALITY.md).
 *
 * The build is the one `wikikg build ../shared/corpus/articles` makes (the same pre-pass and site index, so
 * links are typed by their pages' classes), run in this process. Two populations are sampled:
 *
 * - prose facts: relations whose rule is a prose rule (scripts/corpusYield.ts `isProseRule`: pattern rows,
 *   tables, lists, glosses; not the subject, mentions, links, categories, citations or infoboxes), a figure
 *   (`X quantity [amount, unit, counted thing]`) counting as one;
 * - types: every entity typed a person or an organisation (of any kind), by any rule but the infobox's.
 *
 * Each row gives what a judge needs: the article, the fact as triples would read, the rule, and the
 * sentence (or source span) it rests on. The judge fills `verdict` with `right` or `wrong` (and a note).
 */
import * as fs from 'fs';
import * as path from 'path';
import { buildArticle, indexSite } from '../src/pipeline';
import type { EntityFact, Fact, RelationFact, Value } from '../src/extract/fact';
import type { ParsedArticle } from '../src/parse/model';
import { planInputs, streamInputs } from '../src/source/readInputs';
import { isProseRule } from './corpusYield';
import { ROOT } from './devsetScore';

const DEFAULT_CORPUS = path.resolve(ROOT, '..', 'shared', 'corpus');
const ORGANIZATION_TYPES = new Set(['Organization', 'GovernmentOrganization', 'GovernmentMinistry', 'Committee', 'LiaisonOffice', 'NewsOrganization', 'PoliticalParty']);
const COLUMNS = ['id', 'population', 'lang', 'article', 'fact', 'rule', 'evidence', 'verdict', 'note'];

const USAGE = `usage: npm run precision -- sample [--corpus DIR] [--seed N] [--facts N] [--types N] [--out FILE]
       npm run precision -- score FILE

sample  builds the corpus (as wikikg build does, in this process) and prints a seeded random sample of its
        prose facts and of its person and organisation types as TSV (${COLUMNS.join(', ')}),
        with an empty verdict for a judge to fill with right or wrong.
        --corpus DIR  the corpus: its articles/ and xml/ (default ${path.relative(process.cwd(), DEFAULT_CORPUS) || '.'})
        --seed N      the sample's seed (default 17)
        --facts N     prose facts to draw (default 120)
        --types N     types to draw (default 60)
        --out FILE    write the TSV there instead of stdout
score   counts the verdicts of a judged sample, per population, and lists the wrong rows.
`;

interface Candidate {
  population: 'prose' | 'type';
  lang: string;
  article: string;
  fact: string;
  rule: string;
  evidence: string;
}

/** mulberry32: a small seeded generator, so that a sample can be drawn again. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `n` items drawn without replacement (a partial Fisher–Yates shuffle). */
function draw<T>(items: readonly T[], n: number, next: () => number): T[] {
  const pool = [...items];
  const out: T[] = [];
  for (let i = 0; i < Math.min(n, pool.length); i++) {
    const j = i + Math.floor(next() * (pool.length - i));
    [pool[i], pool[j]] = [pool[j], pool[i]];
    out.push(pool[i]);
  }
  return out;
}

const clean = (text: string) => text.replace(/[\t\n\r]+/g, ' ').trim();
const showValue = (value: Value) => ('entity' in value ? value.entity : 'iri' in value ? `<${value.iri}>` : `"${value.literal}"${value.lang ? `@${value.lang}` : value.datatype !== 'string' ? `^^${value.datatype}` : ''}`);

function evidenceOf(article: ParsedArticle, fact: Fact): string {
  const { sentence, start, end } = fact.evidence;
  if (sentence >= 0 && article.sentences[sentence]) return clean(article.sentences[sentence].text).slice(0, 400);
  return clean([...article.source.text].slice(Math.max(0, start - 40), end + 40).join('')).slice(0, 400);
}

function describe(fact: RelationFact): string {
  const qualifiers = fact.qualifiers.map((q) => `${q.name}=${showValue(q.value)}`).join(', ');
  return `${fact.subject} ${fact.property} ${showValue(fact.object)}${qualifiers ? ` (${qualifiers})` : ''}`;
}

async function candidates(corpus: string): Promise<Candidate[]> {
  // The corpus's articles and its XML dumps, as `wikikg build corpus/articles corpus/xml` reads them.
  const inputs = ['articles', 'xml'].map((d) => path.join(corpus, d)).filter((d) => fs.existsSync(d));
  const plan = planInputs(inputs.length > 0 ? inputs : [corpus]);
  const site = await indexSite(plan);
  const found: Candidate[] = [];
  const seen = new Set<string>();
  let n = 0;
  for await (const { source } of streamInputs(plan, {})) {
    // A page both a file and a dump hold is built once; a fact stated twice in a page is one candidate.
    const page = `${source.lang}\u0000${source.title}`;
    if (seen.has(page)) continue;
    seen.add(page);
    const build = buildArticle(source, { site });
    const base = { lang: source.lang, article: source.title };
    const typed = new Map<string, { types: Set<string>; fact: EntityFact }>();
    // A figure is one fact: its node's amount, unit and counted thing are shown with the figure.
    const partsOf = new Map<string, string[]>();
    for (const fact of build.facts) {
      if (fact.kind !== 'relation' || !fact.subject.includes('#quantity:')) continue;
      partsOf.set(fact.subject, [...(partsOf.get(fact.subject) ?? []), `${fact.property}=${showValue(fact.object)}`]);
    }
    for (const fact of build.facts) {
      if (fact.kind === 'relation' && isProseRule(fact.evidence.rule) && !partsOf.has(fact.subject)) {
        const node = 'entity' in fact.object ? fact.object.entity : '';
        const parts = partsOf.get(node);
        const text = parts ? `${fact.subject} ${fact.property} [${parts.join(', ')}]` : describe(fact);
        found.push({ ...base, population: 'prose', fact: text, rule: fact.evidence.rule, evidence: evidenceOf(build.parsed, fact) });
      }
      if (fact.kind === 'entity' && !fact.evidence.rule.startsWith('infobox')) {
        const kinds = fact.types.filter((t) => t === 'Person' || ORGANIZATION_TYPES.has(t));
        if (kinds.length === 0) continue;
        // One row per entity and article: its first typing fact, with every type the article gives it.
        const seen = typed.get(fact.entity) ?? { types: new Set<string>(), fact };
        kinds.forEach((k) => seen.types.add(k));
        typed.set(fact.entity, seen);
      }
    }
    for (const [entity, { types, fact }] of typed) {
      found.push({ ...base, population: 'type', fact: `${entity} a ${[...types].sort().join(', ')}`, rule: fact.evidence.rule, evidence: evidenceOf(build.parsed, fact) });
    }
    if (++n % 100 === 0) process.stderr.write(`built ${n} articles\n`);
  }
  const unique = new Map(found.map((c) => [`${c.population}\u0000${c.lang}\u0000${c.article}\u0000${c.fact}`, c]));
  return [...unique.values()];
}

async function sample(args: Map<string, string>): Promise<void> {
  const corpus = path.resolve(args.get('corpus') ?? DEFAULT_CORPUS);
  if (!fs.existsSync(corpus)) throw new Error(`no corpus at ${corpus}`);
  const seed = Number(args.get('seed') ?? 17);
  const all = await candidates(corpus);
  const next = random(seed);
  const prose = draw(all.filter((c) => c.population === 'prose'), Number(args.get('facts') ?? 120), next);
  const types = draw(all.filter((c) => c.population === 'type'), Number(args.get('types') ?? 60), next);
  const rows = [...prose, ...types].map((c, i) => [String(i + 1), c.population, c.lang, c.article, c.fact, c.rule, c.evidence, '', ''].join('\t'));
  const header = `# precision sample: seed ${seed}, ${prose.length} of ${all.filter((c) => c.population === 'prose').length} prose facts, ${types.length} of ${all.filter((c) => c.population === 'type').length} person/organisation types, corpus ${path.basename(corpus)} (articles/ and xml/)`;
  const text = [header, COLUMNS.join('\t'), ...rows].join('\n') + '\n';
  if (args.has('out')) fs.writeFileSync(args.get('out')!, text);
  else process.stdout.write(text);
}

/** Counts a judged sample: right and wrong per population, rows without a verdict, and the wrong ones. */
export function scoreJudged(text: string): { lines: string[]; unjudged: number } {
  const rows = text.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('#')).map((l) => l.split('\t'));
  const [header, ...body] = rows;
  const at = (name: string) => header.indexOf(name);
  const tally = new Map<string, { right: number; wrong: number }>();
  const wrong: string[] = [];
  let unjudged = 0;
  for (const row of body) {
    const verdict = row[at('verdict')]?.trim();
    const population = row[at('population')];
    const t = tally.get(population) ?? { right: 0, wrong: 0 };
    tally.set(population, t);
    if (verdict === 'right') t.right++;
    else if (verdict === 'wrong') {
      t.wrong++;
      wrong.push(`  ${row[at('id')]}\t${row[at('lang')]}\t${row[at('fact')]}\t${row[at('rule')]}\t${row[at('note')] ?? ''}`);
    } else unjudged++;
  }
  const lines = [...tally].map(([population, t]) => `${population}: ${t.right}/${t.right + t.wrong} right (${(100 * t.right / Math.max(1, t.right + t.wrong)).toFixed(1)} %)`);
  if (wrong.length > 0) lines.push('wrong:', ...wrong);
  return { lines, unjudged };
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h') {
    process.stdout.write(USAGE);
    return command ? 0 : 2;
  }
  if (command === 'score') {
    if (rest.length !== 1 || !fs.existsSync(rest[0])) {
      process.stderr.write(`precision score: give one judged TSV file${rest[0] ? ` (${rest[0]} not found)` : ''}\n`);
      return 2;
    }
    const { lines, unjudged } = scoreJudged(fs.readFileSync(rest[0], 'utf8'));
    process.stdout.write(lines.join('\n') + '\n');
    if (unjudged > 0) process.stdout.write(`${unjudged} rows without a verdict\n`);
    return 0;
  }
  if (command !== 'sample') {
    process.stderr.write(`precision: unknown command '${command}' (sample or score; see --help)\n`);
    return 2;
  }
  const args = new Map<string, string>();
  for (let i = 0; i < rest.length; i += 2) {
    const name = rest[i].replace(/^--/, '');
    if (!['corpus', 'seed', 'facts', 'types', 'out'].includes(name) || rest[i + 1] === undefined) {
      process.stderr.write(`precision sample: unknown or incomplete option '${rest[i]}' (see --help)\n`);
      return 2;
    }
    args.set(name, rest[i + 1]);
  }
  await sample(args);
  return 0;
}

if (require.main === module) {
  main(process.argv.slice(2)).then((code) => (process.exitCode = code), (error: Error) => {
    process.stderr.write(`precision: ${error.message}\n`);
    process.exitCode = 1;
  });
}
