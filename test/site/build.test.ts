/**
 * Builds with a site index, end to end through the command line: a zhwiki dump whose links are written in
 * both scripts and lead through redirect chains and a loop; the same dump with its `page_props` and
 * `langlinks` tables; loose articles with the `page` and `redirect` tables, or an earlier build's folder.
 *
 * Every page id and Wikidata item here is a FIXTURE (see test/helpers/sqlDumps.ts), not Wikidata's.
 */
import * as fs from 'fs';
import * as path from 'path';
import { parseRdf } from '../../src/export/serialize';
import type { Quad } from '@rdfjs/types';
import { runCli, snapshot, tempDir, writeTree } from '../cli/helpers';
import { itemRow, pageRow, sqlDump } from '../helpers/sqlDumps';
import { xmlDump } from '../helpers/wikiDumps';
import { foldScript } from '../../src/util/chineseScript';

const R = 'https://w3id.org/wikikg/resource/zh/';
const SAME_AS = 'http://www.w3.org/2002/07/owl#sameAs';
const WD = 'http://www.wikidata.org/entity/';

/** The zhwiki dump: two articles in different scripts, a redirect in the other script, a chain and a loop. */
const DUMP = xmlDump('zhwiki', [
  { id: 101, title: '德國', text: "'''德國'''是歐洲國家，首都是[[柏林]]。" },
  { id: 102, title: '柏林', text: "'''柏林'''是[[德国]]的首都，即[[德意志聯邦共和國]]的首都。參見[[西柏林]]與[[甲]]。" },
  { id: 103, title: '德意志联邦共和国', redirect: '德國' },
  { id: 104, title: '西柏林', redirect: '柏林市' },
  { id: 105, title: '柏林市', redirect: '柏林' },
  { id: 106, title: '甲', redirect: '乙' },
  { id: 107, title: '乙', redirect: '甲' },
]);

/** The dump's `page_props`: two of its pages have an item, and a page the dump does not have. */
const PAGE_PROPS = sqlDump('zhwiki', 'page_props', [
  itemRow(101, 'Q990001101'),
  [101, 'page_image_free', 'Flag.svg', null],
  itemRow(102, 'Q990001102'),
  itemRow(999, 'Q990001999'),
]);

const LANGLINKS = sqlDump('zhwiki', 'langlinks', [[102, 'en', 'Berlin'], [102, 'de', 'Berlin'], [101, 'en', 'Germany']]);

async function build(cwd: string, ...argv: string[]) {
  const run = await runCli(['build', ...argv], { cwd });
  expect(run.stderr).not.toMatch(/internal error/);
  return run;
}

/** Every quad of every Turtle file under `dir`, with the file it came from. */
function graphs(dir: string): Map<string, Quad[]> {
  const out = new Map<string, Quad[]>();
  for (const file of fs.readdirSync(path.join(dir, 'zh'))) out.set(file, parseRdf(fs.readFileSync(path.join(dir, 'zh', file), 'utf8'), 'ttl'));
  return out;
}

const objects = (quads: Quad[], subject: string, predicate: string): string[] =>
  [...new Set(quads.filter((q) => q.subject.value === subject && q.predicate.value === predicate).map((q) => q.object.value))].sort();

const LINK = 'https://w3id.org/wikikg/ontology#wikiPageLink';
const MAIN = 'https://schema.org/mainEntityOfPage';

