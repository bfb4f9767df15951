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

  it('answers who holds which post in which organisation, as W3C CSV', async () => {
    const run = await runCli(['query', '01-posts', '--data', data, '--format', 'csv'], { cwd: ROOT, packageRoot: ROOT });
    expect(run.code).toBe(0);
    expect(run.stdout.split('\r\n').slice(0, 3)).toEqual([
      'person,position,organization,since,evidence',
      '千海成,副部長,統一部,,[[統一部|統一部]]副部長千海成',
      '田鐘秀,副委員長,祖國和平統一委員會,,[[祖國和平統一委員會|祖國和平統一委員會]]副委員長田鐘秀',
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
