import * as fs from 'fs';
import * as path from 'path';
import type { Quad } from '@rdfjs/types';
import { parseRdf } from '../../src/export/serialize';
import { exportForWikidata } from '../../src/export/wikidataExport';
import { readCacheFile } from '../../src/link/cache';
import { linkFromCache } from '../../src/link/linkGraph';
import { ROOT, seedBuild } from '../helpers/seedStore';

const ONTOLOGY = fs.readFileSync(path.join(ROOT, 'ontology', 'wikikg.ttl'), 'utf8');
const PAGE = 'https://zh.wikipedia.org/wiki/南北共同聯絡辦公室';

/** The seed linked offline from the shipped cache, as `build --link` writes it. */
function linkedSeed(): Quad[] {
  const quads = seedBuild().quads;
  return [...quads, ...linkFromCache(quads, readCacheFile(path.join(ROOT, 'links', 'wikidata-cache.tsv'))).quads];
}

describe('export --profile wikidata on the seed', () => {
  it('states P31 of the two linked countries in Wikidata’s model, referenced to the article', async () => {
    const turtle = await exportForWikidata(linkedSeed(), ONTOLOGY, 'ttl');
    const body = turtle.slice(turtle.indexOf('\n\n') + 2);
    expect(body).toBe([
      'wd:Q423 p:P31 _:sd5cac20a1326b712;',
      '    wdt:P31 wd:Q6256.',
      'wd:Q884 p:P31 _:se43c45d508bfae54;',
      '    wdt:P31 wd:Q6256.',
      '_:r45a0e6525fa26448 a wikibase:Reference;',
      '    pr:P143 wd:Q30239;',
      `    pr:P4656 <${PAGE}>.`,
      '_:sd5cac20a1326b712 a wikibase:Statement;',
      '    prov:wasDerivedFrom _:r45a0e6525fa26448;',
      '    ps:P31 wd:Q6256.',
      '_:se43c45d508bfae54 a wikibase:Statement;',
      '    prov:wasDerivedFrom _:r45a0e6525fa26448;',
      '    ps:P31 wd:Q6256.',
      '',
    ].join('\n'));
    expect(turtle).toContain('@prefix pr: <http://www.wikidata.org/prop/reference/>.');
  });

  it('writes a cited fact with its reference URL, title, dates, publisher language and retrieval date', async () => {
    // The office linked to a test-only item, to see a cited fact (its opening date) in the model.
    const office = 'https://w3id.org/wikikg/resource/zh/南北共同聯絡辦公室';
    const extra = parseRdf(`<${office}> <http://www.w3.org/2002/07/owl#sameAs> <http://www.wikidata.org/entity/Q990000001> .`, 'nt');
    const nt = await exportForWikidata([...linkedSeed(), ...extra], ONTOLOGY, 'nt');
    const lines = nt.split('\n');
    expect(lines).toContain('<http://www.wikidata.org/entity/Q990000001> <http://www.wikidata.org/prop/direct/P1619> "2018-09-14T00:00:00Z"^^<http://www.w3.org/2001/XMLSchema#dateTime> .');
    const reference = lines.filter((l) => l.includes('/prop/reference/'));
    expect(reference.map((l) => l.replace(/^_:r[0-9a-f]+ /, ''))).toEqual(expect.arrayContaining([
      '<http://www.wikidata.org/prop/reference/P854> <https://www.bbc.com/korean/international-45503094> .',
      '<http://www.wikidata.org/prop/reference/P1476> "남북공동연락사무소: 드디어 문 열리는 남북공동연락사무소"@ko .',
      '<http://www.wikidata.org/prop/reference/P577> "2018-09-13T00:00:00Z"^^<http://www.w3.org/2001/XMLSchema#dateTime> .',
      '<http://www.wikidata.org/prop/reference/P813> "2018-09-13T00:00:00Z"^^<http://www.w3.org/2001/XMLSchema#dateTime> .',
      '<http://www.wikidata.org/prop/reference/P407> <http://www.wikidata.org/entity/Q9176> .',
    ]));
  });
});

describe('export --format quickstatements on the seed', () => {
  it('gives runnable commands for linked entities and the rest apart as commented proposals', async () => {
    const text = await exportForWikidata(linkedSeed(), ONTOLOGY, 'quickstatements');
    const [ready, proposals] = text.split('\n\n');
    expect(ready.split('\n')).toEqual([
      `Q423\tP31\tQ6256\tS143\tQ30239\tS4656\t"${PAGE}"`,
      `Q884\tP31\tQ6256\tS143\tQ30239\tS4656\t"${PAGE}"`,
    ]);
    const lines = proposals.trimEnd().split('\n');
    expect(lines.slice(0, 2)).toEqual([
      '# PROPOSALS: not for QuickStatements as they stand. These facts involve entities that have no Wikidata',
      '# item yet, written {name}; find or create each item, replace {name} by its id, review, then remove the #.',
    ]);
    expect(lines.every((line) => line.startsWith('# '))).toBe(true);
    expect(lines).toContain(`# {南北共同聯絡辦公室}\tP112\tQ884\tS143\tQ30239\tS4656\t"${PAGE}"`);
    expect(lines).toContain('# {南北共同聯絡辦公室}\tP1619\t+2018-09-14T00:00:00Z/11\tS854\t"https://www.bbc.com/korean/international-45503094"' +
      '\tS1476\tko:"남북공동연락사무소: 드디어 문 열리는 남북공동연락사무소"\tS577\t+2018-09-13T00:00:00Z/11\tS407\tQ9176\tS813\t+2018-09-13T00:00:00Z/11');
    expect(lines).toHaveLength(2 + 22);
  });

  it('gives the same bytes from the same graph in any order', async () => {
    const quads = linkedSeed();
    const once = await exportForWikidata(quads, ONTOLOGY, 'quickstatements');
    expect(await exportForWikidata([...quads].reverse(), ONTOLOGY, 'quickstatements')).toBe(once);
  });
});