describe('a dump with links in both scripts, redirect chains and a loop', () => {
  const cwd = writeTree(tempDir(), { 'zhwiki-pages.xml': DUMP });
  let run: Awaited<ReturnType<typeof build>>;
  let all: Map<string, Quad[]>;
  beforeAll(async () => {
    run = await build(cwd, 'zhwiki-pages.xml', '--out', 'out', '--jobs', '1');
    all = graphs(path.join(cwd, 'out'));
  });

  it('lands a link on the page it names, whatever the script and through redirects', () => {
    const berlin = all.get('柏林.ttl')!;
    const pages = objects(berlin, 'https://zh.wikipedia.org/wiki/柏林', LINK);
    // [[德国]] and the redirect [[德意志聯邦共和國]] (its title in the other script) are the page 德國;
    // [[西柏林]] → 柏林市 → 柏林 leads back to the article itself; [[甲]] loops, so it stays as written.
    expect(pages).toEqual(['https://zh.wikipedia.org/wiki/德國', 'https://zh.wikipedia.org/wiki/柏林', 'https://zh.wikipedia.org/wiki/甲']);
    expect(berlin.some((q) => q.subject.value === `${R}德國` && q.predicate.value === MAIN)).toBe(true);
    expect(berlin.some((q) => q.subject.value.startsWith(`${R}德国`) || q.subject.value.startsWith(`${R}德意志`))).toBe(false);
  });

  it("keeps each redirect's graph, saying where it leads and that its title is another name of the target", () => {
    const redirect = all.get('德意志联邦共和国.ttl')!;
    expect(objects(redirect, `${R}德意志联邦共和国`, 'https://w3id.org/wikikg/ontology#redirectsTo')).toEqual([`${R}德國`]);
    const label = redirect.find((q) => q.subject.value === `${R}德國` && q.predicate.value === 'http://www.w3.org/2004/02/skos/core#altLabel');
    expect([label?.object.value, label?.object.termType === 'Literal' && label.object.language]).toEqual(['德意志联邦共和国', 'zh-hans']);
    expect(objects(all.get('西柏林.ttl')!, `${R}西柏林`, 'https://w3id.org/wikikg/ontology#redirectsTo')).toEqual([`${R}柏林`]);
  });

  it('reports each page of a redirect loop as a diagnostic, and still builds it', () => {
    expect(run.code).toBe(0);
    expect(run.errorLines).toContain('zhwiki-pages.xml[甲]:1:1: warning: redirect loop: 甲 → 乙 → 甲; links to these pages are left as written');
    expect(run.errorLines).toContain('zhwiki-pages.xml[乙]:1:1: warning: redirect loop: 乙 → 甲 → 乙; links to these pages are left as written');
    expect(objects(all.get('甲.ttl')!, `${R}甲`, 'https://w3id.org/wikikg/ontology#redirectsTo')).toEqual([`${R}乙`]);
  });

  it('names no two entities by IRIs that differ only by script', () => {
    const names = new Set<string>();
    for (const quads of all.values()) for (const q of quads) for (const t of [q.subject, q.object]) if (t.value.startsWith(R)) names.add(t.value);
    const byFold = new Map<string, string[]>();
    for (const name of names) byFold.set(foldScript(name), [...(byFold.get(foldScript(name)) ?? []), name]);
    expect([...byFold.values()].filter((group) => group.length > 1)).toEqual([]);
  });

  it("writes the site index next to the manifest, with page ids, redirects and each page's class", () => {
    const lines = fs.readFileSync(path.join(cwd, 'out', 'site-index.tsv'), 'utf8').replace(/\n$/, '').split('\n');
    expect(lines[0]).toBe('lang\ttitle\tns\tpage_id\tredirect\tbuilt\titem\tlanglinks\tclass');
    expect(lines).toContain('zh\t西柏林\t0\t104\t柏林市\t1\t\t\t');
    expect(lines).toHaveLength(8);
  });
});

