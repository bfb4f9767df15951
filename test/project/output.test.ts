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

/** Every file under `dir`, as relative paths with `/`, in code point order. */
function filesUnder(dir: string, prefix = ''): string[] {
  return fs.readdirSync(path.join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const relative = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
    return entry.isDirectory() ? filesUnder(dir, relative) : [relative];
  }).sort();
}

/** The manifest without its `build` column, which names the code's hash and so changes with any commit. */
function manifestWithoutBuild(text: string): string {
  return text.split('\n').map((line) => line.split('\t').slice(0, -1).join('\t')).join('\n');
}

describe('the committed output/', () => {
  const files = filesUnder(OUTPUT);
  const turtleFiles = files.filter((f) => f.endsWith('.ttl'));

  it('is reproduced byte for byte by a fresh build from seeds/ (the manifest but for its build column)', async () => {
    const out = tempDir('wikikg-output-');
    const args = [...startBuildArgs(), '--out', out];
    const run = await runCli(args, { cwd: ROOT, packageRoot: ROOT });
    expect(run.code).toBe(0);
    expect(filesUnder(out)).toEqual(files);
    expect(files).toContain('manifest.tsv');
    for (const f of turtleFiles) {
      expect(fs.readFileSync(path.join(out, f), 'utf8')).toBe(fs.readFileSync(path.join(OUTPUT, f), 'utf8'));
    }
    const manifest = (dir: string): string => manifestWithoutBuild(fs.readFileSync(path.join(dir, 'manifest.tsv'), 'utf8'));
    expect(manifest(out)).toBe(manifest(OUTPUT));
  });

  it.each(turtleFiles)('%s reads as the same graph in n3, rdflib and oxigraph', (file) => {
    const text = fs.readFileSync(path.join(OUTPUT, file), 'utf8');
    const byN3 = parseRdf(text, 'ttl');
    expect(byN3.length).toBeGreaterThan(100);
    expect(isomorphic(byN3, parseWithRdflib(text, 'text/turtle', 'file:///'))).toBe(true);
    expect(isomorphic(byN3, parseWithOxigraph(text, 'text/turtle'))).toBe(true);
  });
});
