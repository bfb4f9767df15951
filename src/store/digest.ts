/**
 * HTTP Digest access authentication (RFC 7616), the part servers use: `qop=auth` (or none) with MD5 or
 * SHA-256. Virtuoso's authenticated endpoints (`/sparql-auth`, `/sparql-graph-crud-auth`) offer Digest
 * only, so Basic alone would not reach them.
 */
import { createHash, randomBytes } from 'crypto';

/** The server's `WWW-Authenticate: Digest ...` parameters. */
export interface DigestChallenge {
  realm: string;
  nonce: string;
  opaque?: string;
  algorithm: string;
  /** Whether the server asked for `qop=auth` (else the RFC 2069 form without a client nonce). */
  qopAuth: boolean;
  stale: boolean;
}

const HASHES: Record<string, string> = { MD5: 'md5', 'SHA-256': 'sha256' };

/** The Digest challenge of a `WWW-Authenticate` header, or undefined when it has none this client can answer. */
export function parseDigestChallenge(header: string): DigestChallenge | undefined {
  const start = header.search(/(^|[\s,])Digest\s/i);
  if (start < 0) return undefined;
  const params: Record<string, string> = {};
  const pattern = /([A-Za-z-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]*))/g;
  pattern.lastIndex = header.indexOf('Digest', start) + 'Digest'.length;
  for (let m = pattern.exec(header); m; m = pattern.exec(header)) {
    const key = m[1].toLowerCase();
    if (key in params) break; // a second challenge (e.g. `Basic realm=...`) begins
    params[key] = m[2] !== undefined ? m[2].replace(/\\(.)/g, '$1') : m[3];
  }
  const algorithm = params.algorithm ?? 'MD5';
  const qop = (params.qop ?? '').split(',').map((q) => q.trim());
  if (params.nonce === undefined || !(algorithm in HASHES) || (params.qop !== undefined && !qop.includes('auth'))) return undefined;
  return {
    realm: params.realm ?? '',
    nonce: params.nonce,
    opaque: params.opaque,
    algorithm,
    qopAuth: qop.includes('auth'),
    stale: (params.stale ?? '').toLowerCase() === 'true',
  };
}

/** The `Authorization` header answering `challenge` for one request (`count` is the nonce count, from 1). */
export function digestAuthorization(
  challenge: DigestChallenge,
  request: { method: string; uri: string; user: string; password: string; count: number },
  cnonce: string = randomBytes(8).toString('hex'),
): string {
  const hash = (text: string) => createHash(HASHES[challenge.algorithm]).update(text, 'utf8').digest('hex');
  const ha1 = hash(`${request.user}:${challenge.realm}:${request.password}`);
  const ha2 = hash(`${request.method}:${request.uri}`);
  const nc = request.count.toString(16).padStart(8, '0');
  const response = challenge.qopAuth ? hash(`${ha1}:${challenge.nonce}:${nc}:${cnonce}:auth:${ha2}`) : hash(`${ha1}:${challenge.nonce}:${ha2}`);
  const quote = (value: string) => `"${value.replace(/["\\]/g, '\\$&')}"`;
  const parts = [
    `username=${quote(request.user)}`, `realm=${quote(challenge.realm)}`, `nonce=${quote(challenge.nonce)}`, `uri=${quote(request.uri)}`,
    `algorithm=${challenge.algorithm}`, `response=${quote(response)}`,
  ];
  if (challenge.qopAuth) parts.push('qop=auth', `nc=${nc}`, `cnonce=${quote(cnonce)}`);
  if (challenge.opaque !== undefined) parts.push(`opaque=${quote(challenge.opaque)}`);
  return `Digest ${parts.join(', ')}`;
}