describe('a dump with its page_props and langlinks tables', () => {
  const cwd = writeTree(tempDir(), {
    'zhwiki-pages.xml': DUMP,
    'zhwiki-latest-page_props.sql.gz': PAGE_PROPS,
    'zhwiki-latest-langlinks.sql': LANGLINKS,
  });

  it('links every page the table names, as an article and wherever it is linked, and joins other editions', async () => {
    const run = await build(cwd, 'zhwiki-pages.xml', '--page-props', 'zhwiki-latest-page_props.sql.gz', '--langlinks', 'zhwiki-latest-langlinks.sql', '--out', 'out', '--jobs', '2');
    expect(run.code).toBe(0);
    expect(run.errorLines).toContain('zhwiki-latest-page_props.sql.gz: Wikidata items of 2 of the 7 zhwiki pages with a page id');
    const all = graphs(path.join(cwd, 'out'));
    // Each row of the table whose page the dump has: the page's entity is the item, in its own graph.
    const titles: Record<number, string> = { 101: '德國', 102: '柏林' };
    for (const [page, item] of [[101, 'Q990001101'], [102, 'Q990001102']] as const) {
      expect(objects(all.get(`${titles[page]}.ttl`)!, `${R}${titles[page]}`, SAME_AS)).toContain(`${WD}${item}`);
    }
    // And where another article links it, under any script.
    expect(objects(all.get('柏林.ttl')!, `${R}德國`, SAME_AS)).toEqual([`${WD}Q990001101`]);
    expect(objects(all.get('德國.ttl')!, `${R}柏林`, SAME_AS)).toEqual([`${WD}Q990001102`]);
    // Other editions: owl:sameAs their resources.
    expect(objects(all.get('柏林.ttl')!, `${R}柏林`, SAME_AS)).toEqual([
      `${WD}Q990001102`, 'https://w3id.org/wikikg/resource/de/Berlin', 'https://w3id.org/wikikg/resource/en/Berlin',
    ]);
    // A redirect names itself in its own graph and is linked to nothing; its target is.
    expect(objects(all.get('西柏林.ttl')!, `${R}西柏林`, SAME_AS)).toEqual([]);
    expect(objects(all.get('西柏林.ttl')!, `${R}柏林`, SAME_AS)).toEqual([`${WD}Q990001102`]);
  });

  it('rebuilds every article when a table changes, as the build id says', async () => {
    await build(cwd, 'zhwiki-pages.xml', '--out', 'again', '--jobs', '1');
    const same = await build(cwd, 'zhwiki-pages.xml', '--out', 'again', '--jobs', '1');
    expect(same.errorLines.at(-1)).toMatch(/skipped 7 unchanged since the manifest$/);
    const linked = await build(cwd, 'zhwiki-pages.xml', '--out', 'again', '--jobs', '1', '--page-props', 'zhwiki-latest-page_props.sql.gz');
    expect(linked.errorLines.at(-1)).toMatch(/^built 7 articles, /);
  });
});

