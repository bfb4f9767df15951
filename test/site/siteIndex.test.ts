import { Worker } from 'worker_threads';
import { SiteIndexBuilder, type BuiltPage, type KnownPage } from '../../src/site/builder';
import { PackedStrings } from '../../src/site/packed';
import { SiteIndex } from '../../src/site/siteIndex';
import { normaliseTitle, titleKey } from '../../src/site/titles';

/** An index of these pages (the build's, then known ones); its loops are collected. */
function index(built: BuiltPage[], known: KnownPage[] = [], fields: string[] = []) {
  const builder = new SiteIndexBuilder(fields);
  for (const page of built) builder.addBuilt(page);
  for (const page of known) builder.addKnown(page);
  const loops: string[] = [];
  const site = builder.freeze((lang, chain) => loops.push(`${lang}: ${chain.join(' → ')}`));
  return { site, loops };
}

describe('titles', () => {
  it('normalise as MediaWiki stores them: spaces for _, runs collapsed, the first letter upper-cased', () => {
    expect(normaliseTitle('  iPhone__SE ')).toBe('IPhone SE');
    expect(normaliseTitle('москва')).toBe('Москва');
    expect(normaliseTitle('ßtraße')).toBe('ßtraße');
    expect(normaliseTitle('中国')).toBe('中国');
  });

  it('meet under one key whatever the script on zhwiki only', () => {
    expect(titleKey('zh', '大韓民國')).toBe(titleKey('zh', '大韩民国'));
    expect(titleKey('zh', '大韓民國')).toBe('大韩民国');
    expect(titleKey('ja', '大韓民國')).toBe('大韓民國');
  });

  it("keep the lexicon's homographs apart", () => {
    expect(titleKey('zh', '於姓')).not.toBe(titleKey('zh', '于姓'));
    expect(titleKey('zh', '後')).not.toBe(titleKey('zh', '后'));
  });
});

describe('packed strings', () => {
  it('give back what was packed and find keys in a sorted list, astral characters included', () => {
    const strings = ['', 'a', 'ab', 'b', '中', '𠀀x'];
    const packed = PackedStrings.pack(strings);
    expect(strings.map((_, i) => packed.get(i))).toEqual(strings);
    expect(strings.map((s) => packed.find(s))).toEqual([0, 1, 2, 3, 4, 5]);
    expect(packed.find('aa')).toBe(-1);
    expect(packed.lowerBound('aa')).toBe(2);
  });
});

describe('the site index names a page as the page itself is named', () => {
  const { site } = index([
    { lang: 'zh', title: '甲國海洋事務部' },
    { lang: 'zh', title: '南韓', redirect: '大韓民國' },
    { lang: 'zh', title: '韩国', redirect: '南韓' },
    { lang: 'en', title: 'iPhone' },
  ]);

  it('under any script, first-letter case or _ of its title', () => {
    expect(site.canonicalTitle('zh', '甲国海洋事务部')).toBe('甲國海洋事務部');
    expect(site.canonicalTitle('zh', '甲國海洋事務部')).toBe('甲國海洋事務部');
    expect(site.canonicalTitle('en', 'iPhone')).toBe('iPhone');
    expect(site.canonicalTitle('en', 'IPhone')).toBe('iPhone');
  });

  it('through redirect chains, to the end even when the end is no page of the build', () => {
    expect(site.canonicalTitle('zh', '韩国')).toBe('大韩民国');
    expect(site.canonicalTitle('zh', '韓國')).toBe('大韩民国');
    expect(site.canonicalTitle('zh', '南韓')).toBe('大韩民国');
  });

  it('and a title no page has by its canonical form', () => {
    expect(site.canonicalTitle('zh', '東海灣')).toBe('东海湾');
    expect(site.canonicalTitle('de', 'berlin')).toBe('Berlin');
    expect(SiteIndex.empty().canonicalTitle('zh', '東海灣')).toBe('东海湾');
  });

  it('keeps what it knows of each page', () => {
    expect(site.page('zh', '甲国海洋事务部')).toMatchObject({ lang: 'zh', title: '甲國海洋事務部', built: true, loop: false, ns: 0 });
    expect(site.exactPage('zh', '韩国')).toMatchObject({ redirect: '南韓' });
    expect(site.size).toBe(4);
  });
});

describe("an article's own page", () => {
  it('keeps its title, even as a redirect, but two inputs of one page are one page', () => {
    const { site } = index([{ lang: 'en', title: 'anarchism' }, { lang: 'en', title: 'Anarchism' }, { lang: 'en', title: 'UK', redirect: 'United Kingdom' }, { lang: 'en', title: 'iPod' }]);
    expect(site.ownTitle('en', 'anarchism')).toBe('Anarchism');
    expect(site.ownTitle('en', 'Anarchism')).toBe('Anarchism');
    expect(site.ownTitle('en', 'UK')).toBe('UK');
    expect(site.ownTitle('en', 'iPod')).toBe('iPod');
    expect(site.canonicalTitle('en', 'IPod')).toBe('iPod');
    expect(SiteIndex.empty().ownTitle('en', 'anarchism')).toBe('anarchism');
  });
});

