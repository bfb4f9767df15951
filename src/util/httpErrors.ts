/** What a failed HTTP exchange says, read the same way by every client (Wikidata's API, SPARQL servers). */

/** `Retry-After` in seconds as milliseconds (the HTTP-date form is ignored). */
export function retryAfter(header: string | null): number | undefined {
  const seconds = header === null ? NaN : Number(header);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : undefined;
}

/** The system error code behind a failed `fetch` (undici wraps it in `cause`). */
export function networkErrorCode(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error as Error).message;
}
