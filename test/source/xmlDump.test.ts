import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { declaredLanguage, pageLanguage, readDumpArticles } from '../../src/source/dumpArticles';
import { safeFileName } from '../../src/source/fileNames';
import { isDumpFile, readInputs } from '../../src/source/readInputs';
import { PROPERTY } from '../../src/graph/vocab';
import { buildArticle } from '../../src/pipeline';

const fixture = (name: string): string => path.join(__dirname, 'fixtures', name);

/** A temp file holding `content`. */
function fileWith(name: string, content: string | Uint8Array): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'wikikg-dump-')), name);
  fs.writeFileSync(file, content);
  return file;
}

const rejection = (file: string): Promise<string> =>
  readDumpArticles(file).then(
    () => 'resolved',
    (error: Error) => error.message,
  );

const page = (title: string, text: string, extra = ''): string =>
  `<page><title>${title}</title><ns>0</ns>${extra}<revision><id>7</id><text>${text}</text></revision></page>`;
const dump = (body: string, header = '<siteinfo><dbname>enwiki</dbname></siteinfo>'): string => `<mediawiki>${header}${body}</mediawiki>`;

describe.each(['dump.xml', 'dump.xml.bz2'])('reading the fixture %s', (name) => {
  it('takes the article pages and redirects with title, revision, language and unescaped text', async () => {
    const { articles } = await readDumpArticles(fixture(name));
    expect(articles.map((a) => [a.title, a.revision, a.lang])).toEqual([
      ['Alpha & Omega', '101', 'ko'],
      ['Gamma', '103', 'ko'],
      ['Delta', '105', 'ko'],
    ]);
    expect(articles[0].text).toBe("'''Alpha''' <ref>x</ref> [[Beta]].");
    expect(articles[0].origin).toBe(`${fixture(name)}[Alpha & Omega]`);
  });
  it("keeps each page's id, which the wiki's SQL tables name it by", async () => {
    const { articles } = await readDumpArticles(fixture(name));
    expect(articles.map((a) => a.pageId)).toEqual([1, 3, 4]);
  });
  it('keeps the last revision of a page with several', async () => {
    expect((await readDumpArticles(fixture(name))).articles[2].text).toBe("'''Delta''' is new.");
  });
  it('keeps a redirect with the target its <redirect> element names, and counts it', async () => {
    const dump = await readDumpArticles(fixture(name));
    expect(dump.articles.map((a) => a.redirect)).toEqual([undefined, 'Alpha & Omega', undefined]);
    expect(dump.redirects).toBe(1);
  });
  it('builds a redirect into a graph that says where it leads', async () => {
    const gamma = (await readDumpArticles(fixture(name))).articles.find((a) => a.title === 'Gamma')!;
    const build = buildArticle(gamma);
    expect(build.facts.map((f) => [f.kind, f.evidence.rule])).toEqual([['relation', 'page/redirect'], ['label', 'page/redirect-title']]);
    const triple = build.quads.find((q) => q.predicate.equals(PROPERTY.redirectsTo))!;
    expect([triple.subject.value, triple.object.value]).toEqual([
      'https://w3id.org/wikikg/resource/ko/Gamma',
      'https://w3id.org/wikikg/resource/ko/Alpha_&_Omega',
    ]);
  });
  it('counts the pages it skips', async () => {
    expect((await readDumpArticles(fixture(name))).skipped).toMatchObject({ namespace: 1 });
  });
  it('lets --lang override the header', async () => {
    expect((await readDumpArticles(fixture(name), { lang: 'de' })).articles.map((a) => a.lang)).toEqual(['de', 'de', 'de']);
  });
});

