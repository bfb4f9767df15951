import * as fs from 'fs';
import * as path from 'path';
import { runCli, tempDir } from '../cli/helpers';
import { ROOT, SEED_FILE } from '../helpers/seedStore';

/** From wikitext to SPARQL answers through the command line a user types. */
describe('wikikg build, then query, then export', () => {
  const data = tempDir('wikikg-e2e-');

  beforeAll(async () => {
    const run = await runCli(['build', SEED_FILE, '--out', data], { cwd: ROOT, packageRoot: ROOT });
    expect(run.code).toBe(0);
  });

  it('answers who heads the office for each side, as W3C CSV', async () => {
    const run = await runCli(['query', '01-heads-by-side', '--data', data, '--format', 'csv'], { cwd: ROOT, packageRoot: ROOT });
    expect(run.code).toBe(0);
    expect(run.stdout.split('\r\n').slice(0, 3)).toEqual([
      'office,side,person,role,position,organization,since',
      '南北共同聯絡辦公室,大韓民國,千海成,負責人,副部長,統一部,2018-09-14',
      '南北共同聯絡辦公室,朝鮮民主主義人民共和國,田鐘秀,代表,副委員長,祖國和平統一委員會,2018-09-14',
    ]);
  });

  it('answers an ad-hoc question with the predeclared prefixes, as W3C JSON', async () => {
    const sparql = 'SELECT ?date WHERE { ?o wkg:openingDate ?date }';
    const run = await runCli(['query', '--sparql', sparql, '--data', data, '--format', 'json'], { cwd: ROOT, packageRoot: ROOT });
    expect(JSON.parse(run.stdout).results.bindings).toEqual([
      { date: { type: 'literal', value: '2018-09-14', datatype: 'http://www.w3.org/2001/XMLSchema#date' } },
    ]);
  });

  it('exports the same graph as N-Triples, one triple a line', async () => {
    const out = path.join(tempDir('wikikg-e2e-export-'), 'graph.nt');
    const run = await runCli(['export', '--data', data, '--out', out], { cwd: ROOT, packageRoot: ROOT });
    expect(run.code).toBe(0);
    const lines = fs.readFileSync(out, 'utf8').trim().split('\n');
    expect(lines.every((l) => l.endsWith(' .'))).toBe(true);
    expect(lines).toContain('<https://w3id.org/wikikg/resource/zh/南北共同聯絡辦公室> <https://w3id.org/wikikg/ontology#openingDate> "2018-09-14"^^<http://www.w3.org/2001/XMLSchema#date> .');
  });
});
