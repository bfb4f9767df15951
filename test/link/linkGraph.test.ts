import * as fs from 'fs';
import * as path from 'path';
import type { Quad } from '@rdfjs/types';
import { formatCache, parseCache, readCacheFile } from '../../src/link/cache';
import { linkFromCache, linkGraph } from '../../src/link/linkGraph';
import { WikidataClient } from '../../src/link/wikidataApi';
import { ROOT, seedBuild } from '../helpers/seedStore';
import { startWikidataServer, type FakeWikidata, type RunningServer } from '../helpers/wikidataServer';

const SHIPPED_CACHE = path.join(ROOT, 'links', 'wikidata-cache.tsv');
const RESOURCE = 'https://w3id.org/wikikg/resource/zh/';
const WD = 'http://www.wikidata.org/entity/';
const OWL_SAME_AS = 'http://www.w3.org/2002/07/owl#sameAs';

/** `subject predicate object` lines of quads: resources, items and pages prefixed, predicates by local name. */
function lines(quads: Quad[]): string[] {
  const short = (v: string) => v.replace(RESOURCE, 'r:').replace(WD, 'wd:').replace('https://zh.wikipedia.org/wiki/', 'page:');
  const local = (v: string) => v.replace(/^.*[#/]/, '');
  return quads.map((q) => `${short(q.subject.value)} ${local(q.predicate.value)} ${short(q.object.value)}`).sort();
}

describe('the shipped cache', () => {
  const cache = readCacheFile(SHIPPED_CACHE);
  const verified = new Set(fs.readFileSync(path.join(ROOT, 'src', 'link', 'verified-ids.tsv'), 'utf8').split('\n').map((l) => l.split('\t')[0]));

  it('holds only checked identifiers, each with its date and source', () => {
    expect(cache.all().map((e) => [e.key, e.item, e.source])).toEqual([
      ['大韓民國', 'Q884', 'shared/wikidata/verified-ids.tsv (checked offline)'],
      ['朝鮮民主主義人民共和國', 'Q423', 'shared/wikidata/verified-ids.tsv (checked offline)'],
    ]);
    for (const entry of cache.all()) {
      expect(verified.has(entry.item!)).toBe(true);
      expect(entry.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('is written back byte for byte', () => {
    expect(formatCache(cache)).toBe(fs.readFileSync(SHIPPED_CACHE, 'utf8'));
  });

  it('finds a page or a name under its title in either script, and under its own form first', () => {
    expect(cache.sitelink('zhwiki', '大韩民国')?.item).toBe('Q884');
    expect(cache.sitelink('zhwiki', '大韓民國')?.key).toBe('大韓民國');
    expect(cache.sitelink('enwiki', '大韩民国')).toBeUndefined();
    // Fixture entries (not Wikidata's): a name reconciled in Traditional is the same name in Simplified.
    const names = parseCache('kind\tsite\tkey\titem\tscore\tpage\tdate\tsource\nmatch\tzhwiki\t田鐘秀\tQ990000030\t99.0\t\t2026-01-02\tfixture\n');
    expect(names.match('zhwiki', '田钟秀')?.item).toBe('Q990000030');
    expect(names.hasName('zhwiki', '田钟秀')).toBe(true);
    names.replaceName('zhwiki', '田钟秀', []);
    expect(names.hasName('zhwiki', '田鐘秀')).toBe(false);
  });

  it('rejects a line without a date or source, naming the line', () => {
    expect(() => parseCache('kind\tsite\tkey\titem\tscore\tpage\tdate\tsource\nsitelink\tzhwiki\tX\tQ1\t\t\t\t\n', 'c.tsv')).toThrow(
      'c.tsv:2: every entry needs a date (YYYY-MM-DD) and a source',
    );
  });
});

describe('linking the seed offline', () => {
  const result = linkFromCache(seedBuild().quads, readCacheFile(SHIPPED_CACHE));

  it('links the two countries by sitelink, in Wikidata’s own model, and nothing else', () => {
    expect(result.linked).toBe(2);
    expect(lines(result.quads)).toEqual([
      // The graph names a page no build has by its Simplified form; the cache finds it under the title looked up.
      'r:大韩民国 sameAs wd:Q884',
      'r:朝鲜民主主义人民共和国 sameAs wd:Q423',
      'page:大韓民國 about wd:Q884',
      'page:大韓民國 inLanguage zh',
      'page:大韓民國 isPartOf https://zh.wikipedia.org/',
      'page:大韓民國 name 大韓民國',
      'page:朝鮮民主主義人民共和國 about wd:Q423',
      'page:朝鮮民主主義人民共和國 inLanguage zh',
      'page:朝鮮民主主義人民共和國 isPartOf https://zh.wikipedia.org/',
      'page:朝鮮民主主義人民共和國 name 朝鮮民主主義人民共和國',
    ].sort());
  });

  it('leaves 開城 unlinked: the checked Kaesong item is for the page 開城市, not the name 開城', () => {
    expect(result.quads.filter((q) => q.subject.value === `${RESOURCE}開城`)).toEqual([]);
  });

  it('gives the same links when run on an already linked graph', () => {
    const again = linkFromCache([...seedBuild().quads, ...result.quads], readCacheFile(SHIPPED_CACHE));
    expect(lines(again.quads)).toEqual(lines(result.quads));
  });
});

describe('linking the seed online, against a local stand-in for Wikidata', () => {
  // Fictitious items of the stand-in server (see test/helpers/wikidataServer.ts), not Wikidata's.
  const MINISTRY = 'Q990000010';
  const OFFICIAL = { labels: { zh: '千海成' }, claims: { P108: [MINISTRY], P39: ['Q990000020'] } };
  let server: RunningServer;
  afterEach(() => server.close());

  async function linkOnline(items: FakeWikidata['items']) {
    server = await startWikidataServer({ items: { ...items, [MINISTRY]: { labels: { zh: '统一部' }, sitelinks: { zhwiki: '統一部' } } } });
    const client = new WikidataClient({ endpoint: server.endpoint, userAgent: 'wikikg/test', minIntervalMs: 0, sleep: async () => undefined });
    const cache = readCacheFile(SHIPPED_CACHE);
    const result = await linkGraph(seedBuild().quads, { cache, client, date: '2026-01-02' });
    return { result, cache, official: result.quads.filter((q) => q.subject.value.startsWith(`${RESOURCE}千海成`)) };
  }

  it('links a clear winner (name, a person, employed by the ministry the graph names) with owl:sameAs', async () => {
    const { official, cache } = await linkOnline({
      Q990000001: OFFICIAL,
      Q990000002: { labels: { zh: '千海成' }, claims: { P39: ['Q990000021'] } },
    });
    expect(official.filter((q) => q.predicate.value === OWL_SAME_AS).map((q) => q.object.value)).toEqual([`${WD}Q990000001`]);
    expect(official.some((q) => q.predicate.value.endsWith('#candidate'))).toBe(false);
    expect(cache.match('zhwiki', '千海成')).toEqual({
      kind: 'match', site: 'zhwiki', key: '千海成', item: 'Q990000001', score: 100, date: '2026-01-02',
      source: `${server.endpoint} wbsearchentities+wbgetentities, threshold and margin met`,
    });
  });

  it('records only scored candidates when the runner-up is as close', async () => {
    const { official, cache } = await linkOnline({ Q990000001: OFFICIAL, Q990000002: { ...OFFICIAL } });
    expect(official.filter((q) => q.predicate.value === OWL_SAME_AS)).toEqual([]);
    expect(lines(official)).toEqual([
      'r:千海成 candidate r:千海成/wikidata-candidate/Q990000001',
      'r:千海成 candidate r:千海成/wikidata-candidate/Q990000002',
      'r:千海成/wikidata-candidate/Q990000001 candidateItem wd:Q990000001',
      'r:千海成/wikidata-candidate/Q990000001 matchScore 100.0',
      'r:千海成/wikidata-candidate/Q990000002 candidateItem wd:Q990000002',
      'r:千海成/wikidata-candidate/Q990000002 matchScore 100.0',
    ]);
    expect(cache.match('zhwiki', '千海成')).toBeUndefined();
  });

  it('keeps the verified entries and adds dated, sourced ones; offline, the cache alone gives the same links', async () => {
    const { result, cache } = await linkOnline({ Q990000001: OFFICIAL });
    const text = formatCache(cache);
    expect(text).toContain('sitelink\tzhwiki\t大韓民國\tQ884\t\t\t2026-11-26\tshared/wikidata/verified-ids.tsv (checked offline)\n');
    // The graph names the ministry's page 统一部 (its canonical form); Wikidata has it as 統一部, found as a variant.
    expect(text).toContain(`sitelink\tzhwiki\t统一部\t${MINISTRY}\t\t統一部\t2026-01-02\t${server.endpoint} wbgetentities sites=zhwiki (as 統一部)\n`);
    expect(text).toContain(`candidate\tzhwiki\t田钟秀\t-\t\t\t2026-01-02\t${server.endpoint} wbsearchentities+wbgetentities: no candidates\n`);
    const requestsBefore = server.requests.length;
    const offline = linkFromCache(seedBuild().quads, parseCache(text));
    expect(lines(offline.quads)).toEqual(lines(result.quads));
    expect(server.requests.length).toBe(requestsBefore);
  });

  it('does not ask again for what the cache knows', async () => {
    const { result } = await linkOnline({ Q990000001: OFFICIAL });
    expect(result.added).toBeGreaterThan(0);
    const askedTitles = server.requests.flatMap((r) => (r.params.get('titles') ?? '').split('|'));
    expect(askedTitles).toContain('統一部');
    expect(askedTitles).not.toContain('大韓民國');
  });
});
