/**
 * The HTTP layer under the SPARQL clients, over Node's global `fetch`: a time-out per request, retries
 * with exponential backoff on connection errors and 5xx (never on 4xx: the server has said no), and
 * credentials answered the way the server asks: HTTP Basic, or Digest (RFC 7616) when it challenges with
 * Digest. Credentials are never sent before the server asks for them, so a Digest-only server never sees
 * a Basic password in the clear.
 *
 * A request the server chose as a deadlock victim (SQLSTATE 40001: Virtuoso answers concurrent Graph Store
 * PUTs that way now and then, `500` with `Error 40001` and `SR172: Transaction deadlocked`) was rolled back
 * whole, so it is sent again without using up a retry; and alone: once this client's other requests in
 * flight have finished, with no new one started meanwhile, so that it cannot deadlock with them again.
 */
import { digestAuthorization, parseDigestChallenge, type DigestChallenge } from './digest';
import { networkErrorCode, retryAfter } from '../util/httpErrors';

/** A user name and password for the server (`WIKIKG_ENDPOINT_USER`, `WIKIKG_ENDPOINT_PASSWORD`). */
export interface Credentials {
  user: string;
  password: string;
}

/** One request; the body is text, so it can be sent again on a retry. */
export interface HttpRequest {
  method: 'GET' | 'POST' | 'PUT';
  url: string;
  headers: Record<string, string>;
  body?: string;
}

/** The server's answer, read whole. */
export interface HttpAnswer {
  status: number;
  statusText: string;
  /** The media type without parameters, lower-cased (`application/sparql-results+json`). */
  mediaType: string;
  text: string;
  /** How many attempts it took (more than 1 after connection errors or 5xx). */
  attempts: number;
}

/** Settings; tests pass no delays. */
export interface HttpOptions {
  credentials?: Credentials;
  /** Milliseconds to wait for one answer (default 60 s). */
  timeoutMs?: number;
  /** Attempts after the first one on connection errors and 5xx (default 3). */
  retries?: number;
  /** First backoff in milliseconds, doubled on each retry (default 250). */
  backoffMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

/** The server could not be reached, kept failing, or did not answer in time; the message is one line. */
export class EndpointError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EndpointError';
  }
}

// Retry-After can be large under load; waiting longer than this is worse than failing with a clear message.
const MAX_WAIT_MS = 30_000;
// Sending a deadlock victim alone ends its conflict with this client's requests; more than a few more
// deadlocks mean other clients keep the server busy, which the retries and their message are for.
const DEADLOCK_RESENDS = 3;

type Auth = { scheme: 'basic' } | { scheme: 'digest'; challenge: DigestChallenge; count: number };

/** A retrying HTTP client for one server's endpoints. */
export class HttpClient {
  private readonly options: Required<Omit<HttpOptions, 'credentials'>> & Pick<HttpOptions, 'credentials'>;
  /** How the server last asked us to authenticate; set by its first 401. */
  private auth?: Auth;
  /** Lets requests run side by side, or one alone (a deadlock victim sent again). */
  private readonly turns = new Turns();

  constructor(options: HttpOptions = {}) {
    this.options = {
      credentials: options.credentials,
      timeoutMs: options.timeoutMs ?? 60_000,
      retries: options.retries ?? 3,
      backoffMs: options.backoffMs ?? 250,
      sleep: options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
    };
  }

  /** Whether credentials were given (to word a 401 error). */
  get hasCredentials(): boolean {
    return this.options.credentials !== undefined;
  }

  /**
   * Sends `request`, retrying connection errors and 5xx; resolves to the final answer, 4xx and a last 5xx
   * included. Throws `EndpointError` when the server cannot be reached or does not answer in time.
   */
  async send(request: HttpRequest): Promise<HttpAnswer> {
    const attempts = this.options.retries + 1;
    let problem = '';
    let sent = 0;
    let deadlocks = 0;
    for (let attempt = 1; attempt <= attempts; attempt++) {
      if (attempt > 1) await this.options.sleep(this.options.backoffMs * 2 ** (attempt - 2));
      let result = await this.turns.take('together', () => this.authenticated(request));
      sent++;
      while ('answer' in result && deadlocked(result.answer) && deadlocks < DEADLOCK_RESENDS) {
        if (deadlocks > 0) await this.options.sleep(this.options.backoffMs * 2 ** (deadlocks - 1));
        deadlocks++;
        result = await this.turns.take('alone', () => this.authenticated(request));
        sent++;
      }
      if ('answer' in result && (result.answer.status < 500 || attempt === attempts)) return { ...result.answer, attempts: sent };
      if ('answer' in result) {
        const retryAfterMs = retryAfter(result.retryAfter);
        if (retryAfterMs !== undefined) await this.options.sleep(Math.min(MAX_WAIT_MS, retryAfterMs));
      } else {
        problem = result.problem;
      }
    }
    throw new EndpointError(`${shownUrl(request.url)}: ${problem}${sent > 1 ? ` (after ${sent} attempts)` : ''}`);
  }

  /** One attempt, answering the server's authentication challenge once when we have credentials. */
  private async authenticated(request: HttpRequest): Promise<Attempt> {
    const sentWith = this.auth;
    const first = await this.attempt(request, this.authorization(request));
    if (!('answer' in first) || first.answer.status !== 401 || !this.options.credentials) return first;
    const offered = challengeOf(first.wwwAuthenticate);
    if (!offered) return first;
    // Answering the very challenge we answered before would fail again: the credentials are wrong.
    const renewed = offered.scheme === 'digest' && (offered.challenge.stale || sentWith?.scheme !== 'digest' || sentWith.challenge.nonce !== offered.challenge.nonce);
    if (sentWith && sentWith.scheme === offered.scheme && !renewed) return first;
    this.auth = offered;
    return this.attempt(request, this.authorization(request));
  }