describe('redirect loops', () => {
  const { site, loops } = index([
    { lang: 'zh', title: 'A', redirect: 'B' },
    { lang: 'zh', title: 'B', redirect: 'A' },
    { lang: 'zh', title: 'C', redirect: 'B' },
    { lang: 'zh', title: 'D', redirect: 'D2' },
    { lang: 'zh', title: 'D2', redirect: 'D' },
  ]);

  it('are found, and links to their pages are left as written', () => {
    expect(site.canonicalTitle('zh', 'A')).toBe('A');
    expect(site.canonicalTitle('zh', 'C')).toBe('C');
    expect(site.redirectLoop('zh', 'A')).toEqual(['A', 'B', 'A']);
    expect(site.redirectLoop('zh', 'C')).toEqual(['C', 'B', 'A', 'B']);
    expect(loops).toContain('zh: A → B → A');
    expect(loops).toContain('zh: C → B → A → B');
  });
});

describe('pages known from tables', () => {
  it("give a loose article the page id of its own title's row, even in the other script", () => {
    const { site } = index([{ lang: 'zh', title: '甲國海洋事務部' }], [
      { lang: 'zh', title: '甲国海洋事务部', pageId: 42 },
      { lang: 'zh', title: '統一部', pageId: 43, redirect: '甲国海洋事务部' },
    ]);
    expect(site.page('zh', '甲國海洋事務部')).toMatchObject({ pageId: 42, built: true });
    expect(site.size).toBe(2);
    expect(site.canonicalTitle('zh', '统一部')).toBe('甲國海洋事務部');
  });

  it("lead a redirect whose target no table gave to the build's article of the same key", () => {
    const { site } = index([{ lang: 'zh', title: '東海灣' }], [{ lang: 'zh', title: '东海湾', isRedirect: true, pageId: 9 }, { lang: 'zh', title: 'X', isRedirect: true }]);
    expect(site.canonicalTitle('zh', '东海湾')).toBe('東海灣');
    expect(site.canonicalTitle('zh', '東海灣')).toBe('東海灣');
    expect(site.canonicalTitle('zh', 'X')).toBe('X');
  });
});

describe('items, language links and fields', () => {
  const builder = new SiteIndexBuilder(['kind']);
  builder.addBuilt({ lang: 'zh', title: '柏林', pageId: 10, fields: { kind: 'city' } });
  builder.addBuilt({ lang: 'zh', title: '柏林市', pageId: 11, redirect: '柏林' });
  builder.setItem('zh', 10, 990000064);
  builder.addLangLink('zh', 10, { lang: 'en', title: 'Berlin' });
  builder.addLangLink('zh', 10, { lang: 'de', title: 'Berlin' });
  const site = builder.freeze();

  it('are found by any title that names the page', () => {
    expect(site.page('zh', '柏林市')).toMatchObject({
      title: '柏林', pageId: 10, item: 'Q990000064', fields: { kind: 'city' },
      langLinks: [{ lang: 'en', title: 'Berlin' }, { lang: 'de', title: 'Berlin' }],
    });
    expect(site.hasLinks).toBe(true);
    expect(site.fieldNames).toEqual(['kind']);
  });

  it('change the fingerprint, as every page does', () => {
    const other = new SiteIndexBuilder(['kind']);
    other.addBuilt({ lang: 'zh', title: '柏林', pageId: 10, fields: { kind: 'city' } });
    other.addBuilt({ lang: 'zh', title: '柏林市', pageId: 11, redirect: '柏林' });
    const without = other.freeze();
    expect(without.fingerprint).not.toBe(site.fingerprint);
    expect(without.hasLinks).toBe(false);
    expect(site.fingerprint).toMatch(/^[0-9a-f]{12}$/);
  });

  it('cross to a worker thread in shared memory, where lookups give the same answers', async () => {
    const script = `
      const { parentPort, workerData } = require('worker_threads');
      const { SiteIndex } = require(${JSON.stringify(require.resolve('../../dist/src/site/siteIndex.js'))});
      const site = new SiteIndex(workerData);
      parentPort.postMessage({ title: site.canonicalTitle('zh', '柏林市'), item: site.page('zh', '柏林').item, shared: workerData.keys.units.buffer instanceof SharedArrayBuffer });`;
    const answer = await new Promise((resolve, reject) => {
      const worker = new Worker(script, { eval: true, workerData: site.data });
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    expect(answer).toEqual({ title: '柏林', item: 'Q990000064', shared: true });
  });
});
