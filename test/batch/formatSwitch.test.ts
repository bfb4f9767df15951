/** Switching formats in one folder (ttl → ttl.gz, ttl.gz → nq): the earlier files go, every file left is listed. */
import * as fs from 'fs';
import * as path from 'path';
import { runCli, tempDir } from '../cli/helpers';
import { checkedManifest, filesUnder, syntheticDump } from './faults';

describe('a format switch', () => {
  it('leaves no file the manifest does not list', async () => {
    const dir = tempDir('wikikg-switch-');
    fs.writeFileSync(path.join(dir, 'towns.xml'), syntheticDump(3, 0, 2));
    const out = path.join(dir, 'out');
    for (const format of ['ttl', 'ttl.gz', 'nq', 'ttl']) {
      const run = await runCli(['build', 'towns.xml', '--out', 'out', '--jobs', '0', '--no-validate', '--format', format], { cwd: dir });
      expect(`${run.code} ${run.stderr}`).toMatch(/^0 /);
      const manifest = checkedManifest(out);
      expect(manifest.size).toBe(3);
      const listed = new Set(manifest.all().map((e) => e.output));
      expect([format, filesUnder(out).filter((f) => !['inputs.tsv', 'manifest.tsv', 'site-index.tsv'].includes(f))]).toEqual([format, [...listed].sort()]);
    }
  });
});