describe('loose articles with the wiki tables', () => {
  const ARTICLE = "'''柏林'''是[[德國]]的首都。參見[[西柏林]]。";
  const PAGE = sqlDump('zhwiki', 'page', [pageRow(101, '德国'), pageRow(102, '柏林'), pageRow(104, '西柏林', true), pageRow(105, '柏林市', true), pageRow(300, '東京')]);
  const REDIRECT = sqlDump('zhwiki', 'redirect', [[104, 0, '柏林市', '', ''], [105, 0, '柏林', '', '']]);

  it('take page ids and titles from page, targets from redirect, items from page_props', async () => {
    const cwd = writeTree(tempDir(), {
      'zh/柏林.wiki': ARTICLE,
      'zhwiki-page.sql': PAGE,
      'zhwiki-redirect.sql.gz': REDIRECT,
      'zhwiki-page_props.sql': PAGE_PROPS,
    });
    const run = await build(cwd, 'zh', '--page', 'zhwiki-page.sql', '--redirects', 'zhwiki-redirect.sql.gz', '--page-props', 'zhwiki-page_props.sql', '--out', 'out');
    expect(run.code).toBe(0);
    // 柏林 itself (its id), 德国 and 西柏林; 柏林市, where 西柏林 leads, is found in a second round.
    expect(run.errorLines).toContain('zhwiki-page.sql: 3 pages of zhwiki the build names');
    const berlin = graphs(path.join(cwd, 'out')).get('柏林.ttl')!;
    // The page table titles the page 德国 (Simplified): the link [[德國]] is that page, with its item.
    expect(objects(berlin, `${R}德国`, SAME_AS)).toEqual([`${WD}Q990001101`]);
    expect(objects(berlin, `${R}柏林`, SAME_AS)).toEqual([`${WD}Q990001102`]);
    // [[西柏林]] leads through two redirects to the article itself.
    expect(objects(berlin, 'https://zh.wikipedia.org/wiki/柏林', LINK)).toEqual(['https://zh.wikipedia.org/wiki/德国', 'https://zh.wikipedia.org/wiki/柏林']);
    const index = fs.readFileSync(path.join(cwd, 'out', 'site-index.tsv'), 'utf8');
    expect(index).not.toContain('東京');
  });

  it("take redirects and page ids from an earlier build's folder", async () => {
    const cwd = writeTree(tempDir(), { 'zhwiki-pages.xml': DUMP, 'zh/柏林市民.wiki': "'''柏林市民'''住在[[西柏林]]，[[德意志聯邦共和國]]。" });
    expect((await build(cwd, 'zhwiki-pages.xml', '--out', 'dump')).code).toBe(0);
    expect((await build(cwd, 'zh', '--redirects', 'dump', '--out', 'out')).code).toBe(0);
    const quads = graphs(path.join(cwd, 'out')).get('柏林市民.ttl')!;
    expect(objects(quads, 'https://zh.wikipedia.org/wiki/柏林市民', LINK)).toEqual(['https://zh.wikipedia.org/wiki/德國', 'https://zh.wikipedia.org/wiki/柏林']);
  });
});

describe('bad tables', () => {
  it('stop the build with one line before anything is written', async () => {
    const cwd = writeTree(tempDir(), {
      'zh/柏林.wiki': "'''柏林'''。",
      'en/Berlin.wiki': "'''Berlin'''.",
      'zhwiki-page.sql': sqlDump('zhwiki', 'page', [pageRow(1, '柏林')]),
      'props.sql': 'INSERT INTO `page_props` VALUES (1,\'wikibase_item\',\'Q990001001\',NULL);\n',
      'out/keep.txt': 'x',
    });
    const before = snapshot(path.join(cwd, 'out'));
    const wrongTable = await runCli(['build', 'zh', '--page-props', 'zhwiki-page.sql', '--out', 'out'], { cwd });
    expect([wrongTable.code, wrongTable.errorLines.at(-1)]).toEqual([1, expect.stringMatching(/^wikikg: zhwiki-page\.sql:\d+: not a MediaWiki SQL dump of page_props: it holds the table `page`$/)]);
    const missing = await runCli(['build', 'zh', '--langlinks', 'nothing.sql.gz', '--out', 'out'], { cwd });
    expect([missing.code, missing.errorLines.at(-1)]).toEqual([1, 'wikikg: no such file or directory: nothing.sql.gz']);
    const whose = await runCli(['build', 'zh', 'en', '--page-props', 'props.sql', '--out', 'out'], { cwd });
    expect([whose.code, whose.errorLines.at(-1)]).toEqual([1, expect.stringMatching(/^wikikg: cannot tell which wiki props\.sql belongs to/)]);
    expect(snapshot(path.join(cwd, 'out'))).toEqual(before);
  });

  it('say when page_props can link nothing for want of page ids, and build anyway', async () => {
    const cwd = writeTree(tempDir(), { 'zh/柏林.wiki': "'''柏林'''。", 'zhwiki-page_props.sql': PAGE_PROPS });
    const run = await build(cwd, 'zh', '--page-props', 'zhwiki-page_props.sql', '--out', 'out');
    expect(run.code).toBe(0);
    expect(run.errorLines).toContain("zhwiki-page_props.sql: Wikidata items of 0 of the 0 zhwiki pages with a page id: no zhwiki page of the build has a page id; give the wiki's page table (--page) or build from its dump");
  });
});
