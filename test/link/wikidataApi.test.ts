import { resolveTitles } from '../../src/link/lookup';
import { WikidataClient, WikidataUnavailableError, type ClientOptions } from '../../src/link/wikidataApi';
import { startWikidataServer, type FakeWikidata, type RunningServer } from '../helpers/wikidataServer';

const servers: RunningServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function serve(data: FakeWikidata): Promise<RunningServer> {
  const server = await startWikidataServer(data);
  servers.push(server);
  return server;
}

/** A client of `server` that records its waits instead of waiting. */
function clientOf(server: { endpoint: string }, options: Partial<ClientOptions> = {}) {
  const waits: number[] = [];
  const client = new WikidataClient({
    endpoint: server.endpoint, userAgent: 'wikikg/test (tests)', minIntervalMs: 0, backoffMs: 100,
    sleep: async (ms) => void waits.push(ms), ...options,
  });
  return { client, waits };
}

const KOREAS: FakeWikidata['items'] = {
  Q884: { labels: { zh: '大韩民国' }, sitelinks: { zhwiki: '大韩民国' } },
  Q423: { labels: { zh: '朝鲜民主主义人民共和国' }, sitelinks: { zhwiki: '朝鮮民主主義人民共和國' } },
};

describe('the Wikidata API client', () => {
  it('sends a descriptive User-Agent, maxlag=5 and JSON format on every call', async () => {
    const server = await serve({ items: KOREAS });
    await clientOf(server).client.entitiesByTitles('zhwiki', ['朝鮮民主主義人民共和國']);
    const [request] = server.requests;
    expect(request.userAgent).toBe('wikikg/test (tests)');
    expect([request.params.get('maxlag'), request.params.get('format'), request.params.get('sites')]).toEqual(['5', 'json', 'zhwiki']);
  });

  it('asks for 51 titles in two calls of 50 and 1', async () => {
    const server = await serve({ items: {} });
    const titles = Array.from({ length: 51 }, (_, i) => `Page ${String(i).padStart(2, '0')}`);
    const entries = await resolveTitles(clientOf(server).client, 'zhwiki', titles, '2026-01-02');
    expect(server.requests.map((r) => r.params.get('titles')!.split('|').length)).toEqual([50, 1]);
    expect(entries.filter((e) => e.item)).toEqual([]);
  });

  it('follows a page redirect to the item of its target', async () => {
    const server = await serve({ items: KOREAS, redirects: { zhwiki: { 北韓: '朝鮮民主主義人民共和國' } } });
    const [entry] = await resolveTitles(clientOf(server).client, 'zhwiki', ['北韓'], '2026-01-02');
    expect(entry).toMatchObject({ kind: 'sitelink', key: '北韓', item: 'Q423', page: '朝鮮民主主義人民共和國', date: '2026-01-02' });
  });

  it('tries the Simplified form of a Traditional title that has no item', async () => {
    const server = await serve({ items: KOREAS });
    const [entry] = await resolveTitles(clientOf(server).client, 'zhwiki', ['大韓民國'], '2026-01-02');
    expect(server.requests.map((r) => r.params.get('titles'))).toEqual(['大韓民國', '大韩民国']);
    expect(entry).toMatchObject({ item: 'Q884', page: '大韩民国' });
    expect(entry.source).toBe(`${server.endpoint} wbgetentities sites=zhwiki (as 大韩民国)`);
  });

  it('records a page without an item as such, with its source', async () => {
    const server = await serve({ items: KOREAS });
    const [entry] = await resolveTitles(clientOf(server).client, 'zhwiki', ['Nowhere'], '2026-01-02');
    expect(entry).toEqual({ kind: 'sitelink', site: 'zhwiki', key: 'Nowhere', date: '2026-01-02', source: `${server.endpoint} wbgetentities sites=zhwiki: no item` });
  });

  it('waits as Retry-After says on maxlag and 429, and backs off exponentially on 503', async () => {
    const server = await serve({
      items: KOREAS,
      failures: [{ kind: 'maxlag', retryAfter: 5 }, { kind: '429', retryAfter: 2 }, { kind: '503' }, { kind: '503' }],
    });
    const { client, waits } = clientOf(server);
    const answer = await client.entitiesByTitles('zhwiki', ['大韩民国']);
    expect(answer.entities.map((e) => e.id)).toEqual(['Q884']);
    expect(waits).toEqual([5000, 2000, 400, 800]);
  });

  it('gives up after its retries with one line naming the service and the problem', async () => {
    const server = await serve({ items: {}, failures: [{ kind: '503' }, { kind: '503' }, { kind: '503' }] });
    const { client } = clientOf(server, { retries: 2 });
    await expect(client.search('千海成', 'zh')).rejects.toThrow(
      new WikidataUnavailableError(`cannot use the Wikidata API at ${server.endpoint}: HTTP 503 (after 3 attempts)`),
    );
  });

  it('keeps calls apart by the minimum interval', async () => {
    const server = await serve({ items: KOREAS });
    const { client, waits } = clientOf(server, { minIntervalMs: 250, now: () => 1000 });
    await client.search('大韩', 'zh');
    await client.search('朝鲜', 'zh');
    expect(waits).toEqual([250]);
  });

  it('says in one line that the service cannot be reached', async () => {
    const server = await startWikidataServer({ items: {} });
    await server.close();
    const { client } = clientOf(server);
    const error = await client.search('千海成', 'zh').catch((e: Error) => e);
    expect(error).toBeInstanceOf(WikidataUnavailableError);
    expect((error as Error).message).toBe(
      `cannot reach the Wikidata API at ${server.endpoint} (ECONNREFUSED); without --online, links come from the cache only`,
    );
  });

  it('reads search hits and entity claims in the API formats', async () => {
    const server = await serve({ items: { Q990000001: { labels: { zh: '甲' }, descriptions: { zh: '測試' }, claims: { P108: ['Q990000010'] } } } });
    const { client } = clientOf(server);
    expect(await client.search('甲', 'zh')).toEqual([{ id: 'Q990000001', label: '甲', description: '測試' }]);
    const [record] = await client.entitiesByIds(['Q990000001']);
    expect(record).toEqual({ id: 'Q990000001', labels: { zh: '甲' }, descriptions: { zh: '測試' }, aliases: {}, claims: { P108: ['Q990000010'] }, sitelinks: {} });
  });
});