describe('readDumpArticles', () => {
  it('keeps redirects written only as #REDIRECT text (any language), and skips empty pages', async () => {
    const pages = page('A', '#REDIRECT [[B]]') + page('C', '  ') + page('D', 'text') + page('E', '#WEITERLEITUNG [[D]]') + page('F', '#重定向 [[D]]');
    const { articles, skipped, redirects } = await readDumpArticles(fileWith('d.xml', dump(pages)));
    expect(articles.map((a) => a.title)).toEqual(['A', 'D', 'E', 'F']);
    expect(redirects).toBe(3);
    expect(skipped).toMatchObject({ empty: 1 });
  });
  it('keeps a redirect whose text is missing when the dump names its target', async () => {
    const body = `<page><title>R</title><ns>0</ns><redirect title="T" /><revision><id>9</id><text></text></revision></page>`;
    const { articles } = await readDumpArticles(fileWith('d.xml', dump(body)));
    expect(articles.map((a) => [a.title, a.redirect, a.text])).toEqual([['R', 'T', '']]);
  });
  it('keeps the later of two pages with the same title', async () => {
    const { articles, skipped } = await readDumpArticles(fileWith('d.xml', dump(page('A', 'first') + page('A', 'second'))));
    expect(articles.map((a) => a.text)).toEqual(['second']);
    expect(skipped.duplicate).toBe(1);
  });
  it('skips a page over the size limit with a note naming it', async () => {
    const { articles, notes } = await readDumpArticles(fileWith('d.xml', dump(page('Big', 'x'.repeat(100)) + page('S', 'x'))), { maxBytes: 50 });
    expect(articles.map((a) => a.title)).toEqual(['S']);
    expect(notes).toEqual([expect.stringMatching(/d\.xml\[Big\]: skipped: the text is too large \(100 bytes; the limit is 50 bytes\)$/)]);
  });
  it('rejects malformed XML with the line and column', async () => {
    expect(await rejection(fileWith('d.xml', '<mediawiki>\n<page><title>A</page>'))).toMatch(/d\.xml:2:\d+: malformed XML: /);
  });
  it('rejects a dump cut off in the middle', async () => {
    expect(await rejection(fileWith('d.xml', dump(page('A', 'text')).slice(0, -20)))).toMatch(/malformed XML/);
  });
  it('rejects XML that is not a MediaWiki dump', async () => {
    expect(await rejection(fileWith('d.xml', '<html><body/></html>'))).toMatch(/is not a MediaWiki XML dump \(its root element is <html>/);
  });
  it('rejects a corrupt bzip2 file', async () => {
    const bytes = fs.readFileSync(fixture('dump.xml.bz2'));
    expect(await rejection(fileWith('d.xml.bz2', bytes.subarray(0, 60)))).toMatch(/d\.xml\.bz2/);
  });
  it('rejects a missing file in one line', async () => {
    expect(await rejection('/nonexistent/d.xml')).toBe('no such file or directory: /nonexistent/d.xml');
  });
});

describe('the language of a dump page', () => {
  it.each<[string, { dbname?: string; xmlLang?: string }, string | undefined]>([
    ['dbname', { dbname: 'zhwiki', xmlLang: 'en' }, 'zh'],
    ['dbname with an underscore', { dbname: 'zh_yuewiki' }, 'zh-yue'],
    ['xml:lang when dbname is not a wiki language', { dbname: 'tmp-wp', xmlLang: 'ltg' }, 'ltg'],
    ['nothing usable', { dbname: 'tmp-wp' }, undefined],
  ])('comes from %s', (_, site, lang) => expect(declaredLanguage(site)).toBe(lang));
  it("follows the page's script over a header copied from enwiki", () => {
    expect(pageLanguage({ dbname: 'enwiki' }, 'ベルリンはドイツの首都であり、同国最大の都市である。')).toBe('ja');
    expect(pageLanguage({ dbname: 'enwiki' }, 'Berlin is the capital of Germany.')).toBe('en');
  });
});

describe('readInputs', () => {
  it('reads a dump named like an article file by its <mediawiki> start', async () => {
    const file = fileWith('pages.txt', `<?xml version="1.0"?>\n${dump(page('A', 'text'))}`);
    expect(isDumpFile(file)).toBe(true);
    expect((await readInputs([file])).articles.map((a) => a.outputName)).toEqual(['A']);
  });
  it('names outputs of dump pages by title and summarises each dump', async () => {
    const { articles, notes } = await readInputs([fixture('dump.xml')]);
    expect(articles.map((a) => a.outputName)).toEqual(['Alpha_&_Omega', 'Gamma', 'Delta']);
    expect(notes).toEqual([`${fixture('dump.xml')}: 2 articles, 1 redirect (skipped pages: 1 outside the article namespace)`]);
  });
});

describe('safeFileName', () => {
  it.each([
    ['A title', 'A_title'],
    ['AC/DC', 'AC%2FDC'],
    ['100% "x" <y>: z?', '100%25_%22x%22_%3Cy%3E%3A_z%3F'],
    ['.hidden', '%2Ehidden'],
    ['NUL', '_NUL'],
    ['a\u0000b\u001fc', 'a%00b%1Fc'],
    ['lone \uD800 surrogate', 'lone_%uD800_surrogate'],
    ['😀 kept', '😀_kept'],
  ])('%j → %j', (title, name) => expect(safeFileName(title)).toBe(name));
  it('cuts long titles to 200 bytes and keeps them apart with a hash', () => {
    const a = safeFileName('長'.repeat(100) + 'a');
    const b = safeFileName('長'.repeat(100) + 'b');
    expect(Buffer.byteLength(a)).toBeLessThanOrEqual(200);
    expect(a).not.toBe(b);
  });
});
