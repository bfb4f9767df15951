import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { readArticleBytes, readArticleFile, titleFromFileName } from '../../src/source/readArticle';
import { SourceError } from '../../src/source/SourceError';

const tempDir = (): string => fs.mkdtempSync(path.join(os.tmpdir(), 'wikikg-source-'));

/** Writes `content` to `name` in a fresh temp dir and returns the path. */
function fileWith(name: string, content: string | Uint8Array): string {
  const file = path.join(tempDir(), name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
  return file;
}

/** The one-line `SourceError` message reading `file` produces. */
function rejection(file: string, options = {}): string {
  try {
    readArticleFile(file, options);
  } catch (error) {
    expect(error).toBeInstanceOf(SourceError);
    const message = (error as Error).message;
    expect(message).not.toContain('\n');
    return message;
  }
  throw new Error(`${file} was accepted`);
}

const bytes = (...values: number[]): Uint8Array => new Uint8Array(values);

describe('readArticleFile accepts wikitext', () => {
  it('takes the title from the file name, underscores as spaces', () => {
    expect(readArticleFile(fileWith('Kaesong_Industrial_Region.wiki', "'''Kaesong'''")).title).toBe('Kaesong Industrial Region');
  });
  it('prefers the title it is given', () => {
    expect(readArticleFile(fileWith('x.wiki', 'text'), { title: '甲城' }).title).toBe('甲城');
  });
  it('keeps the text exactly, minus a UTF-8 byte order mark', () => {
    expect(readArticleFile(fileWith('a.txt', '\uFEFF== A ==\r\nb\n')).text).toBe('== A ==\r\nb\n');
  });
  it('records where the article came from', () => {
    const file = fileWith('a.wiki', 'text');
    expect(readArticleFile(file).origin).toBe(file);
  });
  it('takes the language from a parent folder named like a wiki', () => {
    expect(readArticleFile(fileWith('articles/ja/Seoul.wiki', 'Seoul is a city.')).lang).toBe('ja');
  });
  it('prefers the language it is given', () => {
    expect(readArticleFile(fileWith('articles/ja/a.wiki', '甲城'), { lang: 'zh-yue' }).lang).toBe('zh-yue');
  });
  it('guesses Chinese from Han characters', () => expect(readArticleFile(fileWith('a.wiki', "'''甲城'''是大韓民國的首都。")).lang).toBe('zh'));
  it('guesses Korean from Hangul', () => expect(readArticleFile(fileWith('a.wiki', "'''서울'''은 대한민국의 수도이다.")).lang).toBe('ko'));
  it('guesses Japanese from kana', () => expect(readArticleFile(fileWith('a.wiki', "'''ソウル'''は大韓民国の首都である。")).lang).toBe('ja'));
  it('falls back to English', () => expect(readArticleFile(fileWith('a.wiki', "'''Seoul''' is the capital.")).lang).toBe('en'));
  it('does not mistake a template at the start for JSON', () => {
    expect(readArticleFile(fileWith('a.wiki', '{{noteTA|1=zh-hans:朝鲜}}\n正文')).text).toContain('noteTA');
  });
});

describe('readArticleFile rejects what is not an article', () => {
  it('a missing file', () => expect(rejection('/nonexistent/a.wiki')).toBe('no such file or directory: /nonexistent/a.wiki'));
  it('a directory', () => expect(rejection(tempDir())).toMatch(/is a directory, expected a wikitext file$/));
  it('an empty file', () => expect(rejection(fileWith('a.wiki', ''))).toMatch(/a\.wiki is empty$/));
  it('a whitespace-only file', () => expect(rejection(fileWith('a.wiki', ' \n\t\n'))).toMatch(/is empty$/));
  it('a file with only a byte order mark', () => expect(rejection(fileWith('a.wiki', '\uFEFF'))).toMatch(/is empty$/));
  it('a binary file', () => expect(rejection(fileWith('a.wiki', bytes(0x61, 0, 0x62)))).toMatch(/contains NUL bytes/));
  it('invalid UTF-8', () => expect(rejection(fileWith('a.wiki', bytes(0x61, 0x62, 0xc3, 0x28)))).toMatch(/not valid UTF-8 text \(invalid byte sequence at byte 3\)/));
  it('UTF-16 text', () => expect(rejection(fileWith('a.wiki', bytes(0xff, 0xfe, 0x61, 0)))).toMatch(/UTF-16 text \(save it as UTF-8\)/));
  it('a PNG image', () => expect(rejection(fileWith('a.wiki', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a)))).toMatch(/is a PNG image, not wikitext$/));
  it('a PDF', () => expect(rejection(fileWith('a.wiki', '%PDF-1.7\n'))).toMatch(/is a PDF document, not wikitext$/));
  it('a ZIP archive', () => expect(rejection(fileWith('a.wiki', bytes(0x50, 0x4b, 3, 4, 20)))).toMatch(/is a ZIP archive, not wikitext$/));
  it('JSON', () => expect(rejection(fileWith('a.txt', '{"title": "Seoul"}'))).toMatch(/is JSON, not wikitext$/));
  it('an HTML page', () => expect(rejection(fileWith('a.txt', '<!DOCTYPE html>\n<html></html>'))).toMatch(/is an HTML document, not wikitext$/));
  it('a MediaWiki XML dump', () => {
    const dump = '<?xml version="1.0"?>\n<mediawiki xmlns="http://www.mediawiki.org/xml/export-0.10/">';
    expect(rejection(fileWith('dump.xml', dump))).toMatch(/is a MediaWiki XML dump, not one article; give build the dump's file name to read its pages$/);
  });
  it('a file over the size limit', () => {
    expect(rejection(fileWith('a.wiki', 'x'.repeat(2048)), { maxBytes: 1024 })).toMatch(/a\.wiki is too large \(2\.0 KB; the limit is 1\.0 KB\)$/);
  });
});

describe('readArticleBytes', () => {
  it('reads standard input under the title it is given', () => {
    const article = readArticleBytes('<stdin>', Buffer.from('甲城是首都。'), { title: '甲城' });
    expect(article).toEqual({ title: '甲城', lang: 'zh', text: '甲城是首都。', origin: '<stdin>' });
  });
  it('rejects empty input', () => {
    expect(() => readArticleBytes('<stdin>', Buffer.from(''), { title: 'x' })).toThrow('<stdin> is empty');
  });
});

describe('titleFromFileName', () => {
  it('drops only the last extension', () => expect(titleFromFileName('/a/St._Louis.wiki')).toBe('St. Louis'));
  it('keeps a name without extension', () => expect(titleFromFileName('Seoul')).toBe('Seoul'));
});

describe('readArticleFile with a working directory', () => {
  it('reads a relative path from it and keeps the path as given in messages and origin', () => {
    const file = fileWith('zh/a.wiki', 'Seoul');
    const cwd = path.dirname(path.dirname(file));
    expect(readArticleFile('zh/a.wiki', { cwd })).toMatchObject({ origin: 'zh/a.wiki', lang: 'zh' });
    expect(() => readArticleFile('zh/missing.wiki', { cwd })).toThrow('no such file or directory: zh/missing.wiki');
  });
});
