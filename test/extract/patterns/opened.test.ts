import { factsOf, relations, show } from '../../helpers/extract';

describe('opening extractor', () => {
  const text = "'''甲聯絡辦公室'''是一個常設[[聯絡辦公室]]。隨著[[乙丙關係]]緊張，使聯絡辦公室由原定的2020年5月開張改為7月1日。";

  it('gives the actual opening date, inheriting the year, with the planned date and the cause as qualifiers', () => {
    const [opening] = relations(factsOf(text), 'openingDate');
    expect(show(opening.object)).toBe('2020-07-01^^date');
    expect(opening.qualifiers.map((q) => `${q.name}=${show(q.value)}`)).toEqual([
      'plannedDate=2020-05^^gYearMonth',
      'reasonForChange=page:乙丙關係',
    ]);
  });
  it('reads a directly stated opening date', () => {
    const facts = factsOf("'''甲辦事處'''於2015年3月2日正式揭牌。");
    expect(relations(facts, 'openingDate').map((f) => show(f.object))).toEqual(['2015-03-02^^date']);
  });
});
