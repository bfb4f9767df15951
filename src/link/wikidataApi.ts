/**
 * The one adapter for the Wikidata API (`w/api.php`), over Node's global `fetch`.
 *
 * Polite by construction, as https://www.mediawiki.org/wiki/API:Etiquette asks: a descriptive User-Agent,
 * `maxlag=5` on every call, at most 50 titles or ids per call (the API's limit for anonymous users), a
 * minimum interval between calls, and retries with exponential backoff on 429, 5xx and maxlag (honouring
 * `Retry-After`). When the service cannot be reached the error is one line that says so.
 */
import { networkErrorCode, retryAfter } from '../util/httpErrors';

/** Where the live service is. */
export const WIKIDATA_ENDPOINT = 'https://www.wikidata.org/w/api.php';

/** The API's limit of titles or ids in one `wbgetentities` call. */
export const BATCH_SIZE = 50;

/** One claim's value as the link stage needs it: the item id of an item-valued main snak. */
export interface EntityRecord {
  id: string;
  labels: Record<string, string>;
  aliases: Record<string, string[]>;
  descriptions: Record<string, string>;
  /** Item ids of the item-valued claims, by property id. */
  claims: Record<string, string[]>;
  /** Site id → page title. */
  sitelinks: Record<string, string>;
}

/** What `wbgetentities` by titles says: found entities, and how each title was rewritten on the way. */
export interface TitleLookup {
  entities: EntityRecord[];
  missingTitles: string[];
  /** from → to, for `normalized` and `redirects`. */
  renamed: Array<{ from: string; to: string }>;
}

/** One `wbsearchentities` hit. */
export interface SearchHit {
  id: string;
  label?: string;
  description?: string;
}

/** Settings of the client; tests pass a local endpoint, no delays and a recording `sleep`. */
export interface ClientOptions {
  endpoint?: string;
  userAgent: string;
  /** Minimum milliseconds between two calls (default 100; calls are also never concurrent). */
  minIntervalMs?: number;
  /** Retries after the first attempt (default 5). */
  retries?: number;
  /** First backoff in milliseconds, doubled on each retry (default 1000). */
  backoffMs?: number;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}

/** The service could not be reached or kept failing; the message is one line for the user. */
export class WikidataUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WikidataUnavailableError';
  }
}

type Json = Record<string, unknown>;
type Attempt = { json: Json } | { retryAfterMs?: number; problem: string };

// Errors worth another try; a refused connection or an unknown host will not heal in a few seconds.
const TRANSIENT_NETWORK_ERRORS = ['ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EAI_AGAIN', 'UND_ERR_SOCKET', 'UND_ERR_CONNECT_TIMEOUT'];

const MAXLAG = '5';
// Retry-After can be large under load; waiting longer than this is worse than failing with a clear message.
const MAX_WAIT_MS = 60_000;

/** A rate-limited, retrying client for the calls the link stage makes. */
export class WikidataClient {
  readonly endpoint: string;
  private readonly options: Required<Omit<ClientOptions, 'endpoint'>>;
  private lastCall = -Infinity;
  /** Calls made (for reports and tests). */
  calls = 0;

  constructor(options: ClientOptions) {
    this.endpoint = options.endpoint ?? WIKIDATA_ENDPOINT;
    this.options = {
      userAgent: options.userAgent,
      minIntervalMs: options.minIntervalMs ?? 100,
      retries: options.retries ?? 5,
      backoffMs: options.backoffMs ?? 1000,
      sleep: options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
      now: options.now ?? (() => Date.now()),
    };
  }

  /** `wbgetentities` for up to 50 page titles of one wiki, redirects followed. */
  async entitiesByTitles(site: string, titles: string[]): Promise<TitleLookup> {
    checkBatch(titles);
    const json = await this.call({
      action: 'wbgetentities', sites: site, titles: titles.join('|'), props: 'sitelinks|labels', redirects: 'yes',
    });
    const { entities, missing } = readEntities(json);
    return { entities, missingTitles: missing, renamed: readRenamed(json) };
  }

  /** `wbgetentities` for up to 50 item ids, with the claims, labels, aliases and descriptions. */
  async entitiesByIds(ids: string[]): Promise<EntityRecord[]> {
    checkBatch(ids);
    const json = await this.call({ action: 'wbgetentities', ids: ids.join('|'), props: 'claims|labels|aliases|descriptions' });
    return readEntities(json).entities;
  }

  /** `wbsearchentities` for items whose label or alias matches `text` in `language`. */
  async search(text: string, language: string, limit = 10): Promise<SearchHit[]> {
    const json = await this.call({
      action: 'wbsearchentities', search: text, language, uselang: language, type: 'item', limit: String(limit),
    });
    const hits = Array.isArray(json.search) ? (json.search as Json[]) : [];
    return hits.map((hit) => ({ id: String(hit.id), label: str(hit.label), description: str(hit.description) }));
  }

