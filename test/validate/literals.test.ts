import { DataFactory } from 'n3';
import { validateTerm } from 'rdf-validate-datatype';
import { NS } from '../../src/graph/vocab';
import { compareLiterals, isWellFormed } from '../../src/validate/literals';

const { literal, namedNode } = DataFactory;

const DATATYPES = [
  'string', 'normalizedString', 'token', 'language', 'anyURI', 'integer', 'nonNegativeInteger', 'positiveInteger',
  'nonPositiveInteger', 'negativeInteger', 'int', 'unsignedInt', 'long', 'unsignedLong', 'short', 'unsignedShort', 'byte',
  'unsignedByte', 'boolean', 'decimal', 'float', 'double', 'duration', 'dayTimeDuration', 'yearMonthDuration', 'dateTime',
  'dateTimeStamp', 'date', 'gDay', 'gMonth', 'gMonthDay', 'gYear', 'gYearMonth', 'time', 'hexBinary', 'base64Binary', 'Name',
].map((local) => NS.xsd + local).concat(['http://www.w3.org/ns/csvw#JSON', `${NS.rdf}langString`, `${NS.rdf}HTML`, 'urn:ex:unknown']);

const FORMS = [
  '', ' ', 'a b', ' a', 'a  b', 'a\tb', 'en', 'en-GB', 'zh-Hant-TW', 'toolonglanguage', 'http://x/y', '\ufffe',
  '0', '1', '-1', '+1', '007', '-0', '2147483648', '-2147483648', '4294967296', '9223372036854775808', '18446744073709551616',
  '255', '256', '-128', '-129', '32767', '32768', '65535', '65536', 'true', 'false', 'TRUE', 'yes',
  '1.5', '.5', '5.', '+-2', '--2', '1e3', '1E-3', '1.5e+10', 'INF', '-INF', 'NaN', '+INF', 'inf',
  'P1Y', 'P1Y2M3DT4H5M6.7S', 'PT1M', 'P', 'PT', '-P1D', 'P1M', 'PT1.5S', 'P1W',
  '2018-09-14', '2018-9-14', '2018-09-14Z', '2018-09-14+09:00', '-0044-03-15', '10000-01-01', '0000-01-01', '2018-13-45',
  '2018-09-14T10:00:00', '2018-09-14T10:00:00.123Z', '2018-09-14T10:00', '2018-09-14T10:00:00+0900',
  '14', '--09', '--9', '09-14', '2018', '218', '2018-09', '2018-9', '10:00:00', '10:00',
  '0fA3', '0f3', 'SGVsbG8=', 'SGVsbA==', 'SGVsbG', 'S G V s', '{"a":1}', '[1,', 'null',
];

describe('isWellFormed judges a lexical form as rdf-validate-datatype does', () => {
  test.each(DATATYPES)('for %s', (datatype) => {
    const judged = FORMS.map((form) => literal(form, namedNode(datatype)));
    expect(judged.map(isWellFormed)).toEqual(judged.map((term) => validateTerm(term)));
  });

  test('rdf:langString asks nothing more of a literal, with or without a language (as the library)', () => {
    expect(isWellFormed(literal('x', 'en'))).toBe(true);
    expect(isWellFormed(literal('x', namedNode(`${NS.rdf}langString`)))).toBe(true);
  });
});

describe('compareLiterals', () => {
  const typed = (value: string, local: string) => literal(value, namedNode(NS.xsd + local));

  test('compares numbers of any numeric datatype by value', () => {
    expect(compareLiterals(typed('120.0', 'decimal'), typed('100', 'integer'))).toBeGreaterThan(0);
    expect(compareLiterals(typed('0', 'integer'), typed('0.0', 'double'))).toBe(0);
  });

  test('cannot compare a literal with an IRI, a number with a string, or zoned and unzoned dateTimes', () => {
    expect(compareLiterals(namedNode('urn:a'), typed('1', 'integer'))).toBeNull();
    expect(compareLiterals(typed('1', 'integer'), literal('1'))).toBeNull();
    expect(compareLiterals(typed('2000-01-01T00:00:00Z', 'dateTime'), typed('2000-01-01T00:00:00', 'dateTime'))).toBeNull();
  });

  test('compares dates across date datatypes, and gives NaN for one that does not parse', () => {
    expect(compareLiterals(typed('1999', 'gYear'), typed('2000-01-01', 'date'))).toBeLessThan(0);
    expect(compareLiterals(typed('abc', 'date'), typed('2000-01-01', 'date'))).toBeNaN();
  });
});
