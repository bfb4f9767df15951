import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as zlib from 'zlib';
import { readSqlTable, type SqlValue } from '../../src/source/sqlDump';
import { readLangLinksTable, readPagePropsTable, readPageTable, readRedirectTable, wikiOfFileName } from '../../src/source/wikiTables';
import { itemRow, pageRow, sqlDump, writeSqlFile } from '../helpers/sqlDumps';

// Page ids and items here are fixtures (see test/helpers/sqlDumps.ts), not Wikidata's.
const dir = (): string => fs.mkdtempSync(path.join(os.tmpdir(), 'wikikg-sql-'));

async function rows(file: string, table: string, defaultColumns?: string[]): Promise<SqlValue[][]> {
  const out: SqlValue[][] = [];
  await readSqlTable(file, table, (values) => out.push(values), defaultColumns ? { defaultColumns } : {});
  return out;
}

const failure = (promise: Promise<unknown>): Promise<string> => promise.then(() => 'resolved', (error: Error) => error.message);

describe('reading a MediaWiki SQL dump', () => {
  it('gives every row of every INSERT, with numbers, NULL and strings unescaped', async () => {
    const text = sqlDump('zhwiki', 'page_props', [
      [1, 'wikibase_item', 'Q990001001', null],
      [2, 'displaytitle', "it's a \\ \"quoted\"\nline\ttab", 0.5],
      [3, 'defaultsort', '柏林', -1e-5],
      [4, 'wikibase_item', 'Q990001004', null],
    ]);
    expect(await rows(writeSqlFile(dir(), 'pp.sql', text), 'page_props')).toEqual([
      [1, 'wikibase_item', 'Q990001001', null],
      [2, 'displaytitle', "it's a \\ \"quoted\"\nline\ttab", 0.5],
      [3, 'defaultsort', '柏林', -1e-5],
      [4, 'wikibase_item', 'Q990001004', null],
    ]);
  });

  it('reads gzip as it reads plain text, and the database from the header', async () => {
    const text = sqlDump('dewiki', 'langlinks', [[7, 'en', 'Berlin'], [7, 'zh', '柏林']]);
    const d = dir();
    const seen: string[] = [];
    const info = await readSqlTable(writeSqlFile(d, 'll.sql.gz', text), 'langlinks', (values) => seen.push(values.join('|')));
    expect(seen).toEqual(['7|en|Berlin', '7|zh|柏林']);
    expect(info).toEqual({ database: 'dewiki', columns: ['ll_from', 'll_lang', 'll_title'], rows: 2 });
  });

  it('does not depend on where a chunk ends: a row split anywhere reads the same', async () => {
    const text = sqlDump('zhwiki', 'langlinks', [[1, 'en', "O'Brien (\\x)"], [2, 'ja', '東京都'], [3, 'en', 'a,b)c']], 2);
    const d = dir();
    const whole = await rows(writeSqlFile(d, 'whole.sql', text), 'langlinks');
    // gzip in one-byte flushes: the reader gets many tiny chunks.
    const bytes = Buffer.from(text);
    const tiny = zlib.gzipSync(bytes, { chunkSize: 64 });
    fs.writeFileSync(path.join(d, 'tiny.sql.gz'), tiny);
    expect(await rows(path.join(d, 'tiny.sql.gz'), 'langlinks')).toEqual(whole);
    expect(whole).toEqual([[1, 'en', "O'Brien (\\x)"], [2, 'ja', '東京都'], [3, 'en', 'a,b)c']]);
  });

  it('reads rows one per line, doubled quotes, _binary strings and hexadecimal literals', async () => {
    const text = "CREATE TABLE `t` (\n  `a` int,\n  `b` blob\n);\nINSERT INTO `t` VALUES\n(1,'x''y'),\n(2,_binary 'z'),\n(3,0x4869);\n";
    expect(await rows(writeSqlFile(dir(), 't.sql', text), 't')).toEqual([[1, "x'y"], [2, 'z'], [3, 'Hi']]);
  });

  it("takes the columns from the INSERT's own list, else from the caller", async () => {
    const d = dir();
    const listed = await readSqlTable(writeSqlFile(d, 'a.sql', "INSERT INTO `t` (`x`, `y`) VALUES (1,2);\n"), 't', () => undefined);
    expect(listed.columns).toEqual(['x', 'y']);
    const bare = await readSqlTable(writeSqlFile(d, 'b.sql', 'INSERT INTO `t` VALUES (1,2);\n'), 't', () => undefined, { defaultColumns: ['p', 'q'] });
    expect(bare.columns).toEqual(['p', 'q']);
  });

  it('skips the rows of other tables in the same file', async () => {
    const text = `${sqlDump('zhwiki', 'langlinks', [[1, 'en', 'X']])}\n${sqlDump('zhwiki', 'page_props', [itemRow(5, 'Q990001005')])}`;
    expect(await rows(writeSqlFile(dir(), 'both.sql', text), 'page_props')).toEqual([[5, 'wikibase_item', 'Q990001005', null]]);
  });

  it('refuses with one line naming the file: another table, no SQL, a truncated file, a bad value, a wrong row width', async () => {
    const d = dir();
    expect(await failure(rows(writeSqlFile(d, 'page.sql', sqlDump('zhwiki', 'page', [pageRow(1, 'A')])), 'page_props'))).toMatch(/page\.sql:\d+: not a MediaWiki SQL dump of page_props: it holds the table `page`$/);
    expect(await failure(rows(writeSqlFile(d, 'x.sql', '<mediawiki></mediawiki>\n'), 'page'))).toMatch(/x\.sql:2: .*no CREATE TABLE or INSERT INTO statement/);
    expect(await failure(rows(writeSqlFile(d, 'cut.sql', "INSERT INTO `t` VALUES (1,'abc"), 't'))).toMatch(/ends inside an INSERT statement/);
    expect(await failure(rows(writeSqlFile(d, 'bad.sql', 'INSERT INTO `t` VALUES (1,banana);\n'), 't'))).toMatch(/bad\.sql:1: .*unexpected value 'banana'/);
    expect(await failure(rows(writeSqlFile(d, 'wide.sql', 'CREATE TABLE `t` (\n  `a` int\n);\nINSERT INTO `t` VALUES (1,2);\n'), 't'))).toMatch(/has 2 values, but the table has 1 columns/);
    fs.writeFileSync(path.join(d, 'broken.sql.gz'), Buffer.from([0x1f, 0x8b, 1, 2, 3]));
    expect(await failure(rows(path.join(d, 'broken.sql.gz'), 't'))).toMatch(/broken\.sql\.gz is not a readable gzip file/);
    expect(await failure(rows(path.join(d, 'missing.sql'), 't'))).toMatch(/no such file or directory: .*missing\.sql/);
  });
});

