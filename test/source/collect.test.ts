import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { collectArticleFiles } from '../../src/source/collect';

/** A temp dir holding `files` (relative paths, each with some text). */
function treeWith(...files: string[]): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wikikg-collect-'));
  for (const file of files) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), 'text');
  }
  return dir;
}

const relative = (dir: string, files: string[]): string[] => files.map((file) => path.relative(dir, file));

describe('collectArticleFiles', () => {
  it('finds .wiki and .txt files recursively, in code point order', () => {
    const dir = treeWith('b.wiki', 'a/z.txt', 'B.wiki', '甲城.wiki', '😀.wiki', 'notes.md');
    expect(relative(dir, collectArticleFiles([dir]))).toEqual(['B.wiki', 'a/z.txt', 'b.wiki', '甲城.wiki', '😀.wiki']);
  });
  it('skips hidden files and folders', () => {
    const dir = treeWith('.hidden.wiki', '.git/x.wiki', 'a.wiki');
    expect(relative(dir, collectArticleFiles([dir]))).toEqual(['a.wiki']);
  });
  it('takes a named file whatever its extension', () => {
    const dir = treeWith('dump.xml');
    expect(collectArticleFiles([path.join(dir, 'dump.xml')])).toEqual([path.join(dir, 'dump.xml')]);
  });
  it('keeps the order of the arguments and lists each file once', () => {
    const dir = treeWith('a.wiki', 'b.wiki');
    const [a, b] = ['a.wiki', 'b.wiki'].map((name) => path.join(dir, name));
    expect(collectArticleFiles([b, a, dir])).toEqual([b, a]);
  });
  it('rejects a directory without articles', () => {
    const dir = treeWith('notes.md');
    expect(() => collectArticleFiles([dir])).toThrow(`no .wiki, .txt, .xml or .xml.bz2 files in ${dir}`);
  });
  it('rejects a missing path', () => {
    expect(() => collectArticleFiles(['/nonexistent/seeds'])).toThrow('no such file or directory: /nonexistent/seeds');
  });
  it('does not loop on a symbolic link back up the tree', () => {
    const dir = treeWith('a.wiki');
    fs.symlinkSync(dir, path.join(dir, 'loop'));
    expect(relative(dir, collectArticleFiles([dir]))).toEqual(['a.wiki']);
  });
});

describe('collectArticleFiles with a working directory', () => {
  it('resolves relative inputs from it and answers in the same relative form', () => {
    const dir = treeWith('seeds/b.wiki', 'seeds/a.wiki');
    expect(collectArticleFiles(['seeds/'], { cwd: dir })).toEqual([path.join('seeds', 'a.wiki'), path.join('seeds', 'b.wiki')]);
  });
});
