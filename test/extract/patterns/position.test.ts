import { factsOf, pairs, typesOf } from '../../helpers/extract';

/** Invented sentences of the genre: none of these people or bodies exists in any article the rules were fitted to. */
describe('position apposition frame', () => {
  const held = (text: string, title = '測試') => {
    const facts = factsOf(text, title);
    const positions = pairs(facts, 'positionHeld');
    const of = new Map([...pairs(facts, 'ofOrganization'), ...pairs(facts, 'jurisdiction')]);
    return positions.map(([person, position]) => [person, of.get(position)]);
  };

  it('reads a founder before a name as the founding of what precedes, a religion or a school as well as a body, not as a post', () => {
    const facts = factsOf("'''某學'''中，最著名的包括[[甲教]]創始人[[王大同]]、[[乙學派]]創立者[[李小明]]。", '某學');
    expect(pairs(facts, 'foundedBy')).toEqual([['page:甲教', 'page:王大同'], ['page:乙學派', 'page:李小明']]);
    expect(pairs(facts, 'positionHeld')).toEqual([]);
    expect(typesOf(facts, 'page:甲教')).toEqual(['Topic']);
  });

  it('ties a linked official to the body right before the title, not to a body named elsewhere in the sentence', () => {
    const text = "'''甲乙會談'''是[[甲國]][[甲國外交部|外交部]]長官[[李大同]]與[[乙國]][[和平協商委員會]]副委員長[[朴正洙]]舉行的會談。";
    expect(held(text)).toEqual(expect.arrayContaining([
      ['page:李大同', 'page:甲國外交部'],
      ['page:朴正洙', 'page:和平協商委員會'],
    ]));
    expect(held(text)).toHaveLength(2);
  });

  it('finds an unlinked official after a title and an unlinked body before it, and knows the name where it recurs', () => {
    const facts = factsOf("'''某會談'''於2001年舉行。3月4日，[[甲部]]次官李小明與海洋和平協會會長朴大成在某地會面。其後朴大成返回。");
    expect(typesOf(facts, 'name:李小明')).toEqual(['Person']);
    expect(typesOf(facts, 'name:朴大成')).toEqual(['Person']);
    expect(typesOf(facts, 'name:海洋和平協會')).toEqual(expect.arrayContaining(['Organization']));
    expect(pairs(facts, 'positionHeld')).toEqual(expect.arrayContaining([
      ['name:李小明', 'page:甲部#position:次官'],
      ['name:朴大成', 'name:海洋和平協會#position:會長'],
    ]));
  });

  it('reads a state before the title as the post’s jurisdiction, and a state inside the title’s unit as its topic', () => {
    const text = "'''某峰會'''是[[甲國]]總統[[約翰·史密斯|史密斯]]出席的峰會。[[甲國國務院]]乙國政策特別代表[[彼得·懷特]]隨行。";
    expect(held(text).sort()).toEqual([
      ['page:彼得·懷特', 'page:甲國國務院'],
      ['page:約翰·史密斯', 'page:甲國'],
    ]);
  });

  it('reads chained posts and units inside the title (Simplified)', () => {
    const text = "'''某会晤'''是[[甲党]]中央委员会总书记、[[甲国]]主席[[王建国]]与[[乙劳动党]]中央委员会书记兼组织部部长[[金明哲]]的会晤。";
    const facts = factsOf(text);
    expect(pairs(facts, 'positionHeld').sort()).toEqual([
      ['page:王建国', 'page:甲党#position:中央委员会总书记'],
      ['page:王建国', 'page:甲国#position:主席'],
      // `书记兼组织部部长`: two posts of the one body.
      ['page:金明哲', 'page:乙劳动党#position:中央委员会书记'],
      ['page:金明哲', 'page:乙劳动党#position:组织部部长'],
    ]);
  });

  it('takes the body the sentence is about for `由X出任首任…` and `首任…為X`, only when it is the only body named', () => {
    const one = factsOf("'''甲基金會'''是一個財團法人。2001年2月3日，甲基金會在某市成立，由[[王大同]]出任首任董事長。");
    expect(pairs(one, 'positionHeld')).toEqual([['page:王大同', 'page:甲基金會#position:董事長']]);
    const two = factsOf("'''某事件'''是一件事。1969年，[[甲黨]]與[[乙黨]]組成聯合政府，[[王大同]]出任總理。");
    expect(pairs(two, 'positionHeld')).toEqual([]);
  });

  it('never makes a side expression or a verb-like title the holder of a post', () => {
    const facts = factsOf("'''甲辦事處'''由[[甲國]]和[[乙國]]開辦。辦事處由[[商務部]]次官王小明擔任甲方主任，並代表[[甲黨]]發言。");
    expect(pairs(facts, 'positionHeld')).toEqual([['name:王小明', 'page:商務部#position:次官']]);
  });
});