describe('the four tables of a wiki', () => {
  it('reads page titles with spaces, namespaces and redirect flags, whatever the column order', async () => {
    const d = dir();
    const pages: unknown[] = [];
    const info = await readPageTable(writeSqlFile(d, 'zhwiki-latest-page.sql.gz', sqlDump('zhwiki', 'page', [pageRow(10, '柏林'), pageRow(11, '柏林市', true), pageRow(12, 'Berlin Wall', false, 14)])), (row) => pages.push(row));
    expect(pages).toEqual([
      { id: 10, ns: 0, title: '柏林', isRedirect: false },
      { id: 11, ns: 0, title: '柏林市', isRedirect: true },
      { id: 12, ns: 14, title: 'Berlin Wall', isRedirect: false },
    ]);
    expect(info).toEqual({ wiki: 'zh', rows: 3 });
    const moved = "CREATE TABLE `page` (\n  `page_title` varbinary(255),\n  `page_id` int,\n  `page_namespace` int,\n  `page_is_redirect` tinyint\n);\nINSERT INTO `page` VALUES ('A_b',5,0,1);\n";
    const out: unknown[] = [];
    await readPageTable(writeSqlFile(d, 'moved.sql', moved), (row) => out.push(row));
    expect(out).toEqual([{ id: 5, ns: 0, title: 'A b', isRedirect: true }]);
  });

  it('reads redirects, page properties and language links', async () => {
    const d = dir();
    const seen: unknown[] = [];
    await readRedirectTable(writeSqlFile(d, 'r.sql', sqlDump('zhwiki', 'redirect', [[11, 0, '柏林', '', ''], [13, 0, 'Foo', 'en', null]])), (row) => seen.push(row));
    await readPagePropsTable(writeSqlFile(d, 'p.sql', sqlDump('zhwiki', 'page_props', [itemRow(10, 'Q990001010')])), (row) => seen.push(row));
    await readLangLinksTable(writeSqlFile(d, 'l.sql', sqlDump('zhwiki', 'langlinks', [[10, 'en', 'Berlin']])), (row) => seen.push(row));
    expect(seen).toEqual([
      { from: 11, ns: 0, title: '柏林', interwiki: '' },
      { from: 13, ns: 0, title: 'Foo', interwiki: 'en' },
      { page: 10, name: 'wikibase_item', value: 'Q990001010' },
      { from: 10, lang: 'en', title: 'Berlin' },
    ]);
  });

  it('refuses a table without a column it needs', async () => {
    const text = 'CREATE TABLE `page_props` (\n  `pp_page` int,\n  `pp_value` blob\n);\nINSERT INTO `page_props` VALUES (1,\'x\');\n';
    expect(await failure(readPagePropsTable(writeSqlFile(dir(), 'p.sql', text), () => undefined))).toMatch(/the page_props table has no column pp_propname/);
  });

  it("tells a table's wiki by its file name", () => {
    expect(wikiOfFileName('/dumps/zhwiki-20260101-page_props.sql.gz')).toBe('zh');
    expect(wikiOfFileName('zh_min_nanwiki-latest-page.sql.gz')).toBe('zh-min-nan');
    expect(wikiOfFileName('simplewiki-latest-page.sql.gz')).toBe('simple');
    expect(wikiOfFileName('page_props.sql')).toBeUndefined();
  });
});
