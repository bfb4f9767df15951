/**
 * A build stopped by SIGTERM (as a batch scheduler or Ctrl-C stops it), on a real process: it ends with
 * exit 143 between articles, every file in the output folder is whole, no temporary file is left, and
 * the manifest lists exactly the graphs that were written.
 */
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { parseRdf } from '../../src/export/serialize';
import { Manifest } from '../../src/batch/manifest';
import { sha256Hex } from '../../src/util/hash';
import { tempDir } from '../cli/helpers';

const ROOT = path.resolve(__dirname, '../..');

/** A dump of `count` article pages, each long enough to take a moment to build. */
function syntheticDump(count: number): string {
  const paragraph = "'''{T}''' is a town in [[North Korea]]. It was founded in 1901 by [[Kim Example]]. The town has 12,000 inhabitants.\n\n";
  const pages = Array.from({ length: count }, (_, i) => {
    const title = `Town ${i}`;
    const text = paragraph.replace('{T}', title).repeat(20).replace(/&/g, '&amp;').replace(/</g, '&lt;');
    return `<page><title>${title}</title><ns>0</ns><id>${i + 1}</id><revision><id>${1000 + i}</id><text>${text}</text></revision></page>`;
  });
  return `<mediawiki xml:lang="en"><siteinfo><dbname>enwiki</dbname></siteinfo>${pages.join('\n')}</mediawiki>\n`;
}

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, withFileTypes: false }).map(String).filter((f) => fs.statSync(path.join(dir, f)).isFile()).sort();
}

describe('build interrupted by SIGTERM', () => {
  it('stops between articles with exit 143, leaving only whole files that the manifest lists', async () => {
    const dir = tempDir('wikikg-interrupt-');
    fs.writeFileSync(path.join(dir, 'towns.xml'), syntheticDump(400));
    const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'wikikg.js'), 'build', 'towns.xml', '--out', 'out', '--jobs', '2', '--no-validate'], { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += String(chunk)));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    // Wait for the first graphs, then stop it.
    const outEn = path.join(dir, 'out', 'en');
    for (let i = 0; i < 600 && !(fs.existsSync(outEn) && fs.readdirSync(outEn).filter((f) => f.endsWith('.ttl')).length >= 3); i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    child.kill('SIGTERM');
    const code = await exited;
    expect(stderr).toMatch(/wikikg: interrupted by SIGTERM; every file written is whole/);
    expect(code).toBe(143);
    const files = filesUnder(path.join(dir, 'out'));
    expect(files.filter((f) => f.includes('.tmp-'))).toEqual([]);
    const graphs = files.filter((f) => f.endsWith('.ttl'));
    expect(graphs.length).toBeGreaterThanOrEqual(3);
    expect(graphs.length).toBeLessThan(400);
    const manifest = Manifest.parse(fs.readFileSync(path.join(dir, 'out', 'manifest.tsv'), 'utf8'), 'manifest.tsv');
    expect(manifest.size).toBe(graphs.length);
    for (const file of graphs) {
      const text = fs.readFileSync(path.join(dir, 'out', file), 'utf8');
      expect(parseRdf(text, 'ttl').length).toBeGreaterThan(10);
      const title = path.basename(file, '.ttl').replace(/_/g, ' ');
      expect(manifest.get('en', title)?.sha256).toBe(sha256Hex(text));
    }
  }, 120000);
});
