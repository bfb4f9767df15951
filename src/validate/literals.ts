/**
 * Literals as rdf-validate-shacl judges them, so that the compiled validator gives its results exactly:
 * `isWellFormed` is rdf-validate-datatype's `validateTerm` (the lexical form against the datatype's
 * pattern; an unknown datatype is always well formed), `compareLiterals` is the library's `compareTerms`
 * (values converted as rdf-literal's `fromRdf` does, then compared as JavaScript values).
 */
import type { Literal, Term } from '@rdfjs/types';
import { NS } from '../graph/vocab';

const XSD = NS.xsd;
const CSVW_JSON = 'http://www.w3.org/ns/csvw#JSON';

// The lexical spaces, written as rdf-validate-datatype writes them (including its leniencies: a decimal
// may carry two signs, xsd:int's bounds are off by one, dates are not checked against the calendar).
const SIGN = '(\\+|-)?';
const DECIMAL = `${SIGN}(\\d+\\.?\\d*|\\.\\d+)`;
const YEAR = '-?(([1-9]\\d{3,})|(0\\d{3}))';
const ZONE = '(((\\+|-)\\d{2}:\\d{2})|Z)';
const DATE = `${YEAR}-\\d{2}-\\d{2}`;
const TIME = '\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?';
const SECONDS = '\\d+(\\.\\d+)?S';
const DURATION_YM = '(\\d+Y(\\d+M)?|\\d+M)';
const DURATION_T = `T((\\d+H(\\d+M)?(${SECONDS})?)|(\\d+M(${SECONDS})?)|${SECONDS})`;
const DURATION_DT = `(\\d+D(${DURATION_T})?|${DURATION_T})`;
const B64 = '([A-Za-z0-9+/] ?)';
const B64_FINAL = `((${B64}{3}[A-Za-z0-9+/])|(${B64}{2}([AEIMQUYcgkosw048] ?)=)|(${B64}([AQgw] ?)= ?=))`;

const whole = (pattern: string) => new RegExp(`^${pattern}$`);
const INTEGER = whole(`${SIGN}\\d+`);

function integerWithin(min?: bigint, max?: bigint): (value: string) => boolean {
  return (value) => {
    if (!INTEGER.test(value)) return false;
    const n = BigInt(value);
    return (min === undefined || n >= min) && (max === undefined || n <= max);
  };
}

function matching(pattern: RegExp): (value: string) => boolean {
  return (value) => pattern.test(value);
}

const normalized = (value: string) => !/[\n\r\t]/.test(value);
const FLOAT = whole(`${SIGN}${DECIMAL}((E|e)(\\+|-)?\\d+)?`);
const isFloat = (value: string) => value === 'INF' || value === '-INF' || value === 'NaN' || FLOAT.test(value);

