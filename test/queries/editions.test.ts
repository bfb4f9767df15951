/** The question across editions (queries/20-across-editions.rq) on a zhwiki and an enwiki dump built together, linked by their tables. */
import * as fs from 'fs';
import * as path from 'path';
import { GraphStore } from '../../src/store/oxigraph';
import { runCli, tempDir } from '../cli/helpers';
import { EDITIONS_ANSWER, writeEditions } from '../helpers/editions';
import { namedQuery, rowsOf } from '../helpers/seedStore';

describe('the question across editions, on two dumps joined by their tables', () => {
  const store = new GraphStore();

  beforeAll(async () => {
    const cwd = tempDir();
    const run = await runCli(['build', ...writeEditions(cwd), '--out', 'out', '--jobs', '1'], { cwd });
    expect(run.code).toBe(0);
    for (const lang of ['en', 'zh']) {
      for (const file of fs.readdirSync(path.join(cwd, 'out', lang))) store.load(fs.readFileSync(path.join(cwd, 'out', lang, file), 'utf8'), 'ttl');
    }
  });

  it('joins en Berlin and zh 柏林 by their item, and Germany and 德國 by a language link', () => {
    expect(rowsOf(store.query(namedQuery('20-across-editions')))).toEqual(EDITIONS_ANSWER);
  });
});
