import { extractFacts } from '../../../src/extract';
import type { EntityFact, Fact, PropertyName, RelationFact } from '../../../src/extract/fact';
import { entityKey, isIriValue } from '../../../src/extract/fact';
import { IriMinter } from '../../../src/graph/iri';
import { factsToQuads } from '../../../src/graph/toQuads';
import { PROPERTY } from '../../../src/graph/vocab';
import { codePointSlice } from '../../../src/parse/offsets';
import { parseArticle } from '../../../src/parse/parseArticle';

function build(text: string, title: string, lang: string) {
  const article = parseArticle({ title, lang, text });
  return { article, facts: extractFacts(article) };
}

const factsOf = (text: string, title: string, lang: string): Fact[] => build(text, title, lang).facts;

function relations(facts: Fact[], property: PropertyName): RelationFact[] {
  return facts.filter((f): f is RelationFact => f.kind === 'relation' && f.property === property);
}

/** Objects of `property` as entity keys, IRIs or `text@lang`. */
function objects(facts: Fact[], property: PropertyName): string[] {
  return relations(facts, property).map(({ object }) => {
    if (isIriValue(object)) return object.iri;
    if ('entity' in object) return object.entity;
    return object.lang ? `${object.literal}@${object.lang}` : object.literal;
  });
}

/** The wikitext each fact of `property` points at, by rule. */
function evidenceText(text: string, facts: Fact[], property: PropertyName): Array<[string, string, number]> {
  return relations(facts, property).map((f) => [f.evidence.rule, codePointSlice(text, f.evidence.start, f.evidence.end), f.evidence.sentence]);
}

describe('page extractor: wikilinks (page/wiki-link)', () => {
  it('links the subject to each article it links to, once, outside references and other namespaces (en)', () => {
    const text = "'''Aberdeen''' is a [[city]] in [[Scotland|Scotland, UK]].<ref>[[Ref page]]</ref> The [[City]] is old. See [[Help:Editing]], [[:Category:Cities]] and [[Aberdeen]].\n[[Category:Cities]]";
    const facts = factsOf(text, 'Aberdeen', 'en');
    expect(objects(facts, 'wikiPageLink')).toEqual(['wikipage:City', 'wikipage:Scotland']);
    expect(relations(facts, 'wikiPageLink').every((f) => f.subject === entityKey.wikiPage('Aberdeen'))).toBe(true);
    expect(evidenceText(text, facts, 'wikiPageLink')).toEqual([
      ['page/wiki-link', '[[city]]', 0],
      ['page/wiki-link', '[[Scotland|Scotland, UK]]', 0],
    ]);
  });
  it('works the same in Chinese, with links outside sentences at sentence -1', () => {
    const text = "{{Infobox|領袖=[[丁]]}}\n'''甲'''是[[乙]]的[[丙|丙國]]城市。[[乙]]很大。";
    const facts = factsOf(text, '甲', 'zh');
    expect(objects(facts, 'wikiPageLink')).toEqual(['wikipage:丁', 'wikipage:乙', 'wikipage:丙']);
    expect(evidenceText(text, facts, 'wikiPageLink').map(([, , sentence]) => sentence)).toEqual([-1, 0, 0]);
  });
});

describe('page extractor: abstract (page/abstract)', () => {
  it("is the lead's first paragraph with prose, as plain text in the wiki language (en)", () => {
    const text = "{{Infobox city|name=A}}\n'''Aberdeen''' is a [[city]].<ref name=a>Source.</ref> It is ''old''.\n\nSecond paragraph.\n== History ==\nLater.";
    const facts = factsOf(text, 'Aberdeen', 'en');
    expect(objects(facts, 'abstract')).toEqual(['Aberdeen is a city. It is old.@en']);
    const [abstract] = relations(facts, 'abstract');
    expect(abstract.evidence).toMatchObject({ rule: 'page/abstract', sentence: -1, citations: ['a'] });
    expect(codePointSlice(text, abstract.evidence.start, abstract.evidence.end)).toMatch(/^'''Aberdeen''' is a \[\[city\]\]\..*It is ''old''\.$/);
  });
  it("joins Chinese sentences without spaces, tagged with the article's script", () => {
    const facts = factsOf("'''甲'''是[[臺灣]]的一個城市。<ref>來源</ref>這裡很熱。\n\n第二段。", '甲', 'zh');
    expect(objects(facts, 'abstract')).toEqual(['甲是臺灣的一個城市。這裡很熱。@zh-Hant']);
    expect(objects(factsOf("'''乙'''是一个城市。这里很热。", '乙', 'zh'), 'abstract')).toEqual(['乙是一个城市。这里很热。@zh-Hans']);
  });
  it('is left out when the lead has no prose', () => {
    expect(objects(factsOf('{{Infobox|a=b}}\n== Section ==\nText.', 'X', 'en'), 'abstract')).toEqual([]);
  });
});

