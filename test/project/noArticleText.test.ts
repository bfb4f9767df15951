import * as fs from 'fs';
import * as path from 'path';
import type { LabelFact } from '../../src/extract/fact';
import { ROOT, SEED_FILE, seedBuild } from '../helpers/seedStore';
import { countries } from '../../src/extract/lexicon/countries';
import { DEFAULT_DEVSET, DEFAULT_REALSET, devsetFiles, readGold, realsetFiles, type GoldSet } from '../../scripts/devsetScore';
import { filesUnder, findHits, goldDates, goldNames, isWikitextLine, opensPages, scriptForms, writtenDates, type Needle, type ScannedFile } from '../helpers/heldOutText';

/**
 * The brief's first rule: no name, date or sentence of an article in the code or its data (`src/`, and the
 * extraction rows of `patterns/` and infobox mappings of `mappings/`). Lexicons (general data a domain expert
 * extends: `src/**\/lexicon/`, `patterns/{lang}/lexicon/`) may contain words that also occur in articles;
 * nothing else may.
 */
const CODE_AND_DATA = ['src', 'patterns', 'mappings'];

// verified-ids.tsv is the owner's list of checked Wikidata ids with their labels (../shared/wikidata), and
// template-links.tsv says which page a wiki's template shows ({{KMT}} → its party): what an identifier of the wiki
// stands for, read the same for every article that uses it, not a rule fitted to one.
// For the seed's text they count as lexicons; for the gold sets' names they are not read.
const isReferenceData = (f: string) => /(^|\/)(verified-ids|template-links)\.tsv$/.test(f);
const everyFile = CODE_AND_DATA.flatMap((dir) => filesUnder(ROOT, dir));
const files = everyFile.filter(({ file }) => !isReferenceData(file));
const isLexicon = (f: string) => /\/lexicon\//.test(f) || isReferenceData(f);
const code = everyFile.filter(({ file }) => !isLexicon(file) && /\.(ts|json|tsv)$/.test(file));
const lexiconText = everyFile.filter(({ file }) => isLexicon(file)).map(({ text }) => text).join('\n');

function foundIn(needle: string): string[] {
  return code.filter(({ text }) => text.includes(needle)).map(({ file }) => file);
}

describe('no article text in src/, patterns/ or mappings/', () => {
  const { facts, parsed } = seedBuild();

  it('reads the code and the data', () => {
    expect(CODE_AND_DATA.map((dir) => files.filter(({ file }) => file.startsWith(`${dir}/`)).length > 0)).toEqual([true, true, true]);
  });

  it('has no six-character stretch of any sentence of the seed outside the lexicons', () => {
    const hits: string[] = [];
    for (const s of parsed.sentences) {
      const chars = [...s.text];
      for (let i = 0; i + 6 <= chars.length; i++) {
        const window = chars.slice(i, i + 6).join('');
        // Punctuation and digits make windows that any text shares; dates are checked on their own below.
        if (/[，。、「」（）0-9]/.test(window) || lexiconText.includes(window)) continue;
        hits.push(...foundIn(window).map((f) => `${f}: ${window}`));
      }
    }
    expect(hits).toEqual([]);
  });

  it('has no name of a person, place, organisation, document or event of the seed outside the lexicons', () => {
    const names = facts
      .filter((f): f is LabelFact => f.kind === 'label' && /^(page|name):/.test(f.entity) && [...f.text].length >= 2)
      .map((f) => f.text)
      .filter((n) => !lexiconText.includes(n));
    const hits = [...new Set(names)].flatMap((n) => foundIn(n).map((f) => `${f}: ${n}`));
    expect(hits).toEqual([]);
  });

  it('has no name of a person of the seed anywhere, lexicons included', () => {
    const people = new Set(facts.filter((f) => f.kind === 'entity' && f.types.includes('Person')).map((f) => (f as { entity: string }).entity));
    const names = facts.filter((f): f is LabelFact => f.kind === 'label' && people.has(f.entity)).map((f) => f.text);
    const hits = [...new Set(names)].flatMap((n) => files.filter(({ text }) => text.includes(n)).map(({ file }) => `${file}: ${n}`));
    expect(names.length).toBeGreaterThan(0);
    expect(hits).toEqual([]);
  });

  it('has no date of the seed anywhere, lexicons included', () => {
    const dates = parsed.sentences.flatMap((s) => s.text.match(/\d{4}年\d{1,2}月(\d{1,2}日)?|\d{1,2}月\d{1,2}日/g) ?? []);
    const iso = facts.flatMap((f) => (f.kind === 'relation' && 'literal' in f.object && /^\d{4}-\d\d/.test(f.object.literal) ? [f.object.literal] : []));
    const hits = [...new Set([...dates, ...iso])].flatMap((d) => files.filter(({ text }) => text.includes(d)).map(({ file }) => `${file}: ${d}`));
    expect(hits).toEqual([]);
  });
});

