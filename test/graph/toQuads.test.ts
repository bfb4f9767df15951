import { factsToQuads } from '../../src/graph/toQuads';
import { article, fact, liaisonOffice, reference, sentence, span } from './fixtures';
import { expectSameGraph, objectsOf, turtle } from './helpers';
import { NS } from '../../src/graph/vocab';

const R = 'https://w3id.org/wikikg/resource/zh/';
const TEXT = 'https://w3id.org/wikikg/text/zh/T';

/** A one-sentence article `T` citing one named source. */
function tiny() {
  const text = 'X由[[Y]]設立。<ref name="a">{{cite web|url=http://e.org/a b|title=Hi|date=2018-13-40}}</ref>';
  const s = 'X由[[Y]]設立。';
  return article('T', text, {
    sentences: [sentence(0, text, s, 'X由Y設立。', ['a'])],
    references: [reference('a', { url: 'http://e.org/a b', title: 'Hi', date: '2018-13-40' }, { name: 'a' })],
  });
}

describe('factsToQuads', () => {
  test('a relation fact becomes a triple, a statement with qualifiers and evidence, and the NIF nodes', () => {
    const a = tiny();
    const where = { sentence: 0, ...span(a.source.text, '由[[Y]]設立'), rule: 'relations/founded-by', citations: ['a'] };
    const facts = [fact.relation('name:X', 'foundedBy', { entity: 'page:Y' }, [{ name: 'pointInTime', value: { literal: '2018', datatype: 'gYear' } }], where)];
    const quads = factsToQuads(a, facts);
    const stmt = quads.find((q) => q.predicate.value === `${NS.rdf}subject`)!.subject.value;
    expectSameGraph(quads, turtle(`
      <https://w3id.org/wikikg/article/zh/T> a wkg:Article, schema:Article; schema:name "T"@zh; schema:inLanguage "zh";
        schema:url <https://zh.wikipedia.org/wiki/T>; wkg:revision "12345"; schema:about <${R}T>.
      <${R}T> schema:mainEntityOfPage <https://zh.wikipedia.org/wiki/T>.
      <${R}Y> schema:mainEntityOfPage <https://zh.wikipedia.org/wiki/Y>.
      <${TEXT}#char=0,88> a nif:Context; nif:beginIndex "0"^^xsd:nonNegativeInteger; nif:endIndex "88"^^xsd:nonNegativeInteger;
        nif:isString ${JSON.stringify(a.source.text)}; nif:sourceUrl <https://zh.wikipedia.org/wiki/T>.
      <https://w3id.org/wikikg/source/zh/T/a> a wkg:Citation, prov:Entity, schema:CreativeWork;
        wkg:citedIn <https://w3id.org/wikikg/article/zh/T>; wkg:referenceName "a";
        schema:url "http://e.org/a b"^^xsd:anyURI; schema:name "Hi"; schema:datePublished "2018-13-40".
      <${R}X> wkg:foundedBy <${R}Y>.
      <${stmt}> a rdf:Statement, wkg:Statement; rdf:subject <${R}X>; rdf:predicate wkg:foundedBy; rdf:object <${R}Y>;
        wkg:pointInTime "2018"^^xsd:gYear; wkg:extractionRule "relations/founded-by";
        prov:wasDerivedFrom <https://w3id.org/wikikg/article/zh/T>, <https://w3id.org/wikikg/source/zh/T/a>;
        wkg:evidence <${TEXT}#char=1,9>.
      <${TEXT}#char=1,9> a nif:Phrase; nif:beginIndex "1"^^xsd:nonNegativeInteger; nif:endIndex "9"^^xsd:nonNegativeInteger;
        nif:anchorOf "由[[Y]]設立"; nif:referenceContext <${TEXT}#char=0,88>; nif:sentence <${TEXT}#char=0,10>.
      <${TEXT}#char=0,10> a nif:Sentence; nif:beginIndex "0"^^xsd:nonNegativeInteger; nif:endIndex "10"^^xsd:nonNegativeInteger;
        nif:anchorOf "X由[[Y]]設立。"; wkg:plainText "X由Y設立。"@zh-Hant; nif:referenceContext <${TEXT}#char=0,88>;
        wkg:citation <https://w3id.org/wikikg/source/zh/T/a>.
    `));
    expect(stmt).toBe('https://w3id.org/wikikg/statement/zh/T/' + stmt.slice(-16));
    expect(stmt.slice(-16)).toMatch(/^[0-9a-f]{16}$/);
  });

  test('labels map to rdfs:label, skos:altLabel and wkg:nativeLabel with language tags', () => {
    const facts = [
      fact.label('page:T', '南北', 'zh-Hant'),
      fact.label('page:T', '남북', 'ko', 'native'),
      fact.label('page:T', '联络处', 'zh-Hans', 'alternative'),
    ];
    const quads = factsToQuads(tiny(), facts);
    expect(objectsOf(quads, `${R}T`, `${NS.rdfs}label`)).toEqual(['南北']);
    expect(objectsOf(quads, `${R}T`, `${NS.wkg}nativeLabel`)).toEqual(['남북']);
    expect(objectsOf(quads, `${R}T`, `${NS.skos}altLabel`)).toEqual(['联络处']);
    expect(quads.find((q) => q.object.value === '남북')!.object).toMatchObject({ language: 'ko' });
  });

  test('an entity fact with two types states two triples, each with its own statement', () => {
    const quads = factsToQuads(tiny(), [fact.entity('page:T', ['Organization', 'GovernmentOrganization'])]);
    expect(objectsOf(quads, `${R}T`, `${NS.rdf}type`).sort()).toEqual([`${NS.wkg}GovernmentOrganization`, `${NS.wkg}Organization`]);
    expect(quads.filter((q) => q.object.value === `${NS.wkg}Statement`)).toHaveLength(2);
  });

  test('literal values carry their datatypes', () => {
    const values = [
      { literal: '2018-09', datatype: 'gYearMonth' }, { literal: '15', datatype: 'integer' },
      { literal: 'true', datatype: 'boolean' }, { literal: 'http://x.org/', datatype: 'anyURI' },
      { literal: '每週', datatype: 'langString', lang: 'zh-Hant' }, { literal: 'plain', datatype: 'string' },
    ] as const;
    const quads = factsToQuads(tiny(), values.map((v) => fact.relation('page:T', 'frequency', v)));
    const objects = quads.filter((q) => q.predicate.value === `${NS.wkg}frequency` && q.subject.value === `${R}T`).map((q) => q.object);
    const kinds = objects.map((o) => (o.termType === 'Literal' ? `${o.value} ${o.language || o.datatype.value.replace(NS.xsd, 'xsd:')}` : ''));
    expect(kinds.sort()).toEqual(['15 xsd:integer', '2018-09 xsd:gYearMonth', 'http://x.org/ xsd:anyURI', 'plain xsd:string', 'true xsd:boolean', '每週 zh-hant']);
  });

  test('part keys nest under their parent and citation keys name the source node', () => {
    const quads = factsToQuads(tiny(), [fact.relation('page:T#position:主任', 'author', { entity: 'citation:a' })]);
    expect(objectsOf(quads, `${R}T/position/主任`, `${NS.wkg}author`)).toEqual(['https://w3id.org/wikikg/source/zh/T/a']);
  });

  test('facts without a span get no NIF evidence but are still derived from the article', () => {
    const quads = factsToQuads(tiny(), [fact.relation('page:T', 'category', { entity: 'category:朝韓關係' })]);
    expect(quads.some((q) => q.predicate.value === `${NS.wkg}evidence`)).toBe(false);
    expect(quads.some((q) => q.object.value === 'https://w3id.org/wikikg/category/zh/朝韩关系')).toBe(true);
  });

  test('statement IRIs do not depend on fact order and differ when evidence differs', () => {
    const { article: a, facts } = liaisonOffice();
    const statements = (fs: typeof facts) => factsToQuads(a, fs).filter((q) => q.object.value === `${NS.wkg}Statement`).map((q) => q.subject.value).sort();
    expect(statements([...facts].reverse())).toEqual(statements(facts));
    expect(new Set(statements(facts)).size).toBe(facts.length);
  });

  test('a configurable base mints every instance IRI under it', () => {
    const quads = factsToQuads(tiny(), [fact.entity('page:T', ['Place'])], { base: 'http://example.org/kg/' });
    expect(quads.map((q) => q.subject.value).every((s) => s.startsWith('http://example.org/kg/'))).toBe(true);
  });
});