describe('page extractor: main image (page/first-image)', () => {
  it('is the first picture of the article, as its Commons file page', () => {
    const text = "<ref>[[File:In ref.jpg]]</ref>[[File:Anthem.ogg]] {{Infobox|image=[[File:Aberdeen, harbour.JPG|250px]]}} [[Image:second.png|thumb]]";
    const facts = factsOf(text, 'Aberdeen', 'en');
    expect(objects(facts, 'image')).toEqual(['https://commons.wikimedia.org/wiki/File:Aberdeen,_harbour.JPG']);
    expect(evidenceText(text, facts, 'image')).toEqual([['page/first-image', '[[File:Aberdeen, harbour.JPG|250px]]', -1]]);
  });
  it('reads the local names of the File namespace (zh, de, ko)', () => {
    expect(objects(factsOf('[[文件:天安門 廣場.jpg|thumb|說明]] 甲。', '甲', 'zh'), 'image')).toEqual([
      `https://commons.wikimedia.org/wiki/File:${encodeURIComponent('天安門_廣場.jpg')}`,
    ]);
    expect(objects(factsOf('[[圖像:a.png]] 甲。', '甲', 'zh'), 'image')).toEqual(['https://commons.wikimedia.org/wiki/File:A.png']);
    expect(objects(factsOf('[[Datei:Berlin_Mitte.svg|mini]] Text.', 'Berlin', 'de'), 'image')).toEqual(['https://commons.wikimedia.org/wiki/File:Berlin_Mitte.svg']);
    expect(objects(factsOf('[[파일:서울.jpg]] 서울.', '서울', 'ko'), 'image')).toEqual([`https://commons.wikimedia.org/wiki/File:${encodeURIComponent('서울.jpg')}`]);
  });
  it('is an IRI in the graph', () => {
    const { article, facts } = build('[[File:A.jpg]] Text.', 'X', 'en');
    const quad = factsToQuads(article, facts).find((q) => q.predicate.equals(PROPERTY.image));
    expect(quad?.object.termType).toBe('NamedNode');
  });
});

describe('page extractor: external links (page/external-link)', () => {
  it('takes bracketed and bare URLs of the body, not those in references or templates, each once', () => {
    const text = [
      "'''X''' has a site [https://example.org/a%20b?q=1 the site] and http://example.com/x.",
      'Again [https://example.org/a%20b?q=1 here], [//example.net/p protocol-relative], [mailto:a@example.org mail].',
      '<ref>[http://ref.example.org cited]</ref>{{Official website|http://tpl.example.org}}{{cite web|url=http://cite.example.org}}',
    ].join('\n');
    const facts = factsOf(text, 'X', 'en');
    expect(objects(facts, 'externalLink')).toEqual(['https://example.org/a%20b?q=1', 'http://example.com/x', 'https://example.net/p']);
    expect(evidenceText(text, facts, 'externalLink')[0]).toEqual(['page/external-link', '[https://example.org/a%20b?q=1 the site]', 0]);
  });
  it('writes URLs as IRIs any syntax can hold (zh)', () => {
    const facts = factsOf("'''甲'''的網站：[http://例子.中国/路徑?a=|b^c 網站]。", '甲', 'zh');
    const [iri] = objects(facts, 'externalLink');
    expect(iri).toMatch(/^http:\/\/xn--/);
    expect(iri).not.toMatch(/[|^ ]/);
    const { article } = build("'''甲'''：[http://a.example/x|y 網站]。", '甲', 'zh');
    const quads = factsToQuads(article, extractFacts(article)).filter((q) => q.predicate.equals(PROPERTY.externalLink));
    expect(quads.map((q) => q.object.value)).toEqual(['http://a.example/x%7Cy']);
  });
});

