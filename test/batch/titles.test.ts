/**
 * Titles are MediaWiki titles: `Foo bar` and `Foo_bar` (and `foo bar`) are one page, and a title given
 * twice (two files, a page twice in a dump) is built once, from the later input, in every format, with a
 * note; the manifest has one row for it, and the next build of the same inputs skips it.
 */
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

/** The graph files of `out` (its manifest, site index and record of inputs aside). */
function graphFiles(out: string): string[] {
  return filesUnder(out).filter((f) => !['inputs.tsv', 'manifest.tsv', 'site-index.tsv'].includes(f));
}

function text(file: string): string {
  const bytes = fs.readFileSync(file);
  return (file.endsWith('.gz') ? zlib.gunzipSync(bytes) : bytes).toString('utf8');
}

describe('titles of a build', () => {
  it('builds Foo bar.wiki and Foo_bar.wiki, one title, once from the later file; the next build skips it', async () => {
    // `Foo bar.wiki` sorts before `Foo_bar.wiki` (a space before `_`), so the latter is the later input.
    const cwd = writeTree(tempDir('wikikg-titles-'), {
      'in/en/Foo bar.wiki': ARTICLE.replace('{PLACE}', 'Alpha Place'),
      'in/en/Foo_bar.wiki': ARTICLE.replace('{PLACE}', 'Beta Place'),
    });
    const out = path.join(cwd, 'out');
    const first = await build(cwd, 'in', '--jobs', '2');
    expect(first.errorLines).toContain('en:Foo bar: the title is given 2 times; built from the last, in/en/Foo_bar.wiki, not from in/en/Foo bar.wiki');
    expect(first.errorLines.at(-1)).toMatch(/^built 1 article, .*; skipped 1 replaced by a later input of the same title$/);
    expect(graphFiles(out)).toEqual(['en/Foo_bar.ttl']);
    const manifest = checkedManifest(out);
    expect(manifest.all().map((e) => [e.title, e.output, e.graph])).toEqual([['Foo bar', 'en/Foo_bar.ttl', 'https://w3id.org/wikikg/article/en/Foo_bar']]);
    const graph = text(path.join(out, 'en/Foo_bar.ttl'));
    expect([graph.includes('Beta_Place'), graph.includes('Alpha_Place')]).toEqual([true, false]);

    const second = await build(cwd, 'in', '--jobs', '2');
    expect(second.errorLines.at(-1)).toMatch(/^built 0 articles, .*; skipped 1 unchanged since the manifest, 1 replaced by a later input of the same title$/);
    expect(checkedManifest(out).size).toBe(1);
  });

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

  it.each(['ttl', 'ttl.gz', 'nq', 'nq.gz'])('builds a page twice in a dump once, from its later revision (%s)', async (format) => {
    // The second copy writes the title as a reader may (`_`, a lower-case first letter): one page still.
    const cwd = writeTree(tempDir('wikikg-titles-'), {
      'pages.xml': dump([
        ['Foo bar', 101, 'Alpha Place'],
        ['Other town', 200, 'Gamma Place'],
        ['foo_bar', 102, 'Beta Place'],
      ]),
    });
    const out = path.join(cwd, 'out');
    const first = await build(cwd, 'pages.xml', '--jobs', '0', '--format', format);
    expect(first.errorLines).toContain('en:Foo bar: the title is given 2 times; built from the last, pages.xml[foo_bar] revision 102, not from pages.xml[Foo bar] revision 101');
    expect(first.errorLines.at(-1)).toMatch(/^built 2 articles, .*; skipped 1 replaced by a later input of the same title$/);
    const manifest = checkedManifest(out);
    expect(manifest.all().map((e) => e.title).sort()).toEqual(['Foo bar', 'Other town']);
    const row = manifest.get('en', 'Foo bar')!;
    expect(row.revision).toBe('102');
    const written = text(path.join(out, row.output));
    expect([written.includes('Beta_Place'), written.includes('Alpha_Place')]).toEqual([true, false]);
    if (format.startsWith('nq')) {
      // One stream, and in it one named graph of the page, with only the later revision's quads.
      expect(graphFiles(out)).toEqual([`pages.${format}`]);
      const graphs = new Set(written.trim().split('\n').map((line) => /<([^>]*)> \.$/.exec(line)?.[1]));
      expect([...graphs].sort()).toEqual(['https://w3id.org/wikikg/article/en/Foo_bar', 'https://w3id.org/wikikg/article/en/Other_town']);
    } else {
      expect(graphFiles(out)).toEqual([`en/Foo_bar.${format}`, `en/Other_town.${format}`]);
      const second = await build(cwd, 'pages.xml', '--jobs', '0', '--format', format);
      expect(second.errorLines.at(-1)).toMatch(/^built 0 articles, .*; skipped 2 unchanged since the manifest, 1 replaced by a later input of the same title$/);
    }
  });

  it('builds a title given by a dump and by a later file once, from the file', async () => {
    // `in/a.xml` sorts before `in/en/`, so here the dump is the earlier input and the file wins.
    const cwd = writeTree(tempDir('wikikg-titles-'), {
      'in/a.xml': dump([['Foo bar', 101, 'Alpha Place']]),
      'in/en/foo_bar.wiki': ARTICLE.replace('{PLACE}', 'Beta Place'),
    });
    const out = path.join(cwd, 'out');
    const run = await build(cwd, 'in', '--jobs', '0');
    expect(run.errorLines).toContain('en:Foo bar: the title is given 2 times; built from the last, in/en/foo_bar.wiki, not from in/a.xml[Foo bar] revision 101');
    expect(graphFiles(out)).toEqual(['en/foo_bar.ttl']);
    expect(checkedManifest(out).all().map((e) => [e.title, e.revision, e.output])).toEqual([['Foo bar', '', 'en/foo_bar.ttl']]);
  });
});
