import { factsOf, typesOf } from '../helpers/extract';

/**
 * The shapes that make an unlinked name a person's or a body's are Chinese ones. Japanese writes with
 * the same characters, and there they make other words: they must not become people or bodies there.
 */
describe('name shapes are read in Chinese only', () => {
  it('in Japanese a dotted link is no transliterated person and a title is followed by no person', () => {
    const facts = factsOf("'''例'''は、部長山田太郎が[[北関東・磐越地域]]の[[中央・総武緩行線]]を視察した。", '例', 'ja');
    expect(typesOf(facts, 'page:北関東・磐越地域')).not.toContain('Person');
    expect(typesOf(facts, 'page:中央・総武緩行線')).not.toContain('Person');
    expect(facts.filter((f) => f.kind === 'entity' && f.types.includes('Person'))).toEqual([]);
  });

  it('in Chinese the same shapes still give people', () => {
    const facts = factsOf("'''例'''由[[商务部]]副部长王小明担任负责人，[[约翰·史密斯]]亦出席。", '例', 'zh');
    expect(typesOf(facts, 'page:约翰·史密斯')).toContain('Person');
    expect(typesOf(facts, 'name:王小明')).toContain('Person');
  });
});
