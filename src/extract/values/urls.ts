/**
 * URLs written in wikitext as IRIs any RDF syntax can hold: a value or nothing, never a throw.
 */

/** Schemes whose links name a web resource (MediaWiki also links `mailto:`, `irc:`, `news:` …, which are not pages). */
const WEB_SCHEMES = new Set(['http:', 'https:', 'ftp:', 'ftps:']);

/** ASCII characters URLs may hold unencoded but IRIs (RFC 3987) may not, after the host. */
const NOT_IRI_ASCII = /[\s"<>\\^`{|}[\]\u0000-\u001F\u007F]/g;

const percentEncode = (ch: string): string => Array.from(Buffer.from(ch, 'utf8'), (b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join('');

/**
 * A web URL as written in an article (`https://…`, or protocol-relative `//host/path` read as https) as an
 * absolute IRI: WHATWG-normalised (host lower-cased and punycoded, path percent-encoded), then every
 * character an IRI may not hold percent-encoded, a second `#` and a `%` that starts no escape included.
 * Undefined for other schemes and for text that is no URL.
 */
export function webIri(written: string): string | undefined {
  const raw = written.trim();
  let url: URL;
  try {
    url = new URL(raw.startsWith('//') ? `https:${raw}` : raw);
  } catch {
    return undefined;
  }
  if (!WEB_SCHEMES.has(url.protocol) || !url.hostname) return undefined;
  const origin = `${url.protocol}//${url.host}`;
  // Credentials (`user:pass@`) are left out: they name no other resource.
  let rest = url.pathname + url.search + url.hash;
  rest = rest.replace(NOT_IRI_ASCII, percentEncode).replace(/%(?![0-9A-Fa-f]{2})/g, '%25');
  const hash = rest.indexOf('#');
  if (hash >= 0) rest = rest.slice(0, hash + 1) + rest.slice(hash + 1).replace(/#/g, '%23');
  return origin + rest;
}
