import { factsOf, pairs } from '../../helpers/extract';

// Invented names and dates.
describe('class-word anaphora', () => {
  it('reads a bare class word as the last thing of that kind named, also when it opens the sentence', () => {
    const facts = factsOf("'''甲會議'''於2030年舉行。2030年6月1日，甲乙兩國發布[[甲乙和平宣言]]。宣言由甲國的特別助理[[王大同]]草擬。");
    expect(pairs(facts, 'author')).toEqual([['page:甲乙和平宣言', 'page:王大同']]);
  });

  it('leaves a class word that a modifier makes a kind (`兩國的宣言`) alone', () => {
    const facts = factsOf("'''甲會議'''於2030年舉行。甲乙兩國發布[[甲乙和平宣言]]。兩國的宣言由[[王大同]]草擬。");
    expect(pairs(facts, 'author')).toEqual([]);
  });
});