  /** One API call with the common parameters, the rate limit and the retries. */
  private async call(params: Record<string, string>): Promise<Json> {
    const url = `${this.endpoint}?${new URLSearchParams({ ...params, format: 'json', formatversion: '2', maxlag: MAXLAG })}`;
    let problem = '';
    for (let attempt = 0; attempt <= this.options.retries; attempt++) {
      await this.waitForTurn();
      const result = await this.attempt(url);
      if ('json' in result) return result.json;
      problem = result.problem;
      if (attempt === this.options.retries) break;
      const backoff = this.options.backoffMs * 2 ** attempt;
      await this.options.sleep(Math.min(MAX_WAIT_MS, Math.max(backoff, result.retryAfterMs ?? 0)));
    }
    throw new WikidataUnavailableError(`cannot use the Wikidata API at ${this.endpoint}: ${problem} (after ${this.options.retries + 1} attempts)`);
  }

  private async waitForTurn(): Promise<void> {
    const wait = this.lastCall + this.options.minIntervalMs - this.options.now();
    if (wait > 0) await this.options.sleep(wait);
    this.lastCall = this.options.now();
    this.calls++;
  }

  /** One HTTP request, classified: an answer, or a problem worth retrying. */
  private async attempt(url: string): Promise<Attempt> {
    let response: Response;
    try {
      response = await fetch(url, { headers: { 'User-Agent': this.options.userAgent, Accept: 'application/json' } });
    } catch (error) {
      const code = networkErrorCode(error);
      if (TRANSIENT_NETWORK_ERRORS.includes(code)) return { problem: `the connection failed (${code})` };
      throw new WikidataUnavailableError(`cannot reach the Wikidata API at ${this.endpoint} (${code}); without --online, links come from the cache only`);
    }
    const retryAfterMs = retryAfter(response.headers.get('retry-after'));
    if (response.status === 429 || response.status >= 500) {
      await response.body?.cancel();
      return { retryAfterMs, problem: `HTTP ${response.status}` };
    }
    const json = (await response.json().catch(() => undefined)) as Json | undefined;
    if (!response.ok || !json) return { problem: `HTTP ${response.status}, not a JSON answer` };
    const error = json.error as Json | undefined;
    if (error?.code === 'maxlag') return { retryAfterMs, problem: `the database is lagging (${String(error.lag ?? '?')} s)` };
    if (error) throw new WikidataUnavailableError(`the Wikidata API refused the request: ${String(error.code)}: ${String(error.info ?? '')}`);
    return { json };
  }
}

function checkBatch(keys: string[]): void {
  if (keys.length === 0 || keys.length > BATCH_SIZE) throw new RangeError(`a batch holds 1 to ${BATCH_SIZE} keys, got ${keys.length}`);
}



function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** The entities of a `wbgetentities` answer (formatversion 1 or 2) and the titles it reports missing. */
function readEntities(json: Json): { entities: EntityRecord[]; missing: string[] } {
  const entities: EntityRecord[] = [];
  const missing: string[] = [];
  for (const [key, raw] of Object.entries((json.entities ?? {}) as Record<string, Json>)) {
    if ('missing' in raw) {
      if (typeof raw.title === 'string') missing.push(raw.title);
      continue;
    }
    entities.push(readEntity(String(raw.id ?? key), raw));
  }
  return { entities, missing };
}

function readEntity(id: string, raw: Json): EntityRecord {
  const values = <T>(field: unknown, pick: (v: Json) => T): Record<string, T> =>
    Object.fromEntries(Object.entries((field ?? {}) as Record<string, Json>).map(([k, v]) => [k, pick(v)]));
  return {
    id,
    labels: values(raw.labels, (v) => String(v.value)),
    descriptions: values(raw.descriptions, (v) => String(v.value)),
    aliases: values(raw.aliases, (v) => (v as unknown as Json[]).map((a) => String(a.value))),
    claims: values(raw.claims, (v) => itemValues(v as unknown as Json[])),
    sitelinks: values(raw.sitelinks, (v) => String(v.title)),
  };
}

/** Item ids of the item-valued main snaks of one property's claims. */
function itemValues(claims: Json[]): string[] {
  const ids: string[] = [];
  for (const claim of claims) {
    const value = ((claim.mainsnak as Json | undefined)?.datavalue as Json | undefined)?.value as Json | undefined;
    if (value && typeof value.id === 'string') ids.push(value.id);
  }
  return ids;
}

/** `normalized` and `redirects` of an answer, in the order the API applied them. */
function readRenamed(json: Json): Array<{ from: string; to: string }> {
  // formatversion 2 gives arrays; formatversion 1 gives one object (`{"n": {...}}`) or an object of them.
  const list = (field: unknown): Json[] => {
    if (Array.isArray(field)) return field as Json[];
    if (!field || typeof field !== 'object') return [];
    return 'from' in field ? [field as Json] : Object.values(field as Record<string, Json>);
  };
  return [...list(json.normalized), ...list(json.redirects)].map((r) => ({ from: String(r.from), to: String(r.to) }));
}
