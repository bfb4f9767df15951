/**
 * Hostile input: the seed and a few corpus articles, each mutated by seeded random mutations (see
 * `mutations.ts`), must build without a crash into RDF that n3, rdflib and oxigraph read as the same
 * graph, that conforms to the shapes, and whose IRIs are all well-formed. The run is bounded (a fixed
 * number of cases of bounded size) and reproducible: a failure names the seed and case, and
 * `WIKIKG_FUZZ_SEED` / `WIKIKG_FUZZ_CASES` replay or widen the search.
 */
import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import type { ArticleSource } from '../../src/parse/model';
import { checkArticle, crossParserProblems, shapeProblems } from '../helpers/graphChecks';
import { hostileTitle, MUTATIONS } from './mutations';
import { Random } from './random';

const SEED = Number(process.env.WIKIKG_FUZZ_SEED ?? 20260301);
const CASES = Number(process.env.WIKIKG_FUZZ_CASES ?? 100);
/** Bases are cut to this many characters so that each case builds in well under a second. */
const BASE_LENGTH = 3000;

const corpus = join(__dirname, '../../../shared/corpus/articles');
/** Short real articles: English, German, Urdu (right to left) and Japanese (refs and templates). */
const CORPUS_BASES: [string, string, string][] = [
  ['en', 'Jim Pewter', 'en/Jim_Pewter.wiki'],
  ['de', 'BBDO', 'de/BBDO.wiki'],
  ['ur', 'ولیم شیکسپیئر', 'ur/ولیم_شیکسپیئر.wiki'],
  ['ja', '日本語', 'ja/日本語.wiki'],
];

function bases(): ArticleSource[] {
  const seedTitle = '南北共同聯絡辦公室';
  const seed = { title: seedTitle, lang: 'zh', text: readFileSync(join(__dirname, '../../seeds', `${seedTitle}.wiki`), 'utf8') };
  const found = CORPUS_BASES.filter(([, , file]) => existsSync(join(corpus, file)));
  const fromCorpus = found.map(([lang, title, file]) => ({ title, lang, text: readFileSync(join(corpus, file), 'utf8').slice(0, BASE_LENGTH) }));
  return [seed, ...fromCorpus];
}

/** Case `index`: a base, one to three mutations, maybe a hostile title; the same for the same seed. */
function fuzzCase(all: ArticleSource[], index: number): { source: ArticleSource; steps: string[] } {
  const random = new Random(SEED + index * 7919);
  const base = random.pick(all);
  let text = base.text;
  const steps: string[] = [];
  for (let n = random.int(1, 3); n > 0; n--) {
    const mutation = random.pick(MUTATIONS);
    text = mutation.apply(text, random);
    steps.push(mutation.name);
  }
  const title = hostileTitle(base.title, random);
  return { source: { ...base, title, text, origin: `fuzz seed ${SEED} case ${index}` }, steps };
}

describe(`wikikg on ${CASES} hostile inputs (seed ${SEED})`, () => {
  const all = bases();
  const cases = Array.from({ length: CASES }, (_, i) => fuzzCase(all, i));

  it('draws every mutation at least once', () => {
    const drawn = new Set(cases.flatMap((c) => c.steps));
    expect(MUTATIONS.map((m) => m.name).filter((name) => !drawn.has(name))).toEqual([]);
  });

  it('builds each into RDF that three parsers read alike, that conforms to the shapes, with sound IRIs', async () => {
    const problems: string[] = [];
    for (const { source, steps } of cases) {
      const check = await checkArticle(source);
      const found = [...check.problems];
      if (check.build && check.turtle !== undefined) {
        found.push(...crossParserProblems(source.origin!, check.turtle, check.build.quads));
        found.push(...(await shapeProblems(source.origin!, check.build.quads)));
      }
      problems.push(...found.map((p) => `${p} [${steps.join(' + ')}; title ${JSON.stringify(source.title)}]`));
    }
    expect(problems).toEqual([]);
  });
});