describe('page extractor: interlanguage links (page/interlanguage-link)', () => {
  const text = "'''甲'''是城市。[[:en:Inline]]、[[wikt:甲]]。\n[[Category:城市]]\n[[en:First city]]\n[[ja:甲市]]\n[[zh:甲]]\n[[EN:First city]]";
  it("links the subject to the other editions' resources, not inline, project or same-language links", () => {
    const facts = factsOf(text, '甲', 'zh');
    expect(objects(facts, 'interlanguageLink')).toEqual(['page@en:First city', 'page@ja:甲市']);
    expect(evidenceText(text, facts, 'interlanguageLink')[0]).toEqual(['page/interlanguage-link', '[[en:First city]]', -1]);
    expect(objects(facts, 'wikiPageLink')).toEqual([]);
  });
  it("are minted as resources of the other language and linked to that edition's page", () => {
    expect(new IriMinter('zh', '甲').entity(entityKey.pageIn('en', 'First city')).value).toBe('https://w3id.org/wikikg/resource/en/First_city');
    const { article, facts } = build(text, '甲', 'zh');
    const quads = factsToQuads(article, facts);
    const link = quads.find((q) => q.predicate.equals(PROPERTY.interlanguageLink));
    expect(link?.subject.value).toBe('https://w3id.org/wikikg/resource/zh/甲');
    expect(link?.object.value).toBe('https://w3id.org/wikikg/resource/en/First_city');
    const page = quads.find((q) => q.subject.value === 'https://w3id.org/wikikg/resource/en/First_city' && q.predicate.value === 'https://schema.org/mainEntityOfPage');
    expect(page?.object.value).toBe('https://en.wikipedia.org/wiki/First_city');
  });
  it('are read in English articles too', () => {
    expect(objects(factsOf("'''Aberdeen''' is a city.\n\n[[de:Aberdeen]]\n[[zh-yue:鴨巴甸]]", 'Aberdeen', 'en'), 'interlanguageLink')).toEqual([
      'page@de:Aberdeen',
      'page@zh-yue:鴨巴甸',
    ]);
  });
});

describe('page extractor: disambiguation pages (page/disambiguation)', () => {
  const typesOf = (facts: Fact[], entity: string) =>
    facts.filter((f): f is EntityFact => f.kind === 'entity' && f.entity === entity).flatMap((f) => f.types);
  it('types a page with a disambiguation template and links it to each page it lists (en)', () => {
    const text = "'''Aberdeen''' may refer to:\n* [[Aberdeen, Scotland]]\n* [[Aberdeen, Hong Kong]], a harbour\n* [[Aberdeen, Scotland|the city]] again\n{{disambiguation|geo}}";
    const facts = factsOf(text, 'Aberdeen (disambiguation)', 'en');
    expect(typesOf(facts, 'page:Aberdeen (disambiguation)')).toContain('DisambiguationPage');
    expect(objects(facts, 'disambiguates')).toEqual(['page:Aberdeen, Scotland', 'page:Aberdeen, Hong Kong']);
    expect(evidenceText(text, facts, 'disambiguates')[0]).toEqual(['page/disambiguation', '[[Aberdeen, Scotland]]', expect.any(Number)]);
  });
  it('knows the templates of other languages (zh, ja, de) and not the hatnotes that point to such pages', () => {
    const zh = factsOf("'''甲'''可以指：\n* [[甲 (城市)]]\n* [[甲 (河流)]]\n{{消歧义}}", '甲', 'zh');
    expect(typesOf(zh, 'page:甲')).toContain('DisambiguationPage');
    expect(objects(zh, 'disambiguates')).toEqual(['page:甲 (城市)', 'page:甲 (河流)']);
    expect(typesOf(factsOf('* [[タイ王国]]\n{{aimai}}', 'タイ', 'ja'), 'page:タイ')).toContain('DisambiguationPage');
    expect(typesOf(factsOf('* [[Bank (Möbel)]]\n{{Begriffsklärung}}', 'Bank', 'de'), 'page:Bank')).toContain('DisambiguationPage');
    const hatnote = factsOf("{{Dablink|For other uses, see [[X (disambiguation)]].}}\n'''X''' is a thing.", 'X', 'en');
    expect(typesOf(hatnote, 'page:X')).not.toContain('DisambiguationPage');
    expect(objects(hatnote, 'disambiguates')).toEqual([]);
  });
});

