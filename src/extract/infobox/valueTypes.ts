import type { LiteralValue } from '../fact';

/**
 * What one infobox parameter's value says, item by item, once parsed from its wikitext. The parsers in
 * `values.ts` produce these; the infobox extractor turns them into facts (raw and mapped).
 */
export type InfoboxValue =
  /** A wikilink: `[[target|text]]` (target normalised as MediaWiki does: first letter, underscores). */
  | { kind: 'entity'; target: string; text: string }
  /** A typed literal: a date (`date`, `gYearMonth`, `gYear`), a number (`integer`, `decimal`), a URL (`anyURI`), or text (`string`, or `langString` with its language). */
  | { kind: 'literal'; value: LiteralValue }
  /** A figure with its unit as written or as the template names it (`km2`, `km²`, `m`, `persons`, `USD`). */
  | { kind: 'quantity'; amount: number; unit: string }
  /** A point in WGS84 decimal degrees. */
  | { kind: 'coordinates'; lat: number; lon: number }
  /** A media file, by its name without the namespace (`Abraham Lincoln O-77.jpg`). */
  | { kind: 'file'; name: string };

/** One item of a parameter's value, with the period it holds for when the value says so (`(1854–1865)`). */
export interface InfoboxItem {
  value: InfoboxValue;
  start?: LiteralValue;
  end?: LiteralValue;
}