/** Lexical checks by datatype IRI; the datatypes rdf-validate-datatype accepts whatever their form are left out. */
const LEXICAL = new Map<string, (value: string) => boolean>([
  [`${XSD}normalizedString`, normalized],
  [`${XSD}token`, (v) => normalized(v) && !v.startsWith(' ') && !v.endsWith(' ') && !v.includes('  ')],
  [`${XSD}language`, matching(/^[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*$/)],
  [`${XSD}anyURI`, matching(/^[^\ufffe\uffff]*$/)],
  [`${XSD}integer`, integerWithin()],
  [`${XSD}nonNegativeInteger`, integerWithin(0n)],
  [`${XSD}positiveInteger`, integerWithin(1n)],
  [`${XSD}nonPositiveInteger`, integerWithin(undefined, 0n)],
  [`${XSD}negativeInteger`, integerWithin(undefined, -1n)],
  [`${XSD}int`, integerWithin(-2147483647n, 2147483648n)],
  [`${XSD}unsignedInt`, integerWithin(0n, 4294967295n)],
  [`${XSD}long`, integerWithin(-9223372036854775808n, 9223372036854775807n)],
  [`${XSD}unsignedLong`, integerWithin(0n, 18446744073709551615n)],
  [`${XSD}short`, integerWithin(-32768n, 32767n)],
  [`${XSD}unsignedShort`, integerWithin(0n, 65535n)],
  [`${XSD}byte`, integerWithin(-128n, 127n)],
  [`${XSD}unsignedByte`, integerWithin(0n, 255n)],
  [`${XSD}boolean`, (v) => v === '1' || v === 'true' || v === '0' || v === 'false'],
  [`${XSD}decimal`, matching(whole(`${SIGN}${DECIMAL}`))],
  [`${XSD}float`, isFloat],
  [`${XSD}double`, isFloat],
  [`${XSD}duration`, matching(whole(`-?P((${DURATION_YM}(${DURATION_DT})?)|${DURATION_DT})`))],
  [`${XSD}dayTimeDuration`, matching(whole(`-?P${DURATION_DT}`))],
  [`${XSD}yearMonthDuration`, matching(whole(`-?P${DURATION_YM}`))],
  [`${XSD}dateTime`, matching(whole(`${DATE}T${TIME}${ZONE}?`))],
  [`${XSD}dateTimeStamp`, matching(whole(`${DATE}T${TIME}${ZONE}`))],
  [`${XSD}date`, matching(whole(`${DATE}${ZONE}?`))],
  [`${XSD}gDay`, matching(whole(`\\d{2}${ZONE}?`))],
  [`${XSD}gMonth`, matching(whole(`--\\d{2}${ZONE}?`))],
  [`${XSD}gMonthDay`, matching(whole(`\\d{2}-\\d{2}${ZONE}?`))],
  [`${XSD}gYear`, matching(whole(`${YEAR}${ZONE}?`))],
  [`${XSD}gYearMonth`, matching(whole(`${YEAR}-\\d{2}${ZONE}?`))],
  [`${XSD}time`, matching(whole(`${TIME}${ZONE}?`))],
  [`${XSD}hexBinary`, matching(/^([0-9a-fA-F]{2})*$/)],
  [`${XSD}base64Binary`, matching(whole(`((${B64}{4})*${B64_FINAL})?`))],
  [CSVW_JSON, (v) => {
    try {
      JSON.parse(v);
      return true;
    } catch {
      return false;
    }
  }],
]);

const ALWAYS = () => true;

/** The lexical check of a datatype (always true for one without a lexical space the library knows). */
export function lexicalCheck(datatype: string): (value: string) => boolean {
  return LEXICAL.get(datatype) ?? ALWAYS;
}

/** Whether a literal's lexical form is one of its datatype's (rdf:langString asks nothing more). */
export function isWellFormed(literal: Literal): boolean {
  return lexicalCheck(literal.datatype.value)(literal.value);
}

// ---- Comparison: rdf-literal's JavaScript value of a literal, then the library's compareTerms ----

const STRING_TYPES = new Set([
  ...['string', 'normalizedString', 'anyURI', 'base64Binary', 'language', 'Name', 'NCName', 'NMTOKEN', 'token',
    'hexBinary', 'time', 'duration'].map((local) => XSD + local),
  `${NS.rdf}langString`,
  `${NS.rdf}dirLangString`,
]);
const FLOAT_TYPES = new Set(['double', 'decimal', 'float'].map((local) => XSD + local));
const INTEGER_TYPES = new Set(
  ['integer', 'long', 'int', 'byte', 'short', 'negativeInteger', 'nonNegativeInteger', 'nonPositiveInteger',
    'positiveInteger', 'unsignedByte', 'unsignedInt', 'unsignedLong', 'unsignedShort'].map((local) => XSD + local),
);

/** What rdf-literal's `fromRdf` makes of a literal: a string, a boolean, a number or a Date. */
function nativeValue(value: string, datatype: string): string | boolean | number | Date {
  if (STRING_TYPES.has(datatype)) return value;
  if (FLOAT_TYPES.has(datatype)) return parseFloat(value);
  if (INTEGER_TYPES.has(datatype)) return parseInt(value, 10);
  switch (datatype) {
    case `${XSD}boolean`:
      return value === 'true' || value === '1';
    case `${XSD}gDay`:
      return new Date(0, 0, parseInt(value, 10));
    case `${XSD}gMonthDay`: {
      const [month, day] = value.split('-');
      return new Date(0, parseInt(month, 10) - 1, parseInt(day, 10));
    }
    case `${XSD}gYear`:
      return new Date(`${value}-01-01`);
    case `${XSD}gYearMonth`:
      return new Date(`${value}-01`);
    case `${XSD}date`:
    case `${XSD}dateTime`:
      return new Date(value);
    default:
      return value;
  }
}

const ZONED = /^.*(((\+|-)\d{2}:\d{2})|Z)$/;

function hasTimezone(value: string, datatype: string): boolean {
  return datatype === `${XSD}dateTime` && ZONED.test(value);
}

/**
 * Compares two terms as rdf-validate-shacl does for sh:minInclusive and its kin and sh:lessThan: negative,
 * zero or positive (NaN when a number or date does not parse), null when they cannot be compared (not
 * both literals, values of different JavaScript types, a dateTime with a time zone and one without).
 */
export function compareLiterals(a: Term, b: Term): number | null {
  if (a.termType !== 'Literal' || b.termType !== 'Literal') return null;
  const [valueA, typeA, valueB, typeB] = [a.value, a.datatype.value, b.value, b.datatype.value];
  if (hasTimezone(valueA, typeA) !== hasTimezone(valueB, typeB)) return null;
  const x = nativeValue(valueA, typeA);
  const y = nativeValue(valueB, typeB);
  if (typeof x !== typeof y) return null;
  if (typeof x === 'string') return x.localeCompare(y as string);
  return Number(x) - Number(y);
}