/** The names of states (general geography, listed in the countries lexicon), which every set may name. */
const states = new Set(countries.flatMap((c) => [c.title, ...c.names, ...c.linkOnly]));
const isState = (form: string) => states.has(form);

describe('the check finds a held-out name or date however it is written', () => {
  const row = (kind: string, a: string, b = '') => ({ article: '甲', id: `X-${kind}`, kind, a, b, note: '' });
  const gold = [row('joined', '張三豐', '某某協會'), row('dated', '張三豐', '1999-01-02'), row('dated', '某某協會', '1998-11'), row('not-person', '理事長'), row('person', '大韓民國'), row('name', 'ABC')];
  const file = (text: string, name = 'src/x.ts'): ScannedFile => ({ file: name, text });

  it('in either script, in a comment, in data', () => {
    const { needles, generalWords } = goldNames(gold, isState);
    expect(findHits([file('const a = 1;\n// e.g. 张三丰 said')], needles)).toEqual(['src/x.ts:2: 张三丰 (X-joined joined 張三豐)']);
    expect(findHits([file('id\tpattern\n/* 某某協會 */\tx', 'patterns/zh/a.tsv')], needles)).toEqual(['patterns/zh/a.tsv:2: 某某協會 (X-joined joined 某某協會)']);
    // a state, and a word the gold names only as a not-person, are not looked for; a Latin name only as a word
    expect(findHits([file('大韓民國 理事長 ABCD ABC')], needles)).toEqual(['src/x.ts:1: ABC (X-name name ABC)']);
    expect(generalWords).toEqual(['理事長']);
    expect(scriptForms('張三豐')).toEqual(['張三豐', '张三丰']);
  });

  it('a date as gold writes it, as articles write it, as a template writes it, and the month and day alone', () => {
    const { full, monthDay, yearMonth } = goldDates(gold);
    expect(findHits([file('a 1999-01-02\nb 1999年1月2日\nc {{Start date|1999|1|2}}\nd {{dts|1999|01|02}}')], full).map((h) => h.split(' ')[0])).toEqual(['src/x.ts:1:', 'src/x.ts:2:', 'src/x.ts:3:', 'src/x.ts:4:']);
    expect(findHits([file('於1月2日\n11月2日\n1月21日')], monthDay)).toEqual(['src/x.ts:1: 1月2日 (X-dated dated 1999-01-02)']);
    expect(findHits([file('1998年11月\n1998-11')], yearMonth)).toHaveLength(2);
    expect(findHits([file('1999-01-021')], full)).toEqual([]);
  });

  it('in a test file, only where the file opens the set’s pages and the line is no wikitext fixture', () => {
    const { needles } = goldNames(gold, isState);
    const opener = file("import { realArticle } from './realset';\nexpect(linksOf(realArticle('甲'))).toContain('張三豐');\nparse('[[張三豐]]');\nexpect(x).toBe('某某協會');", 'test/parse/x.test.ts');
    const byPath = file("const text = read('../shared/realset/articles/甲.wiki');\nexpect(names).toContain('張三豐');", 'test/x.test.ts');
    const other = file("import { realArticle } from '../other';\nexpect(realArticle('甲')).toContain('張三豐');", 'test/y.test.ts');
    const allow = (f: ScannedFile, line: string, n: Needle) => opensPages(f, 'real') && !isWikitextLine(line) && n.text !== '某某協會';
    expect([opener, byPath, other].map((f) => opensPages(f, 'real'))).toEqual([true, true, false]);
    expect(opensPages(byPath, 'dev')).toBe(false);
    expect(findHits([opener, byPath, other], needles, allow).map((h) => h.split(' ')[0])).toEqual(['test/parse/x.test.ts:3:', 'test/parse/x.test.ts:4:', 'test/y.test.ts:2:']);
  });
});

