import * as fs from 'fs';
import * as path from 'path';
import { ROOT } from '../helpers/seedStore';
import { startWikidataServer } from '../helpers/wikidataServer';
import { runCli, snapshot, tempDir } from './helpers';

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
});
