import type { Fact } from '../../src/extract/fact';
import { labelsOf, pairs, relations, show, typesOf } from '../helpers/extract';
import { seedBuild } from '../helpers/seedStore';

/** The seed article's facts: every kind of thing and relation the brief names, with its evidence. */
describe('facts of the seed article', () => {
  const { facts, parsed } = seedBuild();
  const office = 'page:南北共同聯絡辦公室';

  it('types the office, the states, the ministry, the committee, the summit, the declaration and the places', () => {
    expect(typesOf(facts, office)).toEqual(['GovernmentOrganization', 'LiaisonOffice']);
    expect(typesOf(facts, 'page:大韓民國')).toEqual(['Country']);
    expect(typesOf(facts, 'page:朝鮮民主主義人民共和國')).toEqual(['Country']);
    expect(typesOf(facts, 'page:統一部')).toEqual(['GovernmentMinistry', 'GovernmentOrganization']);
    expect(typesOf(facts, 'page:祖國和平統一委員會')).toEqual(['Committee', 'GovernmentOrganization']);
    expect(typesOf(facts, 'page:2018年4月南北韓首腦會談')).toEqual(['Event', 'Summit']);
    expect(typesOf(facts, 'page:板門店宣言')).toEqual(['Declaration', 'Document']);
    expect(typesOf(facts, 'page:開城工業區')).toEqual(['Place']);
    expect(typesOf(facts, 'name:開城')).toEqual(['Place']);
    expect(typesOf(facts, 'page:朝美關係')).toEqual(['Topic']);
  });

  it('names the office in Traditional and Simplified Chinese, Hangul and Hanja', () => {
    expect(labelsOf(facts, office).sort()).toEqual(
      ['南北共同連絡事務所 事務處@ko-Hani', '南北共同联络办公室@zh-Hans', '南北共同聯絡辦公室@zh-Hant', '남북공동연락사무소 사무처@ko'].sort(),
    );
  });

  it('takes the summit’s regional names from the noteTA rules', () => {
    expect(labelsOf(facts, 'page:2018年4月南北韓首腦會談').sort()).toEqual(
      ['2018年4月南北韓首腦會談@zh-HK', '2018年4月南北韓首腦會談@zh-Hant', '2018年4月南北韓高峰會@zh-Hant', '2018年4月朝韩首脑会晤@zh-Hans'].sort(),
    );
  });

  it('finds the unlinked officials with their positions', () => {
    expect(typesOf(facts, 'name:千海成')).toEqual(['Person']);
    expect(typesOf(facts, 'name:田鐘秀')).toEqual(['Person']);
    expect(pairs(facts, 'positionHeld')).toEqual([
      ['name:千海成', 'page:統一部#position:副部長'],
      ['name:田鐘秀', 'page:祖國和平統一委員會#position:副委員長'],
    ]);
  });

  it('states the relations of the text', () => {
    expect(pairs(facts, 'foundedBy')).toEqual([[office, 'page:大韓民國'], [office, 'page:朝鮮民主主義人民共和國']]);
    expect(pairs(facts, 'headquartersLocation')).toEqual([[office, 'page:開城工業區']]);
    expect(pairs(facts, 'basedOn')).toEqual([[office, 'page:板門店宣言']]);
    expect(pairs(facts, 'signedAt')).toEqual([['page:板門店宣言', 'page:2018年4月南北韓首腦會談']]);
    expect(pairs(facts, 'locatedIn')).toEqual([['page:開城工業區', 'name:開城']]);
    const [opening] = relations(facts, 'openingDate');
    expect(show(opening.object)).toBe('2018-09-14^^date');
    // The date it replaced, and why, qualify the opening.
    expect(opening.qualifiers.map((q) => `${q.name}=${show(q.value)}`)).toEqual(['plannedDate=2018-08^^gYearMonth', 'reasonForChange=page:朝美關係']);
  });

  it('ties each relation to the references that follow its words', () => {
    const citations = (f: Fact) => f.evidence.citations.join(',');
    expect(relations(facts, 'openingDate').map(citations)).toEqual(['bbc']);
    expect(relations(facts, 'positionHeld').map(citations)).toEqual(['yonhapnews', 'yonhapnews']);
    expect(relations(facts, 'headquartersLocation').map(citations)).toEqual(['']);
  });

  it('keeps the noteTA table as variant concepts, each form labelled in its variant', () => {
    const korea = `${office}#variantRule:3`;
    expect(typesOf(facts, korea)).toEqual(['VariantConcept']);
    expect(labelsOf(facts, korea)).toEqual(['韩国@zh-Hans', '韓國@zh-HK', '南韓@zh-TW']);
    const quads = seedBuild().quads;
    const node = quads.find((q) => q.predicate.value.endsWith('#type') && q.object.value.endsWith('#VariantConcept') && q.subject.value.endsWith('/variantRule/3'))!.subject;
    const zhTW = quads.filter((q) => q.subject.equals(node) && q.predicate.value.endsWith('#label') && q.object.termType === 'Literal' && q.object.language.toLowerCase() === 'zh-tw');
    expect(zhTW.map((q) => q.object.value)).toEqual(['南韓']);
    // The rule is not prose: its statements point at the rule's wikitext, with no sentence.
    expect(facts.find((f) => f.kind === 'entity' && f.entity === korea)!.evidence).toMatchObject({ sentence: -1, rule: 'note-ta/rule' });
    const statements = quads.filter((q) => q.predicate.value.endsWith('#subject') && q.object.equals(node)).map((q) => q.subject);
    const phrases = quads.filter((q) => statements.some((s) => s.equals(q.subject)) && q.predicate.value.endsWith('ontology#evidence')).map((q) => q.object);
    expect(phrases.length).toBeGreaterThan(0);
    for (const phrase of phrases) {
      expect(quads.find((q) => q.subject.equals(phrase) && q.predicate.value.endsWith('#anchorOf'))!.object.value).toContain('zh-tw:南韓');
      expect(quads.filter((q) => q.subject.equals(phrase) && q.predicate.value.endsWith('#sentence'))).toEqual([]);
    }
  });

  it('gives every prose fact a source span inside its sentence', () => {
    for (const f of facts.filter((x) => x.evidence.sentence >= 0)) {
      const sentence = parsed.sentences[f.evidence.sentence];
      expect(f.evidence.start).toBeGreaterThanOrEqual(sentence.start);
      expect(f.evidence.end).toBeLessThanOrEqual(sentence.end);
      expect(f.evidence.end).toBeGreaterThan(f.evidence.start);
    }
  });
});
