/**
 * A stand-in for the Wikidata API on 127.0.0.1, answering `wbgetentities` and `wbsearchentities` in the
 * API's own JSON (entities keyed by id, `missing` entries, `normalized`/`redirects`, the `search` array),
 * and able to fail first the way the live service does (maxlag error, 429 with Retry-After, 503).
 *
 * Items other than the checked ones (Q884, Q423, ...) are fictitious: ids from Q990000000 up, which the
 * tests use only against this server.
 */
import * as http from 'http';
import type { AddressInfo } from 'net';

/** One item the server knows. */
export interface FakeItem {
  labels?: Record<string, string>;
  aliases?: Record<string, string[]>;
  descriptions?: Record<string, string>;
  /** Item-valued claims: property → item ids. */
  claims?: Record<string, string[]>;
  /** Site → page title. */
  sitelinks?: Record<string, string>;
}

/** A failure to give instead of the next answer. */
export type Failure = { kind: 'maxlag'; retryAfter: number } | { kind: '429'; retryAfter: number } | { kind: '503' };

/** What the server knows and how it misbehaves. */
export interface FakeWikidata {
  items: Record<string, FakeItem>;
  /** Page redirects per site: from → to. */
  redirects?: Record<string, Record<string, string>>;
  /** Failures to give, in order, before answering normally. */
  failures?: Failure[];
}

/** A running server: its endpoint, the requests it saw, and how to stop it. */
export interface RunningServer {
  endpoint: string;
  requests: Array<{ params: URLSearchParams; userAgent: string }>;
  close(): Promise<void>;
}

/** Starts the server on a free port of 127.0.0.1. */
export async function startWikidataServer(data: FakeWikidata): Promise<RunningServer> {
  const requests: RunningServer['requests'] = [];
  const failures = [...(data.failures ?? [])];
  const server = http.createServer((req, res) => {
    const params = new URL(req.url ?? '/', 'http://127.0.0.1').searchParams;
    requests.push({ params, userAgent: String(req.headers['user-agent'] ?? '') });
    const failure = failures.shift();
    if (failure) return fail(res, failure);
    const action = params.get('action');
    const body = action === 'wbgetentities' ? getEntities(data, params) : action === 'wbsearchentities' ? search(data, params) : unknownAction(action);
    res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}/w/api.php`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function fail(res: http.ServerResponse, failure: Failure): void {
  if (failure.kind === 'maxlag') {
    // The API answers maxlag with HTTP 200, Retry-After and an error object.
    res.writeHead(200, { 'Content-Type': 'application/json', 'Retry-After': String(failure.retryAfter), 'X-Database-Lag': '7' });
    res.end(JSON.stringify({ error: { code: 'maxlag', info: 'Waiting for a database server: 7 seconds lagged.', host: 'db1', lag: 7, type: 'db' }, servedby: 'mw1' }));
  } else if (failure.kind === '429') {
    res.writeHead(429, { 'Content-Type': 'text/html', 'Retry-After': String(failure.retryAfter) });
    res.end('<html><body>Too many requests</body></html>');
  } else {
    res.writeHead(503, { 'Content-Type': 'text/html' });
    res.end('<html><body>Service Unavailable</body></html>');
  }
}

function unknownAction(action: string | null) {
  return { error: { code: 'badvalue', info: `Unrecognized value for parameter "action": ${action}.` } };
}

function entityJson(id: string, item: FakeItem) {
  const terms = (map: Record<string, string> = {}) => Object.fromEntries(Object.entries(map).map(([language, value]) => [language, { language, value }]));
  const aliases = Object.fromEntries(Object.entries(item.aliases ?? {}).map(([language, values]) => [language, values.map((value) => ({ language, value }))]));
  const claims = Object.fromEntries(Object.entries(item.claims ?? {}).map(([property, ids]) => [property, ids.map((value) => ({
    mainsnak: { snaktype: 'value', property, datavalue: { value: { 'entity-type': 'item', 'numeric-id': Number(value.slice(1)), id: value }, type: 'wikibase-entityid' }, datatype: 'wikibase-item' },
    type: 'statement', rank: 'normal',
  }))]));
  const sitelinks = Object.fromEntries(Object.entries(item.sitelinks ?? {}).map(([site, title]) => [site, { site, title, badges: [] }]));
  return { type: 'item', id, labels: terms(item.labels), descriptions: terms(item.descriptions), aliases, claims, sitelinks };
}

/** `wbgetentities` by `ids`, or by `sites` + `titles` with redirects followed. */
function getEntities(data: FakeWikidata, params: URLSearchParams) {
  const entities: Record<string, unknown> = {};
  if (params.has('ids')) {
    for (const id of params.get('ids')!.split('|')) entities[id] = data.items[id] ? entityJson(id, data.items[id]) : { id, missing: '' };
    return { entities, success: 1 };
  }
  const site = params.get('sites')!;
  const redirects: Array<{ from: string; to: string }> = [];
  let missing = 0;
  for (const title of params.get('titles')!.split('|')) {
    const target = data.redirects?.[site]?.[title];
    if (target) redirects.push({ from: title, to: target });
    const page = target ?? title;
    const found = Object.entries(data.items).find(([, item]) => item.sitelinks?.[site] === page);
    if (found) entities[found[0]] = entityJson(found[0], found[1]);
    else entities[String(--missing)] = { site, title, missing: '' };
  }
  return { entities, success: 1, ...(redirects.length > 0 ? { redirects } : {}) };
}

/** `wbsearchentities`: items with a label or alias in `language` that starts with the search text. */
function search(data: FakeWikidata, params: URLSearchParams) {
  const text = params.get('search') ?? '';
  const language = params.get('language') ?? '';
  const hits = Object.entries(data.items).filter(([, item]) => {
    const names = [item.labels?.[language], ...(item.aliases?.[language] ?? [])].filter((n): n is string => !!n);
    return names.some((name) => name.startsWith(text));
  });
  return {
    searchinfo: { search: text },
    search: hits.map(([id, item]) => ({
      id, title: id, pageid: Number(id.slice(1)), concepturi: `http://www.wikidata.org/entity/${id}`, repository: 'wikidata',
      url: `//www.wikidata.org/wiki/${id}`, label: item.labels?.[language], description: item.descriptions?.[language],
      match: { type: 'label', language, text: item.labels?.[language] },
    })),
    'search-continue': undefined,
    success: 1,
  };
}
