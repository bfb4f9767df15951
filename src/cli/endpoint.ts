/** The options `push` and `query --endpoint` share: the server's URLs, its credentials and patience. */
import type { OptionSpec, ParsedArgs } from './args';
import { UsageError } from './errors';

/** `--timeout` and `--retries`, as both commands declare them. */
export const HTTP_OPTIONS: readonly OptionSpec[] = [
  { name: 'timeout', value: 'SECONDS', default: '60', description: 'Seconds to wait for each answer of the server' },
  { name: 'retries', value: 'N', default: '3', description: 'Tries again after a connection error or a 5xx answer, with backoff' },
];

/** A server URL from option `--name`: http or https, and no credentials in it (they belong in the environment). */
export function serverUrl(value: string, option: string, command: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(`--${option} must be an http:// or https:// URL (got '${value}')`, command);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new UsageError(`--${option} must be an http:// or https:// URL (got '${value}')`, command);
  }
  if (url.username !== '' || url.password !== '') {
    throw new UsageError(`--${option}: put the user name and password in WIKIKG_ENDPOINT_USER and WIKIKG_ENDPOINT_PASSWORD, not in the URL`, command);
  }
  return url.toString();
}

/** `--timeout` in milliseconds and `--retries`, checked. */
export function httpSettings(args: ParsedArgs, command: string): { timeoutMs: number; retries: number } {
  const timeout = Number(args.value('timeout'));
  if (!Number.isFinite(timeout) || timeout <= 0) throw new UsageError(`--timeout must be a number of seconds above 0 (got '${args.value('timeout')}')`, command);
  return { timeoutMs: Math.round(timeout * 1000), retries: wholeNumber(args, 'retries', 0, command) };
}

/** A whole number option at least `min`. */
export function wholeNumber(args: ParsedArgs, name: string, min: number, command: string): number {
  const text = args.value(name) ?? '';
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < min) throw new UsageError(`--${name} must be a whole number of at least ${min} (got '${text}')`, command);
  return value;
}
