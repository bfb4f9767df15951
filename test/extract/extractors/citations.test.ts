import { abbreviates } from '../../../src/extract/extractors/citations';
import { factsOf, labelsOf, pairs, typesOf } from '../../helpers/extract';

describe('citations extractor', () => {
  it('knows a Chinese abbreviation by its characters in order', () => {
    expect(abbreviates('韓聯社', '韓國聯合通訊社')).toBe(true);
    expect(abbreviates('中央社', '中央通訊社')).toBe(true);
    expect(abbreviates('聯合社', '韓國聯合通訊社')).toBe(false);
    expect(abbreviates('韓國聯合通訊社', '韓國聯合通訊社')).toBe(false);
  });
  it('merges a short publisher name into the linked full name and keeps the short one as an alias', () => {
    const facts = factsOf(
      "'''甲'''是機構<ref>{{cite news|title=a|url=http://x.example/1|agency=韓聯社}}</ref>，乙<ref>{{cite web|title=b|url=http://x.example/2|work=[[韓國聯合通訊社|韓國聯合通訊社]]|author=李四}}</ref>。",
    );
    expect(pairs(facts, 'publisher')).toEqual([
      ['citation:ref-1', 'page:韓國聯合通訊社'],
      ['citation:ref-2', 'page:韓國聯合通訊社'],
    ]);
    expect(labelsOf(facts, 'page:韓國聯合通訊社')).toContain('韓聯社@zh-Hant');
    expect(typesOf(facts, 'name:李四')).toEqual(['Person']);
    expect(pairs(facts, 'author')).toEqual([['citation:ref-2', 'name:李四']]);
  });
});
