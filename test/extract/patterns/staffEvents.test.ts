import { factsOf, pairs, relations, show, typesOf } from '../../helpers/extract';

describe('staff events extractor', () => {
  const facts = factsOf(
    "'''甲聯絡辦公室'''是一個由[[中華民國]]和[[日本]]共同開辦的常設[[聯絡辦公室]]。2021年5月3日日本方面的工作人員撤離聯絡辦公室，令聯絡辦公室陷入癱瘓，但是到了6月1日日方部分人員又回到聯絡辦公室。",
  );
  const withdrawal = 'page:甲聯絡辦公室#event:withdrawal-2021-05-03';
  const back = 'page:甲聯絡辦公室#event:return-2021-06-01';

  it('finds the withdrawal with its date, side and effect', () => {
    expect(typesOf(facts, withdrawal)).toEqual(['Event', 'StaffWithdrawal']);
    expect(pairs(facts, 'agent')).toContainEqual([withdrawal, 'page:日本']);
    expect(relations(facts, 'hasEffect').map((f) => show(f.object))).toEqual(['癱瘓@zh-Hant']);
  });
  it('finds the partial return, its year inherited from the withdrawal', () => {
    expect(typesOf(facts, back)).toEqual(['Event', 'StaffReturn']);
    expect(pairs(facts, 'pointInTime')).toContainEqual([back, '2021-06-01^^date']);
    expect(pairs(facts, 'partial')).toEqual([[back, 'true^^boolean']]);
  });
});
