/**
 * A stand-in SPARQL server on 127.0.0.1 that records every request (method, path, query string,
 * headers, body) and answers with whatever the test's handler returns: enough to check what the
 * Graph Store and query clients send, and how they take refusals, failures and challenges.
 */
import * as http from 'http';
import type { AddressInfo } from 'net';

/** One request the server saw. */
export interface SeenRequest {
  method: string;
  url: URL;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** What to answer. */
export interface Reply {
  status: number;
  headers?: Record<string, string>;
  body?: string;
}

/** A running server. */
export interface FakeSparqlServer {
  /** `http://127.0.0.1:PORT` + `path`. */
  url(path: string): string;
  requests: SeenRequest[];
  close(): Promise<void>;
}

/**
 * Answers every request 201 (a stored graph) unless the handler says otherwise; `undefined` never answers.
 * On `port` when given (a server that comes back where one was closed), else on a free one.
 */
export async function startSparqlServer(
  handler: (request: SeenRequest) => Reply | undefined = () => ({ status: 201 }),
  port = 0,
): Promise<FakeSparqlServer> {
  const requests: SeenRequest[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const request = { method: req.method ?? '', url: new URL(req.url ?? '/', 'http://127.0.0.1'), headers: req.headers, body: Buffer.concat(chunks).toString('utf8') };
      requests.push(request);
      const reply = handler(request);
      if (!reply) return;
      res.writeHead(reply.status, reply.headers ?? {});
      res.end(reply.body ?? '');
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const bound = (server.address() as AddressInfo).port;
  return {
    url: (path) => `http://127.0.0.1:${bound}${path}`,
    requests,
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

/** A port of 127.0.0.1 nothing listens on (a server was there a moment ago). */
export async function closedPort(): Promise<number> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** SPARQL JSON results of a SELECT, as a server writes them. */
export function selectJson(vars: string[], bindings: Array<Record<string, Record<string, string>>>): Reply {
  return { status: 200, headers: { 'Content-Type': 'application/sparql-results+json; charset=UTF-8' }, body: JSON.stringify({ head: { vars }, results: { bindings } }) };
}
