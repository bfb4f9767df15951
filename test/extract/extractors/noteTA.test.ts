import type { LabelFact } from '../../../src/extract/fact';
import { factsOf, labelsOf, typesOf } from '../../helpers/extract';

const ARTICLE = `{{noteTA
|1 = zh-hans:鼠标; zh-hant:滑鼠; zh-hk:鼠標;
|2 = zh-cn:特朗普;zh-tw:川普;zh-hk:特朗普;
|G1 = IT
}}
'''甲乙联络处'''是一个由-{H|zh-hans:软件;zh-tw:軟體;}-公司设立的机构。`;

describe('noteTA extractor', () => {
  const facts = factsOf(ARTICLE);
  const rule = (disc: string) => `page:甲乙联络处#variantRule:${disc}`;

  it('makes each rule a variant concept named by each form in its variant', () => {
    expect(typesOf(facts, rule('1'))).toEqual(['VariantConcept']);
    expect(labelsOf(facts, rule('1'))).toEqual(['鼠标@zh-Hans', '滑鼠@zh-Hant', '鼠標@zh-HK']);
    expect(labelsOf(facts, rule('2'))).toEqual(['特朗普@zh-CN', '川普@zh-TW', '特朗普@zh-HK']);
    const labels = facts.filter((f): f is LabelFact => f.kind === 'label' && f.entity === rule('2'));
    expect(labels.map((f) => f.labelKind)).toEqual(['preferred', 'preferred', 'preferred']);
  });

  it('skips group rules and keys inline rules by their offset', () => {
    expect(facts.filter((f) => f.kind === 'entity' && f.entity === rule('G1'))).toEqual([]);
    const inline = facts.filter((f) => f.kind === 'entity' && f.types.includes('VariantConcept') && f.entity.includes('inline-'));
    expect(inline).toHaveLength(1);
    expect(labelsOf(facts, (inline[0] as { entity: string }).entity)).toEqual(['软件@zh-Hans', '軟體@zh-TW']);
  });

  it('cites the rule’s source span, outside any sentence', () => {
    const [entity] = facts.filter((f) => f.kind === 'entity' && f.entity === rule('2'));
    const { sentence, start, end, rule: id } = entity.evidence;
    expect({ sentence, id }).toEqual({ sentence: -1, id: 'note-ta/rule' });
    expect([...ARTICLE].slice(start, end).join('')).toContain('zh-tw:川普');
  });
});
