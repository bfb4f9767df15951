/** Where the shipped cache is and how the client introduces itself. */
import * as path from 'path';

/** The committed cache, relative to the package root (outside src/: it holds page titles, which are article text). */
export const CACHE_FILE = path.join('links', 'wikidata-cache.tsv');

/**
 * The User-Agent of online runs, as Wikimedia's policy asks: the tool, its version, where to learn about
 * it and whom to contact (the README's "Linking to Wikidata" section).
 */
export function userAgent(version: string): string {
  return `wikikg/${version} (https://w3id.org/wikikg/; contact in README, section "Linking to Wikidata") Node.js/${process.versions.node}`;
}
