/**
 * `npm run infobox-stats`: what the infobox layer reads from the shared corpus, per language: articles with
 * an infobox, raw and mapped facts, the share of raw values that were parsed into something typed (a link,
 * a date, a number, a file, a point) rather than kept as text, and coordinates found. A script that prints
 * figures for docs/QUALITY.md, not a test.
 */
import * as path from 'path';
import { extractFacts } from '../src/extract';
import { parseArticle } from '../src/parse/parseArticle';
import { defaultCorpusDir, loadCorpus } from './corpus';

interface Row {
  articles: number;
  withInfobox: number;
  raw: number;
  parsed: number;
  mapped: number;
  coordinates: number;
}

function main(argv: string[]): number {
  if (argv.includes('--help')) {
    process.stdout.write('usage: npm run infobox-stats [-- --corpus DIR]\nPrints, per language of the corpus, what the infobox layer reads (a Markdown table).\n');
    return 0;
  }
  const at = argv.indexOf('--corpus');
  const dir = at >= 0 ? path.resolve(argv[at + 1] ?? '') : defaultCorpusDir(path.resolve(__dirname, '..', '..'));
  let corpus;
  try {
    corpus = loadCorpus(dir);
  } catch (error) {
    process.stderr.write(`infobox-stats: cannot read the corpus at ${dir}: ${(error as Error).message.split('\n')[0]}\n`);
    return 1;
  }
  const rows = new Map<string, Row>();
  const started = Date.now();
  corpus.forEach((article, n) => {
    const row = rows.get(article.lang) ?? { articles: 0, withInfobox: 0, raw: 0, parsed: 0, mapped: 0, coordinates: 0 };
    rows.set(article.lang, row);
    row.articles++;
    const facts = extractFacts(parseArticle({ title: article.title, lang: article.lang, text: article.text }));
    const raw = facts.filter((f) => f.kind === 'attribute');
    if (raw.length > 0) row.withInfobox++;
    row.raw += raw.length;
    row.parsed += raw.filter((f) => f.kind === 'attribute' && !('datatype' in f.object && (f.object.datatype === 'langString' || f.object.datatype === 'string'))).length;
    row.mapped += facts.filter((f) => f.kind === 'relation' && f.evidence.rule.startsWith('infobox-mapping/')).length;
    row.coordinates += facts.filter((f) => f.kind === 'relation' && f.property === 'hasGeometry').length;
    if (process.stderr.isTTY && n % 25 === 0) process.stderr.write(`\r${n + 1}/${corpus.length} articles`);
  });
  if (process.stderr.isTTY) process.stderr.write('\n');
  const all: Row = { articles: 0, withInfobox: 0, raw: 0, parsed: 0, mapped: 0, coordinates: 0 };
  const line = (lang: string, r: Row) =>
    `| ${lang} | ${r.articles} | ${r.withInfobox} | ${r.raw} | ${r.mapped} | ${r.raw ? Math.round((100 * r.parsed) / r.raw) : 0}% | ${r.coordinates} |`;
  const out = ['| lang | articles | with an infobox | raw facts | mapped facts | raw values parsed | coordinates |', '|---|---:|---:|---:|---:|---:|---:|'];
  for (const [lang, r] of [...rows].sort((a, b) => b[1].raw - a[1].raw || (a[0] < b[0] ? -1 : 1))) {
    for (const k of Object.keys(all) as Array<keyof Row>) all[k] += r[k];
    if (r.raw > 0) out.push(line(lang, r));
  }
  out.push(line('**all**', all));
  process.stdout.write(`${out.join('\n')}\n\n${corpus.length} articles in ${rows.size} languages, ${((Date.now() - started) / 1000).toFixed(1)} s (parse + extract)\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
