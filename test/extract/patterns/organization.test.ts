import type { Fact, LabelFact } from '../../../src/extract/fact';
import { factsOf, pairs, relations, show } from '../../helpers/extract';

describe('organization frame', () => {
  it('dates the founding of the body a clause is about, not a date that modifies a noun', () => {
    const facts = factsOf(
      "'''甲國海洋部'''（簡稱'''海洋部'''）是甲國政府的機關。海洋部的前身[[海洋院]]依據2001年7月24日修訂的《政府組織法》設立，於2002年3月1日在某市開院。2003年5月1日，海洋院所屬的海洋研修所開辦。2010年2月28日，海洋院改編為海洋部。",
      '甲國海洋部',
    );
    expect(pairs(facts, 'openingDate')).toEqual([['page:海洋院', '2002-03-01^^date']]);
    expect(pairs(facts, 'foundingDate')).toEqual([['name:海洋研修所', '2003-05-01^^date']]);
    expect(pairs(facts, 'parentOrganization')).toEqual([['name:海洋研修所', 'page:海洋院']]);
    const replaces = relations(facts, 'replaces');
    expect(replaces.map((f) => [f.subject, show(f.object), f.qualifiers.map((q) => show(q.value)).join()])).toEqual(
      expect.arrayContaining([['page:甲國海洋部', 'page:海洋院', '2010-02-28^^date']]),
    );
  });

  it('does not date a field of study or a body that founded something else', () => {
    const facts = factsOf("'''某學'''是一門學科。1901年，某學成立。1923年，[[某大學]]設立了某學系。某學位點由[[另一大學]]在1962年設立。");
    expect(pairs(facts, 'foundingDate')).toEqual([]);
  });

  it('reads supervision, counterpart and operator (Simplified)', () => {
    const facts = factsOf(
      "'''甲交流基金会'''是一个财团法人，受[[海洋务委员会]]监督。甲交流基金会在对岸的对口机构是[[乙关系协会]]。'''某观光区'''不是主题。",
      '甲交流基金会',
    );
    expect(pairs(facts, 'supervisedBy')).toEqual([['page:甲交流基金会', 'page:海洋务委员会']]);
    expect(pairs(facts, 'counterpart')).toEqual([['page:甲交流基金会', 'page:乙关系协会']]);
    const zone = factsOf("'''某山观光区'''是位于某地的旅游区，由[[某集团]]开发，后由其子公司[[某峨山]]经营。观光区自2001年11月18日起接待游客。");
    expect(pairs(zone, 'operator')).toEqual([['page:某山观光区', 'page:某峨山']]);
    expect(pairs(zone, 'startTime')).toEqual([['page:某山观光区', '2001-11-18^^date']]);
  });

  it('leaves a relative clause `由X創立的，…的Y` to Y: the body the clause is about founded nothing', () => {
    const facts = factsOf("'''某學'''是一門學科。其主要流派有二：一、由[[甲某]]、[[乙某]]創立的，並以[[丙某]]為主的某分析學。");
    expect(pairs(facts, 'foundedBy')).toEqual([]);
    const stated = factsOf("'''某學會'''是一個學術團體。某學會是由[[甲某]]創立的。");
    expect(pairs(stated, 'foundedBy')).toEqual([['page:某學會', 'page:甲某']]);
  });
});

