import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import { parseRdf } from '../../src/export/serialize';
import { ROOT } from '../helpers/seedStore';
import { itemRow, pageRow, sqlDump } from '../helpers/sqlDumps';
import { xmlDump } from '../helpers/wikiDumps';
import { startWikidataServer } from '../helpers/wikidataServer';
import { runCli, snapshot, tempDir, writeTree } from './helpers';

const SEED = path.join(ROOT, 'seeds', '南北共同聯絡辦公室.wiki');

async function builtSeed(): Promise<string> {
  const dir = tempDir();
  const run = await runCli(['build', SEED, '--out', 'out'], { cwd: dir });
  expect(run.code).toBe(0);
  return dir;
}

describe('wikikg link', () => {
  it('links offline from the shipped cache, and build --link writes the same bytes', async () => {
    const dir = await builtSeed();
    const run = await runCli(['link', '--data', 'out'], { cwd: dir });
    expect(run.errorLines).toEqual(['linked 2 entities to Wikidata items, 0 more with candidates only, in 1 files (offline, from the cache only)']);
    const linked = fs.readFileSync(path.join(dir, 'out', 'zh', '南北共同聯絡辦公室.ttl'), 'utf8');
    expect(linked).toContain('owl:sameAs wd:Q884');
    const again = await runCli(['build', SEED, '--link', '--out', 'out2'], { cwd: dir });
    expect(again.code).toBe(0);
    expect(fs.readFileSync(path.join(dir, 'out2', 'zh', '南北共同聯絡辦公室.ttl'), 'utf8')).toBe(linked);
  });

  it('asks a given endpoint online and writes the answers to the cache, dated and sourced', async () => {
    const dir = await builtSeed();
    const server = await startWikidataServer({ items: { Q884: { sitelinks: { zhwiki: '大韓民國' } } } });
    try {
      const run = await runCli(['link', '--data', 'out', '--online', '--endpoint', server.endpoint, '--cache', 'links.tsv'], { cwd: dir });
      expect(run.code).toBe(0);
      const cache = fs.readFileSync(path.join(dir, 'links.tsv'), 'utf8').trim().split('\n');
      expect(cache[0]).toBe('kind\tsite\tkey\titem\tscore\tpage\tdate\tsource');
      // The graph names the page 大韩民国 (its canonical form); Wikidata has it as 大韓民國, found as a variant.
      expect(cache).toContainEqual(expect.stringMatching(new RegExp(`^sitelink\tzhwiki\t大韩民国\tQ884\t\t大韓民國\t\\d{4}-\\d{2}-\\d{2}\t${server.endpoint} wbgetentities sites=zhwiki \\(as 大韓民國\\)$`)));
      expect(server.requests.every((r) => /^wikikg\/\d+\.\d+\.\d+ \(https:\/\/w3id.org\/wikikg\/; contact in README/.test(r.userAgent))).toBe(true);
    } finally {
      await server.close();
    }
  });

  it('fails with one line and changes nothing when the service cannot be reached', async () => {
    const dir = await builtSeed();
    const server = await startWikidataServer({ items: {} });
    await server.close();
    const before = snapshot(dir);
    const run = await runCli(['link', '--data', 'out', '--online', '--endpoint', server.endpoint, '--cache', 'links.tsv'], { cwd: dir });
    expect([run.code, run.errorLines]).toEqual([1, [
      `wikikg: cannot reach the Wikidata API at ${server.endpoint} (ECONNREFUSED); without --online, links come from the cache only`,
    ]]);
    expect(snapshot(dir)).toEqual(before);
  });

  it('refuses --endpoint without --online', async () => {
    const run = await runCli(['link', '--endpoint', 'http://127.0.0.1:1/w/api.php']);
    expect([run.code, run.errorLines]).toEqual([2, ["wikikg: --endpoint needs --online (see 'wikikg link --help')"]]);
  });

  it('updates the manifest, so that an incremental build keeps the linked graph', async () => {
    const dir = await builtSeed();
    expect((await runCli(['link', '--data', 'out'], { cwd: dir })).code).toBe(0);
    const rebuilt = await runCli(['build', SEED, '--out', 'out'], { cwd: dir });
    expect(rebuilt.errorLines.at(-1)).toMatch(/skipped 1 unchanged since the manifest$/);
    expect(fs.readFileSync(path.join(dir, 'out', 'zh', '南北共同聯絡辦公室.ttl'), 'utf8')).toContain('owl:sameAs wd:Q884');
  });

  it('fails with one line and renames nothing when a file cannot be read, leaving no temporary file', async () => {
    const dir = await builtSeed();
    fs.writeFileSync(path.join(dir, 'out', 'zh', 'zz-broken.ttl'), '<a> <b> .\n');
    const before = snapshot(dir);
    const run = await runCli(['link', '--data', 'out'], { cwd: dir });
    expect([run.code, run.errorLines.length, run.errorLines[0]]).toEqual([1, 1, expect.stringMatching(/^wikikg: out\/zh\/zz-broken\.ttl: /)]);
    expect(snapshot(dir)).toEqual(before);
  });
});

describe('wikikg link with the wiki tables', () => {
  // Page ids and items are fixtures (test/helpers/sqlDumps.ts), not Wikidata's.
  const DUMP = xmlDump('zhwiki', [
    { id: 101, title: '德國', text: "'''德國'''是國家，首都是[[柏林]]。" },
    { id: 102, title: '柏林', text: "'''柏林'''是[[德国]]的首都。" },
  ]);
  const PAGE_PROPS = sqlDump('zhwiki', 'page_props', [itemRow(101, 'Q990001101'), itemRow(102, 'Q990001102')]);
  const LANGLINKS = sqlDump('zhwiki', 'langlinks', [[102, 'en', 'Berlin']]);
  const tables = ['--page-props', 'pp.sql.gz', '--langlinks', 'll.sql'];
  const inputs = () => writeTree(tempDir(), { 'zhwiki.xml': DUMP, 'pp.sql.gz': zlib.gzipSync(PAGE_PROPS), 'll.sql': LANGLINKS });
  const turtle = (dir: string) => Object.fromEntries(fs.readdirSync(path.join(dir, 'zh')).map((f) => [f, fs.readFileSync(path.join(dir, 'zh', f), 'utf8')]));

  it("links a dump's graphs by the page ids of its site index, to the same bytes as a build with the tables", async () => {
    const cwd = inputs();
    expect((await runCli(['build', 'zhwiki.xml', '--out', 'linked'], { cwd })).code).toBe(0);
    const run = await runCli(['link', '--data', 'linked', ...tables], { cwd });
    expect(run.code).toBe(0);
    expect(run.errorLines).toContain('pp.sql.gz: Wikidata items of 2 of the 2 zhwiki pages with a page id');
    expect(run.errorLines.at(-1)).toBe('linked 4 entities to Wikidata items, 0 more with candidates only, in 2 files (offline, from the cache and the wiki tables)');
    expect((await runCli(['build', 'zhwiki.xml', '--out', 'built', ...tables], { cwd })).code).toBe(0);
    expect(turtle(path.join(cwd, 'linked'))).toEqual(turtle(path.join(cwd, 'built')));
    expect(turtle(path.join(cwd, 'linked'))['柏林.ttl']).toContain('owl:sameAs wd:Q990001102, <https://w3id.org/wikikg/resource/en/Berlin>');
  });

  it('links loose articles by the page table, and an N-Quads stream one named graph at a time', async () => {
    const cwd = writeTree(inputs(), {
      'zh/柏林.wiki': "'''柏林'''是[[德国]]的首都。",
      'page.sql': sqlDump('zhwiki', 'page', [pageRow(101, '德国'), pageRow(102, '柏林')]),
    });
    // The loose 柏林 comes after the dump, so it is the copy of that page the build builds (the later one).
    expect((await runCli(['build', 'zhwiki.xml', 'zh', '--out', 'nq', '--format', 'nq.gz'], { cwd })).code).toBe(0);
    expect((await runCli(['link', '--data', 'nq', '--page', 'page.sql', ...tables], { cwd })).code).toBe(0);
    const quads = parseRdf(zlib.gunzipSync(fs.readFileSync(path.join(cwd, 'nq', 'zhwiki.nq.gz'))).toString('utf8'), 'nq');
    const sameAs = quads.filter((q) => q.predicate.value === 'http://www.w3.org/2002/07/owl#sameAs').map((q) => `${q.graph.value.replace(/^.*\//, '')} ${q.subject.value.replace(/^.*\//, '')} ${q.object.value.replace(/^.*\//, '')}`);
    expect(sameAs.sort()).toEqual(['德國 德國 Q990001101', '德國 柏林 Q990001102'].sort());
    const loose = parseRdf(zlib.gunzipSync(fs.readFileSync(path.join(cwd, 'nq', 'zh', '柏林.nq.gz'))).toString('utf8'), 'nq');
    expect(loose.filter((q) => q.predicate.value.endsWith('#sameAs')).map((q) => q.object.value).sort()).toEqual([
      'http://www.wikidata.org/entity/Q990001101', 'http://www.wikidata.org/entity/Q990001102', 'https://w3id.org/wikikg/resource/en/Berlin',
    ]);
  });
});
