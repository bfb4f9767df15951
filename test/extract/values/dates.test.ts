import { findDates, makeDate, parseDate } from '../../../src/extract/values/dates';
import { readDates, type DateState } from '../../../src/extract/values/dateContext';

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

describe('dates in context (readDates)', () => {
  const read = (sentences: string[]) => {
    const state: DateState = {};
    return sentences.map((text, sentence) => readDates(text, Object.assign(state, { sentence })).map((d) => d.value.literal));
  };

  it('gives a month-day the year the narrative last stated, across sentences', () => {
    expect(read(['2030年5月2日，甲會議開幕。', '6月1日，雙方發表聲明。'])).toEqual([['2030-05-02'], ['2030-06-01']]);
  });

  it('does not take the year from a date the narrative looks ahead to (`到…`, `預計於…`)', () => {
    expect(read(['2030年5月2日，甲會議開幕。', '乙軍要到2031年春才出發。', '6月1日，雙方發表聲明。'])).toEqual([['2030-05-02'], ['2031'], ['2030-06-01']]);
    expect(read(['2030年5月2日，甲會議開幕。', '新館預計於2032年落成。', '6月1日，雙方發表聲明。'])).toEqual([['2030-05-02'], ['2032'], ['2030-06-01']]);
  });
});
