import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { languageFromPath, languageFromScript } from '../../src/source/language';

describe('languageFromPath', () => {
  it('reads the nearest folder named like a wiki', () => expect(languageFromPath('corpus/en/zh/a.wiki')).toBe('zh'));
  it('looks a few folders up', () => expect(languageFromPath('corpus/ko/politics/2018/a.wiki')).toBe('ko'));
  it('does not look further up than that', () => expect(languageFromPath('/ko/a/b/c/a.wiki')).toBeUndefined());
  it('knows the smaller wikis of the corpus (als, bar, arz, …)', () => expect(languageFromPath('articles/bar/Berlin.wiki')).toBe('bar'));
  it('takes new/ or war/ for a wiki only beside another wiki folder', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wikikg-lang-'));
    for (const folder of ['corpus/new', 'corpus/en', 'other/new']) fs.mkdirSync(path.join(dir, folder), { recursive: true });
    expect(languageFromPath(path.join(dir, 'corpus/new/a.wiki'))).toBe('new');
    expect(languageFromPath(path.join(dir, 'other/new/a.wiki'))).toBeUndefined();
  });
  it('knows hyphenated wiki codes', () => expect(languageFromPath('zh-yue/a.wiki')).toBe('zh-yue'));
  it('ignores ordinary folder names', () => expect(languageFromPath('seeds/a.wiki')).toBeUndefined());
});

describe('languageFromScript', () => {
  it('reads a Chinese article with Korean names in it as Chinese', () => {
    expect(languageFromScript("'''南北共同聯絡辦公室'''（{{kor|남북공동연락사무소}}）是一個常設聯絡辦公室")).toBe('zh');
  });
  it('reads an English article with a few Han characters as English', () => {
    expect(languageFromScript("'''Gapseong''' (Korean: 갑성; Hanja: 甲城) is the capital and largest city of a made-up province.")).toBe('en');
  });
});
