import { isAbsoluteIri, languageTag, parseCitationDate, parseCitationDateAnyPrecision } from '../../src/graph/values';
import { tagOfWiki } from '../../src/graph/languages';

describe('parseCitationDate', () => {
  test.each([
    ['2018-09-14', '2018-09-14'], ['2018-9-4', '2018-09-04'], ['2018年9月14日', '2018-09-14'],
    ['14 September 2018', '2018-09-14'], ['Sep. 14, 2018', '2018-09-14'], [' 2020-06-16 ', '2020-06-16'],
  ])('reads %s as %s', (text, iso) => {
    expect(parseCitationDate(text)).toBe(iso);
  });

  test.each(['2018-02-30', '2018-13-01', '2018年', 'yesterday', '14 Foo 2018', ''])('leaves %s unparsed', (text) => {
    expect(parseCitationDate(text)).toBeUndefined();
  });
});

describe('parseCitationDateAnyPrecision', () => {
  test.each([
    ['2018-09-14', '2018-09-14', 'date'], ['2018-09', '2018-09', 'gYearMonth'], ['2018年9月', '2018-09', 'gYearMonth'],
    ['September 2018', '2018-09', 'gYearMonth'], ['Sep. 2018', '2018-09', 'gYearMonth'], ['2018', '2018', 'gYear'], [' 2018年 ', '2018', 'gYear'],
  ])('reads %s as %s (%s)', (text, lexical, datatype) => {
    expect(parseCitationDateAnyPrecision(text)).toEqual({ lexical, datatype });
  });

  test.each(['2018-13', '0042', '9999', 'Foo 2018', '2018年13月', 'yesterday', ''])('leaves %s unparsed', (text) => {
    expect(parseCitationDateAnyPrecision(text)).toBeUndefined();
  });
});

describe('languageTag', () => {
  test.each([
    ['zh-hans', 'zh-Hans'], ['zh-tw', 'zh-TW'], ['ko', 'ko'], ['ZH_HK', 'zh-HK'], ['中文', 'zh'], ['韓文', 'ko'], ['English', 'en'],
  ])('maps %s to %s', (value, tag) => {
    expect(languageTag(value)).toBe(tag);
  });

  test.each(['', 'klingonese', 'zh hans', '123'])('gives no tag for %s', (value) => {
    expect(languageTag(value)).toBeUndefined();
  });
});

describe('isAbsoluteIri', () => {
  test.each(['https://www.bbc.com/zhongwen/trad/world-45521223', 'http://e.org/南北?q=1#x', 'urn:isbn:123', 'http://[::1]:80/x', 'http://e.org/😀'])('accepts %s', (s) => {
    expect(isAbsoluteIri(s)).toBe(true);
  });

  test.each(['www.bbc.com', 'http://e.org/a b', 'http://e.org/<x>', 'http://e.org/100%', '/relative', 'http://e.org/\uD800',
    'http://e.org/faq#a#b', 'http://e.org/?x[1]=2', 'http://e.org/\uFFFD', 'http://e.org/\uFDD0'])('rejects %s', (s) => {
    expect(isAbsoluteIri(s)).toBe(false);
  });
});

describe('tagOfWiki', () => {
  test.each([['simple', 'en'], ['als', 'gsw'], ['zh-yue', 'yue'], ['zh', 'zh'], ['zh-Hant', 'zh-Hant'], ['de', 'de']])('%s → %s', (code, tag) => {
    expect(tagOfWiki(code)).toBe(tag);
  });
});
