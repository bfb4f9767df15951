import * as fs from 'fs';
import * as path from 'path';
import { parseN3 } from '../../src/export/n3';
import { NS } from '../../src/graph/vocab';
import { ROOT, rowsOf, seedStore } from '../helpers/seedStore';

const VERIFIED = fs.readFileSync(path.join(ROOT, 'src', 'link', 'verified-ids.tsv'), 'utf8').split('\n').slice(1)
  .filter(Boolean).map((line) => line.split('\t')).map(([id, kind, label]) => ({ id, kind, label }));
const PROPERTIES = new Set(VERIFIED.filter((v) => v.kind === 'property').map((v) => v.id));
const ITEMS = new Set(VERIFIED.filter((v) => v.kind === 'item').map((v) => v.id));
const ONTOLOGY = parseN3(fs.readFileSync(path.join(ROOT, 'ontology', 'wikikg.ttl'), 'utf8'), 'ttl');

const mappings = ONTOLOGY.filter((q) => q.subject.value.startsWith(NS.wkg) && /^http:\/\/www\.wikidata\.org\//.test(q.object.value))
  .map((q) => [q.subject.value.slice(NS.wkg.length), q.predicate.value.replace(/^.*[#/]/, ''), q.object.value] as const);

describe('the mappings of the ontology to Wikidata', () => {
  it('map at least twenty terms', () => {
    expect(mappings.length).toBeGreaterThanOrEqual(20);
  });

  test.each(mappings.filter(([, , o]) => o.startsWith(NS.wdt)))('%s %s a checked Wikidata property (%s)', (_, __, object) => {
    expect(PROPERTIES.has(object.slice(NS.wdt.length))).toBe(true);
  });

  test.each(mappings.filter(([, , o]) => o.startsWith(NS.wd)))('%s %s a checked Wikidata item (%s)', (_, __, object) => {
    expect(ITEMS.has(object.slice(NS.wd.length))).toBe(true);
  });

  it('let a user query the seed with wdt: properties after a simple RDFS sub-property expansion', () => {
    const store = seedStore();
    const expansion = store.query(`CONSTRUCT { ?s ?wdt ?o } WHERE { ?p rdfs:subPropertyOf ?wdt . ?s ?p ?o . FILTER(STRSTARTS(STR(?wdt), STR(wdt:))) }`);
    if (expansion.kind !== 'quads') throw new Error('expected quads');
    store.addQuads(expansion.quads);
    const answer = store.query(`
      SELECT ?office ?founder ?item WHERE {
        ?o wdt:P112 ?f . ?o rdfs:label ?office . ?f rdfs:label ?founder . ?f owl:sameAs ?item .
        FILTER (lang(?office) = "zh-hant" && lang(?founder) = "zh-hant")
      } ORDER BY ?item`);
    expect(rowsOf(answer)).toEqual([
      ['南北共同聯絡辦公室', '朝鮮民主主義人民共和國', `${NS.wd}Q423`],
      ['南北共同聯絡辦公室', '大韓民國', `${NS.wd}Q884`],
    ]);
  });
});

describe('Wikidata identifiers in the source code', () => {
  const files = (dir: string): string[] => fs.readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));

  it('are all checked ones (src/link/verified-ids.tsv)', () => {
    const found = new Set<string>();
    for (const file of files(path.join(ROOT, 'src'))) {
      for (const m of fs.readFileSync(file, 'utf8').matchAll(/'([QP][1-9][0-9]*)'/g)) found.add(m[1]);
    }
    expect(found.size).toBeGreaterThan(10);
    expect([...found].filter((id) => !ITEMS.has(id) && !PROPERTIES.has(id))).toEqual([]);
  });
});