describe('count frame', () => {
  const amounts = (text: string) => {
    const facts = factsOf(text);
    return relations(facts, 'quantityAmount').map((f) => show(f.object));
  };

  it('reads figures with measure words, scales and approximations, and no date, time, age or ordinal', () => {
    expect(amounts("'''海洋'''發生時，約30萬名市民夾道，120多家媒體、5.5萬多名觀眾和1,234人到場，提供100萬噸重油，編制僅60人。")).toEqual(
      ['300000^^integer', '120^^integer', '55000^^integer', '1234^^integer', '1000000^^integer', '60^^integer'],
    );
    expect(amounts("'''海洋'''於2030年5月6日上午10時舉行第20次會議，53歲的李某出席。")).toEqual([]);
  });

  it('gives a figure to the clause subject only when the clause says it has it; else the page mentions it', () => {
    const facts = factsOf("'''某學會'''是一個學術團體。某學會有約300名會員，下設12個分會。某學會確立了4個主要領域。");
    const owned = pairs(facts, 'quantity').map(([s]) => s);
    expect(owned).toEqual(['page:某學會', 'page:某學會']);
    expect(pairs(facts, 'mentions').filter(([, o]) => o.includes('quantity'))).toHaveLength(1);
    expect(relations(facts, 'quantityAmount').map((f) => show(f.object))).toEqual(['300^^integer', '12^^integer', '4^^integer']);
  });

  it('leaves what the subject once had, and a figure in a parenthesis, to the page; writes no supposed figure nor a threshold', () => {
    const facts = factsOf("'''某市'''是一座城市。某市原來分為23個區。某市被分成兩部分：東區（包括戰前區劃中的12個區）和西區。某市有5個港口。");
    expect(pairs(facts, 'quantity').map(([s]) => s)).toEqual(['page:某市']);
    expect(relations(facts, 'quantityAmount').map((f) => show(f.object))).toEqual(['23^^integer', '12^^integer', '5^^integer']);
    expect(pairs(facts, 'mentions').filter(([, o]) => o.includes('quantity'))).toHaveLength(2);
    const none = factsOf("'''某星'''是一顆恆星。8個太陽質量以上的恆星會坍縮；如果恆星質量超過3個太陽質量，則殘骸是黑洞。");
    expect(relations(none, 'quantityAmount')).toEqual([]);
  });

  it('says whether a figure is approximate, and keeps its unit and wording', () => {
    const facts = factsOf("'''海洋'''有約46家外國通訊社參加。");
    expect(pairs(facts, 'approximate').map(([, v]) => v)).toEqual(['true^^boolean']);
    expect(pairs(facts, 'unitText').map(([, v]) => v)).toEqual(['家@zh-Hant']);
  });
});

describe('names in other languages from templates', () => {
  const foreign = (facts: Fact[], lang: string) => facts.filter((f): f is LabelFact => f.kind === 'label' && f.lang === lang).map((f) => `${f.entity} ${f.text}`);

  it('names the mention before a parenthesis in the language of its {{lang}} template', () => {
    const facts = factsOf("'''甲基金會'''（{{lang|en|Alpha Foundation}}，縮寫：AF）是一個財團法人。");
    expect(foreign(facts, 'en')).toEqual(['page:甲基金會 Alpha Foundation']);
  });

  it('reads the language from the name of a {{lang-xx}} template, and {{jpn|j=}} as Japanese, past closing title marks', () => {
    const facts = factsOf("《'''乙條約'''》（{{lang-en|Treaty of Beta}}；{{jpn|j=乙の条約}}）是一份條約。", '乙條約');
    expect(foreign(facts, 'en')).toEqual(['page:乙條約 Treaty of Beta']);
    expect(foreign(facts, 'ja')).toEqual(['page:乙條約 乙の条約']);
  });

  it("gives a {{link-xx}} page its title in the other wiki, without the disambiguation, and shows its third argument", () => {
    const facts = factsOf("'''丙戰役'''中，{{link-en|丁·戊|Ding Wu (admiral)}}指揮{{link-ja|己號|己 (艦)|該艦}}。");
    expect(foreign(facts, 'en')).toEqual(['page:丁·戊 Ding Wu']);
    expect(foreign(facts, 'ja')).toEqual(['page:己號 己']);
  });

  it('leaves a gloss that follows no mention alone', () => {
    expect(foreign(factsOf("'''庚'''是一種說法，即「{{lang-en|some words}}」。"), 'en')).toEqual([]);
  });
});
