import type { VariantRule } from '../../../src/parse/model';
import { simplify, traditionalize } from '../../../src/extract/text/chineseVariants';
import { factsOf, labelsOf } from '../../helpers/extract';

const rule = (key: string, variants: Record<string, string>): VariantRule => ({ key, variants, start: 0, end: 0 });
const NORTH = rule('1', { 'zh-hans': '朝鲜', 'zh-hk': '北韓', 'zh-tw': '北韓' });

describe('script conversion of names with noteTA rules', () => {
  it('uses a rule only when one of its forms is the whole name', () => {
    expect(traditionalize('朝鲜', [NORTH])).toBe('北韓');
    expect(simplify('北韓', [NORTH])).toBe('朝鲜');
  });

  it('never rewrites the middle of a longer name: OpenCC converts it whole', () => {
    expect(traditionalize('朝鲜民主主义人民共和国', [NORTH])).toBe('朝鮮民主主義人民共和國');
    expect(simplify('南北韓高級別會談', [NORTH])).toBe('南北韩高级别会谈');
  });

  it('converts with OpenCC alone without rules', () => {
    expect(simplify('聯絡辦公室')).toBe('联络办公室');
    expect(traditionalize('联络办公室')).toBe('聯絡辦公室');
  });
});

describe('labels of names in an article with noteTA rules', () => {
  it('labels a Simplified name that contains a rule word by OpenCC, not by the rule', () => {
    const facts = factsOf(`{{noteTA
|1 = zh-hans:朝鲜;zh-hk:北韓;zh-tw:北韓;
}}
'''甲乙联络处'''是一个由[[朝鲜民主主义人民共和国]]设立的机构，总部设在这里。`);
    expect(labelsOf(facts, 'page:朝鲜民主主义人民共和国').sort()).toEqual(['朝鮮民主主義人民共和國@zh-Hant', '朝鲜民主主义人民共和国@zh-Hans']);
  });

  it('labels a Traditional name that contains a rule word inside a longer word by OpenCC', () => {
    const facts = factsOf(`{{noteTA
|1 = zh-hans:朝鲜;zh-hk:北韓;zh-tw:北韓;
}}
'''甲乙聯絡處'''是一個在[[南北韓高級別會談]]後設立的機構，總部設在這裡。`);
    expect(labelsOf(facts, 'page:南北韓高級別會談').sort()).toEqual(['南北韓高級別會談@zh-Hant', '南北韩高级别会谈@zh-Hans']);
  });

  it('takes every regional form of a rule whose form is the whole name', () => {
    const facts = factsOf(`{{noteTA
|1 = zh-cn:特朗普;zh-tw:川普;zh-hk:特朗普;
}}
'''甲乙联络处'''是一个由[[特朗普]]设立的机构，总部设在这里。`);
    const labels = labelsOf(facts, 'page:特朗普');
    expect(labels).toEqual(expect.arrayContaining(['特朗普@zh-Hans', '川普@zh-TW', '特朗普@zh-HK', '特朗普@zh-CN']));
    expect(labels.filter((l) => l.endsWith('@zh-TW'))).toEqual(['川普@zh-TW']);
  });
});