describe('redirects (page/redirect)', () => {
  it.each([
    ['en', 'UK', '#REDIRECT [[United Kingdom]]\n{{R from abbreviation}}\n[[Category:Redirects]]', 'United Kingdom'],
    ['en', 'Uk', '  #redirect:[[united Kingdom#History|x]]', 'United Kingdom'],
    ['zh', '英國', '#重定向 [[大不列顛及北愛爾蘭聯合王國]]', '大不列顛及北愛爾蘭聯合王國'],
    ['zh', '英国', '#REDIRECT [[联合王国]]', '联合王国'],
    ['de', 'UK', '#WEITERLEITUNG [[Vereinigtes Königreich]]', 'Vereinigtes Königreich'],
    ['es', 'RU', '#REDIRECCIÓN [[Reino Unido]]', 'Reino Unido'],
    ['ru', 'ВБ', '#перенаправление [[Великобритания]]', 'Великобритания'],
    ['ja', '英', '#転送 [[イギリス]]', 'イギリス'],
  ])('%s %s leads to its target, whose other name it is, and states nothing else', (lang, title, text, target) => {
    const { article, facts } = build(text, title, lang);
    expect(article.redirect?.target).toBe(target);
    expect(facts).toHaveLength(2);
    expect(facts[0]).toMatchObject({ kind: 'relation', subject: entityKey.page(title), property: 'redirectsTo', object: { entity: entityKey.page(target) } });
    expect(facts[0].evidence.rule).toBe('page/redirect');
    expect(codePointSlice(text, facts[0].evidence.start, facts[0].evidence.end)).toMatch(/^#.*\]\]$/);
    expect(facts[1]).toMatchObject({ kind: 'label', entity: entityKey.page(target), text: title, labelKind: 'alternative', evidence: { rule: 'page/redirect-title' } });
  });
  it.each([['英國', 'zh-Hant'], ['英国', 'zh-Hans'], ['UK', 'zh']])('tags the title %s of a zhwiki redirect with its script (%s)', (title, tag) => {
    expect(build('#重定向 [[联合王国]]', title, 'zh').facts[1]).toMatchObject({ kind: 'label', text: title, lang: tag });
  });
  it("takes the target a dump declares when the text's magic word is unknown", () => {
    const article = parseArticle({ title: 'A', lang: 'xx', text: '#UNBEKANNT [[B]]', redirect: 'B' });
    expect(article.redirect).toEqual({ target: 'B', start: 0, end: 16 });
  });
  it('is not read from a magic word later in the text or without a link', () => {
    expect(parseArticle({ title: 'A', lang: 'en', text: 'Text.\n#REDIRECT [[B]]' }).redirect).toBeUndefined();
    expect(parseArticle({ title: 'A', lang: 'en', text: '#REDIRECT nothing' }).redirect).toBeUndefined();
    expect(parseArticle({ title: 'A', lang: 'en', text: '#REDIRECTION [[B]]' }).redirect?.target).toBe('B');
  });
  it('becomes a small graph: the redirect resource, its target and the page triples', () => {
    const { article, facts } = build('#REDIRECT [[United Kingdom]]', 'UK', 'en');
    const quads = factsToQuads(article, facts);
    const triple = quads.find((q) => q.predicate.equals(PROPERTY.redirectsTo));
    expect([triple?.subject.value, triple?.object.value]).toEqual([
      'https://w3id.org/wikikg/resource/en/UK',
      'https://w3id.org/wikikg/resource/en/United_Kingdom',
    ]);
    expect(quads.some((q) => q.predicate.value === 'https://schema.org/about')).toBe(true);
  });
});
