/**
 * Damage inside one page of a dump spoils that page only: invalid UTF-8 (refused in a wikitext file) and
 * a character reference XML forbids (`&#1;`, which an XML reader rejects) skip the page with a note, and
 * the other pages are read as usual, wherever the chunks of the file happen to be cut.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { readDumpArticles } from '../../src/source/dumpArticles';

function fileWith(bytes: Uint8Array): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'wikikg-page-')), 'd.xml');
  fs.writeFileSync(file, bytes);
  return file;
}

const page = (title: string, text: string): string => `<page><title>${title}</title><ns>0</ns><revision><id>7</id><text>${text}</text></revision></page>`;
const dump = (...pages: string[]): string => `<mediawiki><siteinfo><dbname>enwiki</dbname></siteinfo>${pages.join('\n')}</mediawiki>`;
/** A long page, so that the file is read in several chunks. */
const filler = (title: string): string => page(title, `'''${title}''' is a town. 柏林是德國首都。 `.repeat(4000));

describe('damage inside one page of a dump', () => {
  it('invalid UTF-8 in a page: that page is skipped with a note, the others read whole', async () => {
    const bytes = Buffer.from(dump(filler('A'), page('Bad', 'x@y'), filler('C')), 'utf8');
    bytes[bytes.indexOf('x@y') + 1] = 0xff; // a byte that is never UTF-8
    const { articles, notes, skipped } = await readDumpArticles(fileWith(bytes));
    expect(articles.map((a) => a.title)).toEqual(['A', 'C']);
    expect(articles[1].text).toBe(`'''C''' is a town. 柏林是德國首都。 `.repeat(4000));
    expect(skipped.unreadable).toBe(1);
    expect(notes).toEqual([expect.stringMatching(/d\.xml\[Bad\]: skipped: not valid UTF-8 text/)]);
  });

  it('keeps U+FFFD written in the page (EF BF BD) as text', async () => {
    const { articles, skipped } = await readDumpArticles(fileWith(Buffer.from(dump(page('R', 'a\uFFFDb')), 'utf8')));
    expect([articles[0]?.text, skipped.unreadable]).toEqual(['a\uFFFDb', 0]);
  });

  it('&#1; in one title: that page is skipped with a note, not the whole dump', async () => {
    const { articles, notes } = await readDumpArticles(fileWith(Buffer.from(dump(filler('A'), page('Bad&#1;name', 'text'), page('C', 'c &#233; &#x41;')), 'utf8')));
    expect(articles.map((a) => a.title)).toEqual(['A', 'C']);
    expect(articles[1].text).toBe('c é A');
    expect(notes).toEqual([expect.stringMatching(/d\.xml\[Bad\uFFFDname\]: skipped: a character reference to a character XML does not allow/)]);
  });
});
