/** Titles are MediaWiki titles: `Foo bar` and `Foo_bar` (and `foo bar`) are one page, with one row. */
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import { runCli, tempDir, writeTree } from '../cli/helpers';
import { checkedManifest, filesUnder } from './faults';

const ARTICLE = "'''Foo bar''' is a town in [[North Korea]]. It lies near [[{PLACE}]].\n";

/** A dump of `pages` (title, revision id, the place its text links to), in that order. */
function dump(pages: Array<[string, number, string]>): string {
  const body = pages.map(
    ([title, revision, place], i) =>
      `<page><title>${title}</title><ns>0</ns><id>${i + 1}</id><revision><id>${revision}</id><text>${ARTICLE.replace('{PLACE}', place).replace(/'/g, '&apos;')}</text></revision></page>`,
  );
  return `<mediawiki xml:lang="en"><siteinfo><dbname>enwiki</dbname></siteinfo>${body.join('\n')}</mediawiki>\n`;
}

async function build(cwd: string, ...argv: string[]) {
  const run = await runCli(['build', ...argv, '--out', 'out', '--no-validate'], { cwd });
  expect(`${run.code} ${run.stderr}`).toMatch(/^0 /);
  expect(run.stderr).not.toMatch(/internal error/);
  return run;
}

/** The graph files of `out` (its manifest and site index aside). */
function graphFiles(out: string): string[] {
  return filesUnder(out).filter((f) => !['manifest.tsv', 'site-index.tsv'].includes(f));
}

function text(file: string): string {
  const bytes = fs.readFileSync(file);
  return (file.endsWith('.gz') ? zlib.gunzipSync(bytes) : bytes).toString('utf8');
}

describe('titles of a build', () => {
  it('names a file article by its normalised title: foo_bar.wiki is the page Foo bar', async () => {
    const cwd = writeTree(tempDir('wikikg-titles-'), { 'in/en/foo__bar .wiki': ARTICLE.replace('{PLACE}', 'Alpha Place') });
    await build(cwd, 'in', '--jobs', '0');
    const [row] = checkedManifest(path.join(cwd, 'out')).all();
    expect([row.title, row.graph]).toEqual(['Foo bar', 'https://w3id.org/wikikg/article/en/Foo_bar']);
  });

  it('replaces the row an earlier build wrote under the title as the file name gave it (foo bar)', async () => {
    const cwd = writeTree(tempDir('wikikg-titles-'), { 'in/en/foo bar.wiki': ARTICLE.replace('{PLACE}', 'Alpha Place') });
    const out = path.join(cwd, 'out');
    await build(cwd, 'in', '--jobs', '0');
    // What a build before titles were normalised left: the same file, listed as `foo bar`.
    const manifest = path.join(out, 'manifest.tsv');
    fs.writeFileSync(manifest, fs.readFileSync(manifest, 'utf8').replace('\tFoo bar\t', '\tfoo bar\t'));
    fs.writeFileSync(path.join(cwd, 'in/en/foo bar.wiki'), ARTICLE.replace('{PLACE}', 'Beta Place'));
    await build(cwd, 'in', '--jobs', '0');
    expect(checkedManifest(out).all().map((e) => [e.title, e.output])).toEqual([['Foo bar', 'en/foo bar.ttl']]);
  });
});
