import { factsOf, pairs, relations, show } from '../../helpers/extract';

describe('staffing extractor', () => {
  const facts = factsOf(
    "'''甲聯絡辦公室'''是一個由[[中華民國]]和[[日本]]共同開辦的常設[[聯絡辦公室]]。兩國會派遣十至十二名職員常駐聯絡辦公室，負責文書往來、簽證協助及安排會談等。",
  );
  const group = 'page:甲聯絡辦公室#staff:職員';

  it('finds the range of staff stationed, in Chinese numerals too', () => {
    expect(pairs(facts, 'stationedStaff')).toEqual([['page:甲聯絡辦公室', group]]);
    expect(relations(facts, 'minCount').map((f) => show(f.object))).toEqual(['10^^integer']);
    expect(relations(facts, 'maxCount').map((f) => show(f.object))).toEqual(['12^^integer']);
  });
  it('resolves 兩國 to the two states the lead names', () => {
    expect(pairs(facts, 'staffOf').map(([, o]) => o)).toEqual(['page:中華民國', 'page:日本']);
  });
  it('lists each duty', () => {
    expect(relations(facts, 'duty').map((f) => show(f.object))).toEqual(['文書往來@zh-Hant', '簽證協助@zh-Hant', '安排會談@zh-Hant']);
  });
});
