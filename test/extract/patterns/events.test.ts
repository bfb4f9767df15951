import { factsOf, pairs, relations, show, typesOf } from '../../helpers/extract';

/** Invented articles of the genre, in both scripts and in the news-report register. */
describe('event frame', () => {
  it('reads the lead’s definition: participants, a date range, the place (Traditional)', () => {
    const facts = factsOf("'''2031年甲乙首腦會談'''是[[甲國]]總統[[李大同]]與[[乙國]]國務委員長[[朴正洙]]於2031年5月6日至8日在[[某城]]舉行的會談。");
    const s = 'page:2031年甲乙首腦會談';
    expect(pairs(facts, 'participant')).toEqual([[s, 'page:李大同'], [s, 'page:朴正洙']]);
    expect(pairs(facts, 'startTime')).toEqual([[s, '2031-05-06^^date']]);
    expect(pairs(facts, 'endTime')).toEqual([[s, '2031-05-08^^date']]);
    expect(pairs(facts, 'location')).toEqual([[s, 'page:某城']]);
  });

  it('reads a single day and the most specific place (Simplified)', () => {
    const facts = factsOf("'''2032年甲乙首脑会晤'''是[[甲国]]总统[[约翰·史密斯|史密斯]]与[[乙国]]委员长[[金明哲]]于2032年3月4日在[[某国]][[某岛]]的[[某酒店]]举行的会晤。");
    expect(pairs(facts, 'pointInTime')).toEqual([['page:2032年甲乙首脑会晤', '2032-03-04^^date']]);
    expect(pairs(facts, 'location')).toEqual([['page:2032年甲乙首脑会晤', 'page:某酒店']]);
    expect(typesOf(facts, 'page:约翰·史密斯')).toEqual(['Person']);
  });

  it('reads a report of the event, but not a plan or a later round', () => {
    const facts = factsOf(
      "'''某方會談'''是多國為解決某問題而舉行的多邊談判。會談原定於2030年1月5日舉行。首輪會談於2030年2月3日至5日在[[某賓館]]舉行。第二輪會談於2030年9月1日在[[另一賓館]]舉行。",
    );
    expect(pairs(facts, 'startTime')).toEqual([['page:某方會談', '2030-02-03^^date']]);
    expect(pairs(facts, 'endTime')).toEqual([]);
    expect(pairs(facts, 'location')).toEqual([['page:某方會談', 'page:某賓館']]);
  });

  it('reads who held a named event, where and when', () => {
    const facts = factsOf("'''甲協會'''是一個民間團體。2030年4月，甲協會會長[[王大同]]與乙協會會長[[李小明]]在[[某國]]舉行[[王李會談]]。", '甲協會');
    expect(pairs(facts, 'participant')).toEqual([['page:王李會談', 'page:王大同'], ['page:王李會談', 'page:李小明']]);
    expect(pairs(facts, 'pointInTime')).toEqual([['page:王李會談', '2030-04^^gYearMonth']]);
  });

  it('dates a month-day by the subject’s year when it is the subject’s month, not by a year read in between', () => {
    const facts = factsOf(
      "'''甲乙會談'''是[[王大同]]與[[李小明]]於2030年4月27日在[[某國]]舉行的會談。\n\n== 背景 ==\n2029年8月4日，王大同來函。\n\n== 經過 ==\n4月29日，雙方簽署了《[[甲乙共同協議]]》。",
    );
    expect(pairs(facts, 'signatory')).toEqual([['page:甲乙共同協議', 'page:王大同'], ['page:甲乙共同協議', 'page:李小明']]);
    expect(pairs(facts, 'pointInTime').filter(([s]) => s === 'page:甲乙共同協議')).toEqual([['page:甲乙共同協議', '2030-04-29^^date']]);
  });
});

describe('document frame', () => {
  it('reads a treaty’s definition and who signed it for each side', () => {
    const facts = factsOf(
      "'''甲乙基础条约'''是[[法国]]与[[德国]]于2030年12月21日在[[某城]]签署的条约，由法国国务秘书[[约翰·史密斯]]与德国国务秘书[[彼得·怀特]]代表双方签字。",
    );
    const s = 'page:甲乙基础条约';
    expect(pairs(facts, 'signatory').map(([, o]) => o).sort()).toEqual(['page:法国', 'page:彼得·怀特', 'page:德国', 'page:约翰·史密斯'].sort());
    expect(pairs(facts, 'pointInTime')).toEqual([[s, '2030-12-21^^date']]);
    expect(pairs(facts, 'location')).toEqual([[s, 'page:某城']]);
  });

  it('resolves a bare class word to the document last named, and reads the date a document bears', () => {
    const facts = factsOf(
      "'''甲乙首腦會談'''是[[王大同]]與[[李小明]]於2030年6月1日至3日舉行的會談，會後發表了《[[甲乙和平宣言|和平宣言]]》。6月2日晚間，兩人簽署了《和平宣言》，宣言所載日期為2030年6月3日。",
    );
    expect(pairs(facts, 'signatory')).toEqual([['page:甲乙和平宣言', 'page:王大同'], ['page:甲乙和平宣言', 'page:李小明']]);
    expect(relations(facts, 'pointInTime').filter((f) => f.subject === 'page:甲乙和平宣言').map((f) => show(f.object)).sort()).toEqual(['2030-06-02^^date', '2030-06-03^^date']);
  });

  it('reads nothing from a denial', () => {
    const facts = factsOf("'''某會面'''是[[王大同]]與[[李小明]]於2030年1月1日舉行的會面。此前雙方簽署了《[[某協議]]》。雙方在會面中沒有簽署協議。");
    expect(pairs(facts, 'signatory')).toEqual([['page:某協議', 'page:王大同'], ['page:某協議', 'page:李小明']]);
    expect(relations(facts, 'signatory').every((f) => !f.evidence.rule.includes('denied'))).toBe(true);
    expect(relations(facts, 'signatory')).toHaveLength(2);
  });
});