/**
 * The dev set (../shared/devset) and the real set (../shared/realset) score rules on articles they were not written
 * from (docs/QUALITY.md): none of the names or dates their gold names may be in src/, patterns/ or mappings/,
 * lexicons included, in either script, in code, comments or data; and no test fixture may use their names or
 * full dates. Allowed: states (the countries lexicon); words a set names only to say they are not a person or an
 * organisation (post titles such as a chairman, a discipline, an animal: general words a title lexicon needs);
 * in test/, the seed's own names (tests of the seed quote it), and in a test file that opens a set's pages by
 * title, assertions about what those pages hold (not a line of wikitext, which is a fixture). Each set is skipped
 * without it, unless CI is set.
 */
const seedText = fs.readFileSync(SEED_FILE, 'utf8');
const tests = filesUnder(ROOT, 'test');

const SETS = { dev: devsetFiles(DEFAULT_DEVSET), real: realsetFiles(DEFAULT_REALSET, DEFAULT_DEVSET) };
/** Every form of every name a set's gold names, for the sets that are there. */
const namesOfSet = (name: 'dev' | 'real'): Set<string> =>
  new Set(fs.existsSync(SETS[name].gold) ? goldNames(readGold(SETS[name].gold)).needles.map((n) => n.text) : []);

function describeSet(set: GoldSet, label: string): void {
  if (!fs.existsSync(set.gold) && !process.env.CI) {
    it.skip(`has no name or date of the ${label} (not found at ${set.dir}; it lives next to the repository)`, () => undefined);
    console.log(`noArticleText.test: ${label} checks skipped, no ${set.gold}`);
    return;
  }
  describe(`no name or date of the ${label} in src/, patterns/, mappings/ or test/`, () => {
    const gold = () => {
      if (!fs.existsSync(set.gold) || !fs.existsSync(set.articles)) throw new Error(`no ${label} at ${set.dir} (CI is set, so it must be there)`);
      return readGold(set.gold);
    };

    it(`has no name of a person, organisation, place, document or event of the ${label}, in either script, states aside`, () => {
      const { needles } = goldNames(gold(), isState);
      expect(needles.length).toBeGreaterThan(50);
      expect(findHits(files, needles)).toEqual([]);
    });

    it(`has no date of the ${label}: as gold writes it, as its articles write it, as a template's arguments, or its month and day alone`, () => {
      const { full, monthDay, yearMonth } = goldDates(gold());
      const written = writtenDates(set.articles);
      expect([full.length, monthDay.length, written.length].every((n) => n > 10)).toBe(true);
      expect(findHits(files, [...full, ...monthDay, ...yearMonth, ...written])).toEqual([]);
    });

    it(`has no test fixture with a name or a full date of the ${label}`, () => {
      const inSeed = (form: string) => seedText.includes(form);
      const { needles } = goldNames(gold(), (form) => isState(form) || inSeed(form));
      // A file that opens a set's pages may assert what they hold: that set's names (a name of both sets too).
      const names = { dev: namesOfSet('dev'), real: namesOfSet('real') };
      const allow = (file: ScannedFile, line: string, n: Needle) =>
        !isWikitextLine(line) && (['dev', 'real'] as const).some((s) => opensPages(file, s) && (s === set.name || names[s].has(n.text)));
      expect(tests.length).toBeGreaterThan(50);
      expect(findHits(tests, [...needles, ...goldDates(gold()).full], allow)).toEqual([]);
    });
  });
}

describeSet(SETS.dev, 'dev set');
describeSet(SETS.real, 'real set');
