/**
 * The question across editions (queries/20-across-editions.rq) on a zhwiki and an enwiki dump built
 * together, linked by their tables. Page ids and items are FIXTURES (test/helpers/sqlDumps.ts), not
 * Wikidata's.
 */
import * as path from 'path';
import { GraphStore } from '../../src/store/oxigraph';
import { runCli, tempDir, writeTree } from '../cli/helpers';
import { namedQuery, rowsOf } from '../helpers/seedStore';
import { itemRow, sqlDump } from '../helpers/sqlDumps';
import { xmlDump } from '../helpers/wikiDumps';
import * as fs from 'fs';

describe('the question across editions, on two dumps joined by their tables', () => {
  const cwd = writeTree(tempDir(), {
    'zhwiki.xml': xmlDump('zhwiki', [
      { id: 11, title: '柏林', text: "'''柏林'''是[[德國]]的首都。" },
      { id: 12, title: '德國', text: "'''德國'''是歐洲國家。" },
      { id: 13, title: '漢堡', text: "'''漢堡'''是德國城市。" },
    ]),
    'enwiki.xml': xmlDump('enwiki', [
      { id: 21, title: 'Berlin', text: "'''Berlin''' is the capital of [[Germany]]." },
      { id: 22, title: 'Germany', text: "'''Germany''' is a country." },
      { id: 23, title: 'Paris', text: "'''Paris''' is a city." },
    ]),
    // Berlin has one item in both wikis; Germany is joined only by zhwiki's langlinks; Hamburg and Paris by nothing.
    'zhwiki-page_props.sql': sqlDump('zhwiki', 'page_props', [itemRow(11, 'Q990002001')]),
    'enwiki-page_props.sql': sqlDump('enwiki', 'page_props', [itemRow(21, 'Q990002001'), itemRow(23, 'Q990002003')]),
    'zhwiki-langlinks.sql': sqlDump('zhwiki', 'langlinks', [[12, 'en', 'Germany'], [12, 'fr', 'Allemagne']]),
  });
  const store = new GraphStore();

  beforeAll(async () => {
    const run = await runCli(['build', 'zhwiki.xml', 'enwiki.xml', '--out', 'out', '--jobs', '1',
      '--page-props', 'zhwiki-page_props.sql', '--page-props', 'enwiki-page_props.sql', '--langlinks', 'zhwiki-langlinks.sql'], { cwd });
    expect(run.code).toBe(0);
    for (const lang of ['en', 'zh']) {
      for (const file of fs.readdirSync(path.join(cwd, 'out', lang))) store.load(fs.readFileSync(path.join(cwd, 'out', lang, file), 'utf8'), 'ttl');
    }
  });

  it('joins en Berlin and zh 柏林 by their item, and Germany and 德國 by a language link', () => {
    expect(rowsOf(store.query(namedQuery('20-across-editions')))).toEqual([
      ['en', 'Berlin', 'zh', '柏林', 'Q990002001'],
      ['en', 'Germany', 'zh', '德國', ''],
    ]);
  });
});
