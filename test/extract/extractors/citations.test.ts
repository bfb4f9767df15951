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

  it('types a publisher by what the field and template say: news only in news, a book publisher an organisation, a journal or website nothing', () => {
    const facts = factsOf(
      "'''甲'''是機構<ref>{{cite news|title=a|url=http://x.example/1|work=Some Daily}}</ref>，" +
        "乙<ref>{{cite book|title=b|publisher=Some Books Ltd}}</ref>，" +
        "丙<ref>{{cite journal|title=c|journal=Some Optics Letters}}</ref>，" +
        "丁<ref>{{cite web|title=d|url=http://x.example/4|website=example.org}}</ref>，" +
        "戊<ref>{{cite web|title=e|url=http://x.example/5|publisher=Some-site.example.com}}</ref>。",
    );
    expect(typesOf(facts, 'name:Some-site.example.com')).toEqual([]);
    expect(typesOf(facts, 'name:Some Daily')).toEqual(['NewsOrganization']);
    expect(typesOf(facts, 'name:Some Books Ltd')).toEqual(['Organization']);
    expect(typesOf(facts, 'name:Some Optics Letters')).toEqual([]);
    expect(typesOf(facts, 'name:example.org')).toEqual([]);
    expect(pairs(facts, 'publisher')).toHaveLength(5);
  });

  it('types an author a person only when the name may be one: not a body, not one Latin word', () => {
    const facts = factsOf(
      "'''甲'''是機構<ref>{{cite web|title=a|url=http://x.example/1|author=ABCD}}</ref>，" +
        "乙<ref>{{cite web|title=b|url=http://x.example/2|author=Some Census Bureau}}</ref>，" +
        "丙<ref>{{cite web|title=c|url=http://x.example/3|author=Jane Roe}}</ref>，" +
        "丁<ref>{{cite journal|title=d|author=Roe J, Doe R, Poe A}}</ref>。",
    );
    expect(typesOf(facts, 'name:Roe J, Doe R, Poe A')).toEqual([]);
    expect(typesOf(facts, 'name:ABCD')).toEqual([]);
    expect(typesOf(facts, 'name:Some Census Bureau')).toEqual([]);
    expect(typesOf(facts, 'name:Jane Roe')).toEqual(['Person']);
  });

  it('types no website, online service or user name as an organisation', () => {
    const facts = factsOf(
      "'''甲'''是機構<ref>{{cite web|title=a|url=http://x.example/1|publisher=Some Statistics Online}}</ref>，" +
        "乙<ref>{{cite web|title=b|url=http://x.example/2|publisher=Some Virtual Library}}</ref>，" +
        "丙<ref>{{cite web|title=c|url=http://x.example/3|publisher=someuser42}}</ref>，" +
        "丁<ref>{{cite web|title=d|url=http://x.example/4|publisher=某某ウェブサイト}}</ref>，" +
        "戊<ref>{{cite web|title=e|url=http://x.example/5|publisher=Some Statistics Office}}</ref>。",
    );
    for (const name of ['Some Statistics Online', 'Some Virtual Library', 'someuser42', '某某ウェブサイト']) expect(typesOf(facts, `name:${name}`)).toEqual([]);
    expect(typesOf(facts, 'name:Some Statistics Office')).toEqual(['Organization']);
  });

  it('reads an author as the name alone: no byline word (`Von Jane Roe`), no role (`Jane Roe, Religious affairs correspondent`)', () => {
    const facts = factsOf(
      "'''甲'''是機構<ref>{{cite web|title=a|url=http://x.example/1|author=Von Jane Roe}}</ref>，" +
        "乙<ref>{{cite news|title=b|url=http://x.example/2|author=John Doe, Foreign affairs correspondent}}</ref>，" +
        "丙<ref>{{cite book|title=c|author=Vellum, Ann B.}}</ref>。",
    );
    expect(pairs(facts, 'author')).toEqual([['citation:ref-1', 'name:Jane Roe'], ['citation:ref-2', 'name:John Doe'], ['citation:ref-3', 'name:Vellum, Ann B.']]);
    expect(typesOf(facts, 'name:Jane Roe')).toEqual(['Person']);
    expect(typesOf(facts, 'name:John Doe')).toEqual(['Person']);
  });

  it('types no publisher in an author field, nor a Vancouver list of authors, as a person; a publisher named by initials and a surname is no body', () => {
    const facts = factsOf(
      "'''甲'''是機構<ref>{{cite book|title=a|author=Some Publications}}</ref>，" +
        "乙<ref>{{cite journal|title=b|author=Roe J, Doe R}}</ref>，戊<ref>{{cite book|title=e|author=Various authors}}</ref>，" +
        "丙<ref>{{cite book|title=c|publisher=J. Vellum}}</ref>，" +
        "丁<ref>{{cite web|title=d|url=http://x.example/4|publisher=某某オンライン}}</ref>。",
    );
    expect(typesOf(facts, 'name:Some Publications')).toEqual([]);
    expect(typesOf(facts, 'name:Roe J, Doe R')).toEqual([]);
    expect(typesOf(facts, 'name:Various authors')).toEqual([]);
    expect(typesOf(facts, 'name:J. Vellum')).toEqual([]);
    expect(typesOf(facts, 'name:某某オンライン')).toEqual([]);
  });
});