  /** The `Authorization` header for `request`, once the server has asked for one. */
  private authorization(request: HttpRequest): string | undefined {
    const credentials = this.options.credentials;
    if (!credentials || !this.auth) return undefined;
    if (this.auth.scheme === 'basic') return `Basic ${Buffer.from(`${credentials.user}:${credentials.password}`, 'utf8').toString('base64')}`;
    const url = new URL(request.url);
    return digestAuthorization(this.auth.challenge, {
      method: request.method, uri: url.pathname + url.search, user: credentials.user, password: credentials.password, count: ++this.auth.count,
    });
  }

  /** One HTTP exchange, classified: an answer, or a problem worth another try. */
  private async attempt(request: HttpRequest, authorization: string | undefined): Promise<Attempt> {
    const headers = { ...request.headers, ...(authorization ? { Authorization: authorization } : {}) };
    let response: Response;
    try {
      response = await fetch(request.url, { method: request.method, headers, body: request.body, signal: AbortSignal.timeout(this.options.timeoutMs) });
    } catch (error) {
      if ((error as Error).name === 'TimeoutError') {
        throw new EndpointError(`${shownUrl(request.url)}: no answer within ${this.options.timeoutMs / 1000} s`);
      }
      const code = networkErrorCode(error);
      if (code === 'ENOTFOUND') throw new EndpointError(`${shownUrl(request.url)}: unknown host (${code})`);
      return { problem: `cannot connect (${code})` };
    }
    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      if ((error as Error).name === 'TimeoutError') {
        throw new EndpointError(`${shownUrl(request.url)}: no answer within ${this.options.timeoutMs / 1000} s`);
      }
      return { problem: `the connection broke (${networkErrorCode(error)})` };
    }
    const mediaType = (response.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
    return {
      answer: { status: response.status, statusText: response.statusText, mediaType, text, attempts: 1 },
      wwwAuthenticate: response.headers.get('www-authenticate') ?? '',
      retryAfter: response.headers.get('retry-after'),
    };
  }
}

/** An answer (with the headers the retries and challenges need), or a connection problem worth another try. */
type Attempt = { answer: HttpAnswer; wwwAuthenticate: string; retryAfter: string | null } | { problem: string };

/** Whether the server rolled the request back as a deadlock victim (SQLSTATE 40001, Virtuoso's SR172). */
function deadlocked(answer: HttpAnswer): boolean {
  return answer.status >= 500 && /\b(?:40001|SR172)\b|\bdeadlock/i.test(answer.text);
}

/**
 * Turns at the server: any number of requests `together`, or one `alone`, first come first served (a
 * request waiting to go alone holds back the ones that come after it, so it is not starved).
 */
class Turns {
  private together = 0;
  private alone = false;
  private readonly waiting: Array<{ kind: 'together' | 'alone'; go: () => void }> = [];

  /** Runs `step` in its turn. */
  async take<T>(kind: 'together' | 'alone', step: () => Promise<T>): Promise<T> {
    if (this.waiting.length > 0 || !this.free(kind)) await new Promise<void>((go) => this.waiting.push({ kind, go }));
    else this.enter(kind);
    try {
      return await step();
    } finally {
      if (kind === 'alone') this.alone = false;
      else this.together--;
      this.admit();
    }
  }

  private free(kind: 'together' | 'alone'): boolean {
    return !this.alone && (kind === 'together' || this.together === 0);
  }

  private enter(kind: 'together' | 'alone'): void {
    if (kind === 'alone') this.alone = true;
    else this.together++;
  }

  /** Lets in the waiting requests, in order, while the first of them may go. */
  private admit(): void {
    while (this.waiting.length > 0 && this.free(this.waiting[0].kind)) {
      const next = this.waiting.shift()!;
      this.enter(next.kind);
      next.go();
    }
  }
}

/** How a 401's `WWW-Authenticate` asks us to authenticate; Digest wins when both are offered. */
function challengeOf(header: string | undefined): Auth | undefined {
  const digest = parseDigestChallenge(header ?? '');
  if (digest) return { scheme: 'digest', challenge: digest, count: 0 };
  return /(^|[\s,])Basic(\s|$)/i.test(header ?? '') ? { scheme: 'basic' } : undefined;
}

/**
 * `: <the server's message>` in one line, or nothing: the `<xmp>`/`<pre>` block or the text of an HTML page,
 * the first paragraph of a plain one (Virtuoso follows its message with the whole query).
 */
export function detailOf(body: string, mediaType = ''): string {
  const html = mediaType === 'text/html' || /^\s*</.test(body);
  const pre = html ? /<(?:xmp|pre)>([\s\S]*?)<\/(?:xmp|pre)>/i.exec(body) : null;
  const text = html
    ? (pre ? pre[1] : body.replace(/<(script|style|title|h1)[\s\S]*?<\/\1>/gi, ' ').replace(/<[^>]*>/g, ' '))
        .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&')
    : body.trim().split(/\r?\n\s*\r?\n/)[0];
  const line = text.replace(/\s+/g, ' ').trim();
  if (line === '') return '';
  return `: ${line.length > 200 ? `${line.slice(0, 197)}...` : line}`;
}

/** The URL as shown in messages: without any query string (it may hold a long query). */
export function shownUrl(url: string): string {
  const parsed = new URL(url);
  return `${parsed.origin}${parsed.pathname}`;
}


