/**
 * The HTTP plumbing of the server: the headers every answer carries (Content-Security-Policy, CORS,
 * no sniffing), sending an answer, errors as plain text, and reading a request body within a limit.
 */
import type { IncomingMessage, ServerResponse } from 'http';
import { withCharset } from './mediaTypes';

/** A failure with the HTTP status to answer it with; the message is shown to the client. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

/**
 * Scripts only from this server (no inline script, no eval), no plugins, no framing, requests only to
 * this server. Inline styles stay allowed: the editor and the graph and timeline libraries set them.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Headers of every answer: CORS for any origin (the data is public and no answer uses credentials). */
export function commonHeaders(res: ServerResponse): void {
  res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Access-Control-Allow-Origin', '*');
  res.setHeader('Access-Control-Expose-Headers', 'Content-Type, Content-Location, Link, Vary');
}

/** The answer to a CORS preflight (`OPTIONS`): what a cross-origin client such as YASGUI may send. */
export function preflight(res: ServerResponse): void {
  res.writeHead(204, {
    'Access-Control-Allow-Methods': 'GET, HEAD, POST, OPTIONS',
    'Access-Control-Allow-Headers': 'Accept, Content-Type',
    'Access-Control-Max-Age': '86400',
    Allow: 'GET, HEAD, POST, OPTIONS',
  });
  res.end();
}

/** Sends a complete answer. */
export function send(res: ServerResponse, status: number, contentType: string, body: string | Buffer, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'Content-Type': withCharset(contentType), 'Content-Length': String(Buffer.byteLength(body)), ...headers });
  res.end(body);
}

/** Sends an error as one line of plain text. */
export function sendError(res: ServerResponse, status: number, message: string, headers: Record<string, string> = {}): void {
  send(res, status, 'text/plain', `${message}\n`, headers);
}

/** Redirects with `303 See Other`. */
export function seeOther(res: ServerResponse, location: string): void {
  res.writeHead(303, { Location: location, 'Content-Length': '0' });
  res.end();
}

/** Reads the whole request body; 413 past `limit` bytes (the rest is not read). */
export function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) return Promise.reject(tooLarge(limit));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.pause();
        reject(tooLarge(limit));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function tooLarge(limit: number): HttpError {
  return new HttpError(413, `the request body is larger than ${limit} bytes, the server's limit`, { Connection: 'close' });
}

/** The media type of a `Content-Type` header, without parameters, lower-cased. */
export function mediaTypeOf(header: string | undefined): string {
  return (header ?? '').split(';')[0].trim().toLowerCase();
}
