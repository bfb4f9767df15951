/**
 * A build of a `.bz2` dump cut at half: every page decoded before the cut is built and written (with its
 * manifest row), then the build fails, naming the file, where it ends and how many pages came before.
 */
import * as fs from 'fs';
import * as path from 'path';
import { runCli, tempDir } from '../cli/helpers';
import { checkedManifest } from './faults';

const FIXTURE = fs.readFileSync(path.join(__dirname, '..', 'source', 'fixtures', 'towns.xml.bz2'));

describe('a build of a damaged .bz2 dump', () => {
  it('writes the pages before the damage, then fails with the byte offset', async () => {
    const dir = tempDir('wikikg-damaged-');
    const cut = Math.floor(FIXTURE.length / 2);
    fs.writeFileSync(path.join(dir, 'towns.xml.bz2'), FIXTURE.subarray(0, cut));
    const run = await runCli(['build', 'towns.xml.bz2', '--out', 'out', '--jobs', '0', '--no-validate'], { cwd: dir });
    expect(run.code).toBe(1);
    const said = new RegExp(`^wikikg: towns\\.xml\\.bz2: the file ends inside a bzip2 block \\(cut short at byte ${cut}\\), after \\d+ bytes of XML; the (\\d+) pages before it were read and built$`, 'm').exec(run.stderr);
    expect(said ? 'told' : run.stderr).toBe('told');
    const pages = Number(said![1]);
    expect(pages).toBeGreaterThan(40);
    const manifest = checkedManifest(path.join(dir, 'out'));
    expect(manifest.size).toBe(pages);
    expect(fs.readdirSync(path.join(dir, 'out', 'en')).length).toBe(pages);
  });
});
