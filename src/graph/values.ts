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
// Characters RFC 3987 never allows unencoded, plus `%` not followed by two hex digits.
const IRI_FORBIDDEN = /[\u0000-\u0020<>"{}|\\^`\u007f-\u009f]|%(?![0-9A-Fa-f]{2})/;

/** True when `s` can be written as an absolute IRI without breaking any RDF syntax. */
export function isAbsoluteIri(s: string): boolean {
  if (!IRI_SCHEME.test(s) || IRI_FORBIDDEN.test(s)) return false;
  // Lone surrogates have no UTF-8 form, so no serialiser could write them.
  return !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s);
}
