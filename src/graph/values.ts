/**
 * Value parsers for citation fields: each returns a normalised value or `undefined`, never throws.
 */
import { LANGUAGE_NAMES } from './languages';

const ENGLISH_MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
];

function isoDate(y: number, m: number, d: number): string | undefined {
  const probe = new Date(Date.UTC(y, m - 1, d));
  // Date.UTC rolls 31 February over into March; a real date survives the round trip.
  if (probe.getUTCFullYear() !== y || probe.getUTCMonth() !== m - 1 || probe.getUTCDate() !== d) return undefined;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function englishMonth(name: string): number {
  return ENGLISH_MONTHS.findIndex((m) => m.startsWith(name.toLowerCase()) && name.length >= 3) + 1;
}

/**
 * An `xsd:date` lexical form for the date formats citations use (`2001-02-03`, `2001-2-3`,
 * `2001年2月3日`, `3 February 2001`, `February 3, 2001`), else `undefined`.
 */
export function parseCitationDate(text: string): string | undefined {
  const s = text.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s) ?? /^(\d{4})年(\d{1,2})月(\d{1,2})日$/.exec(s);
  if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2}) ([A-Za-z]+)\.? (\d{4})$/.exec(s);
  if (m && englishMonth(m[2]) > 0) return isoDate(Number(m[3]), englishMonth(m[2]), Number(m[1]));
  m = /^([A-Za-z]+)\.? (\d{1,2}), (\d{4})$/.exec(s);
  if (m && englishMonth(m[1]) > 0) return isoDate(Number(m[3]), englishMonth(m[1]), Number(m[2]));
  return undefined;
}

/** A citation date at the precision it was written with: a day, a month or a year. */
export interface CitationDate {
  lexical: string;
  datatype: 'date' | 'gYearMonth' | 'gYear';
}

/** Years a citation may plausibly give (a four-digit number outside these is more likely an id or a page). */
const [FIRST_YEAR, LAST_YEAR] = [1000, 2999];

function yearMonth(y: number, m: number): CitationDate | undefined {
  if (y < FIRST_YEAR || y > LAST_YEAR || m < 1 || m > 12) return undefined;
  return { lexical: `${y}-${String(m).padStart(2, '0')}`, datatype: 'gYearMonth' };
}

/**
 * A citation date as `xsd:date` (see `parseCitationDate`), or, when only a month or a year is given,
 * as `xsd:gYearMonth` (`2018-09`, `2018年9月`, `September 2018`, `Sep. 2018`) or `xsd:gYear` (`2018`,
 * `2018年`); else `undefined`.
 */
export function parseCitationDateAnyPrecision(text: string): CitationDate | undefined {
  const day = parseCitationDate(text);
  if (day) return { lexical: day, datatype: 'date' };
  const s = text.trim();
  let m = /^(\d{4})-(\d{1,2})$/.exec(s) ?? /^(\d{4})年(\d{1,2})月$/.exec(s);
  if (m) return yearMonth(Number(m[1]), Number(m[2]));
  m = /^([A-Za-z]+)\.?,? (\d{4})$/.exec(s);
  if (m && englishMonth(m[1]) > 0) return yearMonth(Number(m[2]), englishMonth(m[1]));
  m = /^(\d{4})年?$/.exec(s);
  if (m && Number(m[1]) >= FIRST_YEAR && Number(m[1]) <= LAST_YEAR) return { lexical: m[1], datatype: 'gYear' };
  return undefined;
}

/** Case conventions of BCP 47: language lower, script title, region upper (`zh-hans` → `zh-Hans`). */
function caseSubtags(tag: string): string {
  return tag
    .split('-')
    .map((sub, i) => {
      if (i === 0) return sub.toLowerCase();
      if (sub.length === 4 && /^[a-z]+$/i.test(sub)) return sub[0].toUpperCase() + sub.slice(1).toLowerCase();
      if (sub.length === 2) return sub.toUpperCase();
      return sub.toLowerCase();
    })
    .join('-');
}

/** A BCP 47 tag for a citation's `language=` value (a code or a common name), else `undefined`. */
export function languageTag(value: string): string | undefined {
  const s = value.trim().replace(/_/g, '-');
  const named = LANGUAGE_NAMES[s.toLowerCase()];
  if (named) return named;
  if (!/^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i.test(s)) return undefined;
  return caseSubtags(s);
}

const IRI_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/;
// The ASCII characters RFC 3987 allows unencoded; `[` and `]` only around an IP literal host (below).
const IRI_ASCII = /^[A-Za-z0-9\-._~!$&'()*+,;=:@/?#%]$/;
const IP_LITERAL_HOST = /^[A-Za-z][A-Za-z0-9+.-]*:\/\/([^/?#@]*@)?\[[0-9A-Fa-f:.vV]+\]/;

/**
 * True when `s` can be written as an absolute IRI without breaking any RDF syntax: every character is
 * one RFC 3987 allows (oxigraph rejects the rest, e.g. `[` in a path or a second `#`), and every `%`
 * starts a percent-escape.
 */
export function isAbsoluteIri(s: string): boolean {
  if (!IRI_SCHEME.test(s) || /%(?![0-9A-Fa-f]{2})/.test(s) || s.indexOf('#') !== s.lastIndexOf('#')) return false;
  const host = IP_LITERAL_HOST.exec(s)?.[0] ?? '';
  if (/[[\]]/.test(s.slice(host.length))) return false;
  for (const ch of s.slice(host.length)) if (!isIriCharacter(ch)) return false;
  return true;
}

/** Whether RFC 3987 allows `ch` in an IRI (ASCII as above, or a `ucschar`); lone surrogates never. */
function isIriCharacter(ch: string): boolean {
  const cp = ch.codePointAt(0)!;
  if (cp < 0x80) return IRI_ASCII.test(ch);
  if (cp <= 0xd7ff) return cp >= 0xa0;
  if ((cp >= 0xf900 && cp <= 0xfdcf) || (cp >= 0xfdf0 && cp <= 0xffef)) return true;
  return cp >= 0x10000 && cp < 0xf0000 && (cp & 0xffff) <= 0xfffd && !(cp >= 0xe0000 && cp < 0xe1000);
}
