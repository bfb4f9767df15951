/**
 * SIGTERM inside a long article: the build does not wait for it (its worker thread is terminated; Kubernetes
 * sends SIGKILL 30 s after SIGTERM), exits 143, names the article as not written, and leaves the manifest's
 * rows matching the files.
 */
import * as fs from 'fs';
import * as path from 'path';
import { tempDir } from '../cli/helpers';
import { checkedManifest, journalLines, startBuild, syntheticDump, waitFor } from './faults';

/** A page of `count` one-cell tables: slow to build (about 12 s for 60,000 on an idle core). */
function slowPage(count: number): string {
  const text = '{|\n|a\n|}\n'.repeat(count);
  return `<page><title>Slow</title><ns>0</ns><id>99</id><revision><id>5</id><text>${text}</text></revision></page>`;
}

describe('SIGTERM inside a long article', () => {
  it('terminates its worker and stops, the article not written, the rows whole', async () => {
    const dir = tempDir('wikikg-stop-');
    const fast = syntheticDump(1, 0, 1);
    fs.writeFileSync(path.join(dir, 'pages.xml'), fast.replace('</mediawiki>', `${slowPage(60000)}\n</mediawiki>`));
    const out = path.join(dir, 'out');
    const build = startBuild(dir, ['pages.xml', '--out', 'out', '--jobs', '1', '--no-validate']);
    // Town 0's row is journaled: the one worker has moved on to the long page.
    expect(await waitFor(() => journalLines(out) >= 1 || build.child.exitCode !== null)).toBe(true);
    build.child.kill('SIGTERM');
    const code = await build.exited;
    // Had the build waited for the long page, Slow would be finished and written: the outcome shows the
    // worker was terminated (how long that takes is for a benchmark, not a test, to say).
    expect(`${code} ${build.stderr()}`).toMatch(/^143 [^]*1 article read but not finished, not written: Slow\n/);
    expect(fs.existsSync(path.join(out, 'en', 'Slow.ttl'))).toBe(false);
    expect(checkedManifest(out).all().map((e) => e.title)).toEqual(['Town 0']);
  }, 120000);
});
