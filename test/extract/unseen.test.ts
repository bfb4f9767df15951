import { factsOf, labelsOf, pairs, relations, show, typesOf } from '../helpers/extract';

/**
 * An article the rules were not written for: another office, other states, other people, other dates,
 * in Simplified script. The same code must read it as it reads the seed.
 */
const ARTICLE = `{{noteTA
|1 = zh-hans:日方; zh-hant:日方;
}}
'''中日经济联络办公室'''（{{lang-ja|日中経済連絡事務所}}）是一个由[[中华人民共和国]]和[[日本]]共同设立的常设[[联络办公室]]，总部设在日本的[[大阪市]]内。联络办公室的设立源于[[2010年5月中日首脑会谈]]时签署的《[[大阪宣言]]》<ref name="a">{{cite web|url=http://example.org/a|title=标题|date=2010-06-01|publisher=[[甲乙通讯社|甲乙社]]}}</ref>。然而，随着[[中日关系]]紧张，使联络办公室由原定的2010年9月开张改为10月1日<ref name="a"/>。

联络办公室会由[[商务部]]副部长王小明担任中方负责人，[[经济产业省]]次官田中则为日方代表<ref name="b">{{cite news|url=http://example.org/b|title=标题二|agency=甲乙社|date=2010-09-30}}</ref>。负责人将主持每月举行的例会<ref name="b"/>。此外，两国会派遣三十名职员常驻联络办公室，负责经贸协调及签证协助等。

2012年3月5日日本方面的工作人员撤离联络办公室，令联络办公室陷入停摆，但是到了3月20日日方部分人员又回到联络办公室<ref>{{cite web|url=http://example.org/c|title=标题三|work=[[朝日新闻]]}}</ref>。

[[Category:中日关系]]`;

describe('an unseen article of the same kind, in Simplified script', () => {
  const facts = factsOf(ARTICLE);
  const office = 'page:中日经济联络办公室';

  it('finds the office and names it in both scripts', () => {
    expect(typesOf(facts, office)).toEqual(['GovernmentOrganization', 'LiaisonOffice']);
    expect(labelsOf(facts, office)).toEqual(expect.arrayContaining(['中日经济联络办公室@zh-Hans', '中日經濟聯絡辦公室@zh-Hant']));
  });

  it('finds founders, headquarters and its country, origin and the signing event', () => {
    expect(pairs(facts, 'foundedBy')).toEqual([[office, 'page:中华人民共和国'], [office, 'page:日本']]);
    expect(pairs(facts, 'headquartersLocation')).toEqual([[office, 'page:大阪市']]);
    expect(pairs(facts, 'country')).toContainEqual(['page:大阪市', 'page:日本']);
    expect(pairs(facts, 'basedOn')).toEqual([[office, 'page:大阪宣言']]);
    expect(pairs(facts, 'signedAt')).toEqual([['page:大阪宣言', 'page:2010年5月中日首脑会谈']]);
    expect(pairs(facts, 'pointInTime')).toContainEqual(['page:2010年5月中日首脑会谈', '2010-05^^gYearMonth']);
  });

  it('finds the planned and actual opening and the cause of the change', () => {
    const [opening] = relations(facts, 'openingDate');
    expect(show(opening.object)).toBe('2010-10-01^^date');
    expect(opening.qualifiers.map((q) => show(q.value))).toEqual(['2010-09^^gYearMonth', 'page:中日关系']);
    expect(opening.evidence.citations).toEqual(['a']);
  });

  it('finds the officials with their positions', () => {
    expect(pairs(facts, 'ofOrganization')).toEqual([
      ['page:商务部#position:副部长', 'page:商务部'],
      ['page:经济产业省#position:次官', 'page:经济产业省'],
    ]);
  });



  it('merges the short agency name into the linked news agency', () => {
    expect(pairs(facts, 'publisher')).toEqual([
      ['citation:a', 'page:甲乙通讯社'],
      ['citation:b', 'page:甲乙通讯社'],
      ['citation:ref-3', 'page:朝日新闻'],
    ]);
  });
});
