/**
 * A full disk: the build stops with the file it could not write and the cause, says how many articles
 * it kept, and its rows (manifest and journal) are exactly whole files; freed space, the next build goes
 * on. Needs a small tmpfs, which only root can mount: skipped with a note otherwise.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { tempDir } from '../cli/helpers';
import { checkedManifest, startBuild, syntheticDump } from './faults';

function mountTmpfs(dir: string, size: string): boolean {
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('a build on a full disk', () => {
  it('names the file and ENOSPC, keeps the rows of whole files, and the next build goes on', async () => {
    const dir = tempDir('wikikg-full-');
    const out = path.join(dir, 'out');
    fs.mkdirSync(out);
    if (!mountTmpfs(out, '160k')) {
      console.warn('skipped: a full disk needs a small tmpfs, and this process cannot mount one (not root)');
      return;
    }
    try {
      fs.writeFileSync(path.join(dir, 'towns.xml'), syntheticDump(60));
      const args = ['towns.xml', '--out', 'out', '--jobs', '1', '--no-validate'];
      const build = startBuild(dir, args);
      const code = await build.exited;
      const stderr = build.stderr();
      const said = /cannot write out\/(en\/Town_\d+\.ttl|manifest\.tsv\.journal): no space left on device \(ENOSPC\); stopped, keeping (\d+) articles whose files are whole/.exec(stderr);
      expect(`${code} ${said ? 'told' : stderr}`).toBe('1 told');
      const manifest = checkedManifest(out);
      expect(manifest.size).toBe(Number(said![2]));
      expect(manifest.size).toBeGreaterThan(0);
      // Room again: the next build skips the articles kept and builds the others.
      execFileSync('mount', ['-o', 'remount,size=16m', out]);
      const again = startBuild(dir, args);
      expect(`${await again.exited} ${again.stderr()}`).toMatch(new RegExp(`^0 [^]*skipped ${manifest.size} unchanged since the manifest`));
      expect(checkedManifest(out).size).toBe(60);
    } finally {
      try {
        execFileSync('umount', [out], { stdio: 'ignore' });
      } catch {
        // Unmounted above.
      }
    }
  }, 120000);
});
