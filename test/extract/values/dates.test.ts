import { findDates, makeDate, parseDate } from '../../../src/extract/values/dates';

const value = (text: string, year?: number) => parseDate(text, year)?.value;

describe('date expressions', () => {
  it('reads a full Chinese date as xsd:date', () => {
    expect(value('2019年3月22日')).toEqual({ literal: '2019-03-22', datatype: 'date' });
  });
  it('reads a year and month as xsd:gYearMonth', () => {
    expect(value('2018年8月')).toEqual({ literal: '2018-08', datatype: 'gYearMonth' });
  });
  it('reads a year alone as xsd:gYear, but not a decade', () => {
    expect(value('2018年')).toEqual({ literal: '2018', datatype: 'gYear' });
    expect(findDates('1990年代')).toEqual([]);
  });
  it('gives a month-day date the year from context', () => {
    expect(parseDate('9月14日', 2018)).toMatchObject({ value: { literal: '2018-09-14', datatype: 'date' }, inheritedYear: true });
  });
  it('finds nothing for a month-day date without any year to inherit', () => {
    expect(value('9月14日')).toBeUndefined();
  });
  it('lets later month-day dates inherit the year of an earlier full date in the same text', () => {
    const found = findDates('原定的2018年8月開張改為9月14日');
    expect(found.map((d) => d.value.literal)).toEqual(['2018-08', '2018-09-14']);
  });
  it('rejects impossible dates instead of throwing', () => {
    expect(value('2019年2月30日')).toBeUndefined();
    expect(value('2019年13月')).toBeUndefined();
    expect(makeDate(0)).toBeUndefined();
  });
});
