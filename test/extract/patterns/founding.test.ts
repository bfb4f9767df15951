import { factsOf, pairs } from '../../helpers/extract';

describe('founding extractor', () => {
  it('finds both founders of a jointly opened office', () => {
    const facts = factsOf("'''中日聯絡處'''是一個由[[中華人民共和國]]和[[日本]]共同設立的機構。");
    expect(pairs(facts, 'foundedBy')).toEqual([
      ['page:中日聯絡處', 'page:中華人民共和國'],
      ['page:中日聯絡處', 'page:日本'],
    ]);
  });
  it('finds a single founder', () => {
    const facts = factsOf("'''甲委員會'''是由[[乙部]]創立的組織。");
    expect(pairs(facts, 'foundedBy')).toEqual([['page:甲委員會', 'page:乙部']]);
  });
  it('reads who founded the thing a clause is about, the subject or not', () => {
    expect(pairs(factsOf("'''甲'''很有名。[[丙]]是由[[丁]]創立的。"), 'foundedBy')).toEqual([['page:丙', 'page:丁']]);
  });
});
