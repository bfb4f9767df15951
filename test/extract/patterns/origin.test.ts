import { factsOf, pairs, relations } from '../../helpers/extract';

describe('origin extractor', () => {
  it('finds the document the subject stems from and the event it was signed at', () => {
    const facts = factsOf("'''某聯絡處'''是機構。聯絡處的設立源於[[2000年6月某峰會]]時簽署的《[[某宣言]]》<ref>{{cite web|url=http://x.example/a|title=t}}</ref>。");
    expect(pairs(facts, 'basedOn')).toEqual([['page:某聯絡處', 'page:某宣言']]);
    expect(pairs(facts, 'signedAt')).toEqual([['page:某宣言', 'page:2000年6月某峰會']]);
    expect(relations(facts, 'basedOn')[0].evidence.citations).toEqual(['ref-1']);
  });
  it('dates an event whose name starts with a date', () => {
    const facts = factsOf("'''某聯絡處'''是機構。聯絡處的設立源於[[2000年6月某峰會]]時簽署的《[[某宣言]]》。");
    expect(pairs(facts, 'pointInTime')).toEqual([['page:2000年6月某峰會', '2000-06^^gYearMonth']]);
  });
});
