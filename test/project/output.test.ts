import * as fs from 'fs';
import * as path from 'path';
import { isomorphic } from '../../src/graph/isomorphism';
import { parseRdf } from '../../src/export/serialize';
import { parseWithRdflib } from '../../src/export/rdflib';
import { parseWithOxigraph } from '../../src/store/oxigraph';
import { runCli, tempDir } from '../cli/helpers';
import { ROOT } from '../helpers/seedStore';

/**
 * `output/` is committed: it must be exactly what `npm start` builds from `seeds/`, byte for byte, and
 * every consumer must read it as the same graph.
 */
const OUTPUT = path.join(ROOT, 'output');

/** The `wikikg build …` arguments of the `start` script, so this test follows whatever it builds. */
function startBuildArgs(): string[] {
  const start: string = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).scripts.start;
  const build = start.split('&&').map((s) => s.trim()).find((s) => /wikikg(\.js)? build\b/.test(s));
  if (!build) throw new Error(`the start script does not build: ${start}`);
  return build.slice(build.indexOf(' build') + 1).split(/\s+/);
}

describe('the committed output/', () => {
  const turtleFiles = fs.readdirSync(OUTPUT).filter((f) => f.endsWith('.ttl')).sort();

  it('is reproduced byte for byte by a fresh build from seeds/', async () => {
    const out = tempDir('wikikg-output-');
    const args = [...startBuildArgs(), '--out', out];
    const run = await runCli(args, { cwd: ROOT, packageRoot: ROOT });
    expect(run.code).toBe(0);
    expect(fs.readdirSync(out).sort()).toEqual(turtleFiles);
    for (const f of turtleFiles) {
      expect(fs.readFileSync(path.join(out, f), 'utf8')).toBe(fs.readFileSync(path.join(OUTPUT, f), 'utf8'));
    }
  });

  it.each(fs.readdirSync(OUTPUT).filter((f) => f.endsWith('.ttl')))('%s reads as the same graph in n3, rdflib and oxigraph', (file) => {
    const text = fs.readFileSync(path.join(OUTPUT, file), 'utf8');
    const byN3 = parseRdf(text, 'ttl');
    expect(byN3.length).toBeGreaterThan(100);
    expect(isomorphic(byN3, parseWithRdflib(text, 'text/turtle', 'file:///'))).toBe(true);
    expect(isomorphic(byN3, parseWithOxigraph(text, 'text/turtle'))).toBe(true);
  });
});
