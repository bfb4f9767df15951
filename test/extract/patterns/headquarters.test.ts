import { factsOf, pairs } from '../../helpers/extract';

describe('headquarters extractor', () => {
  it('finds the headquarters and the country the text places it in', () => {
    const facts = factsOf("'''某辦事處'''是常設機構，總部設在日本的[[大阪市]]內。");
    expect(pairs(facts, 'headquartersLocation')).toEqual([['page:某辦事處', 'page:大阪市']]);
    expect(pairs(facts, 'country')).toEqual([['page:大阪市', 'page:日本']]);
  });
  it('needs the subject to be what the sentence is about', () => {
    expect(pairs(factsOf("'''甲'''很有名。其總部設在[[乙市]]。"), 'headquartersLocation')).toEqual([]);
  });
});
