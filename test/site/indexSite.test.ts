import * as fs from 'fs';
import * as path from 'path';
import { indexSite } from '../../src/site/indexSite';
import type { PageField } from '../../src/site/scan';
import { linkTargets, redirectTarget } from '../../src/site/scan';
import { planInputs } from '../../src/source/readInputs';
import { tempDir, writeTree } from '../cli/helpers';
import { xmlDump } from '../helpers/wikiDumps';
import { writeIndexFile } from '../../src/site/indexFile';

/** An extension field as issue 17 would add one: the first infobox's template name, from the raw wikitext. */
const INFOBOX: PageField = { name: 'infobox', scan: (source) => /\{\{\s*(Infobox [^|}\n]+)/i.exec(source.text)?.[1].trim() };

describe('the pre-pass', () => {
  const dir = writeTree(tempDir(), {
    'zh/柏林.wiki': "{{Infobox settlement\n|name=柏林}}\n'''柏林'''是[[德國]]首都。",
    'zh/柏林市.wiki': '#重定向 [[柏林]]',
    'dump.xml': xmlDump('zhwiki', [{ id: 5, title: '德國', text: "'''德國'''。" }, { id: 6, title: '德意志', redirect: '德國' }]),
  });
  const plan = planInputs([path.join(dir, 'zh'), path.join(dir, 'dump.xml')]);

  it("indexes every page of every input: a file's redirect from its text, a dump's ids and redirects", async () => {
    const site = await indexSite(plan);
    expect([...site.pages()].map((p) => [p.title, p.pageId ?? '', p.redirect ?? '', p.built])).toEqual([
      ['德國', 5, '', true], ['德意志', 6, '德國', true], ['柏林', '', '', true], ['柏林市', '', '柏林', true],
    ]);
    expect(site.canonicalTitle('zh', '德意志')).toBe('德國');
  });

  it('gives every page the extension fields, by any title, in the index file and in the fingerprint', async () => {
    const plain = await indexSite(plan);
    const site = await indexSite(plan, { fields: [INFOBOX] });
    expect(site.field('zh', '柏林市', 'infobox')).toBe('Infobox settlement');
    expect(site.field('zh', '德國', 'infobox')).toBeUndefined();
    expect(site.fingerprint).not.toBe(plain.fingerprint);
    const file = path.join(tempDir(), 'site-index.tsv');
    writeIndexFile(file, site.pages(), site.fieldNames);
    expect(fs.readFileSync(file, 'utf8').split('\n').slice(0, 2)).toEqual([
      'lang\ttitle\tns\tpage_id\tredirect\tbuilt\titem\tlanglinks\tinfobox',
      'zh\t德國\t0\t5\t\t1\t\t\t',
    ]);
  });

  it('refuses a field whose name cannot be a column', async () => {
    await expect(indexSite(plan, { fields: [{ name: 'Bad Name', scan: () => 'x' }] })).rejects.toThrow("a page field needs a name of lower-case letters, digits and _ (got 'Bad Name')");
  });

  it('sums itself up when asked', async () => {
    const lines: string[] = [];
    await indexSite(plan, { summary: (line) => lines.push(line) });
    expect(lines).toEqual(['site index: 4 pages of the build (2 redirects)']);
  });
});

describe('the raw scans', () => {
  it('read a redirect from any magic word, leaving interwiki targets out', () => {
    expect(redirectTarget({ title: 'A', lang: 'zh', text: '#重定向 [[b#x|y]]' })).toBe('B');
    expect(redirectTarget({ title: 'A', lang: 'en', text: '#REDIRECT [[wikt:foo]]' })).toBeUndefined();
    expect(redirectTarget({ title: 'A', lang: 'en', text: '', redirect: 'C' })).toBe('C');
    expect(redirectTarget({ title: 'A', lang: 'en', text: 'Text. #REDIRECT [[B]]' })).toBeUndefined();
  });

  it('read the targets of links once each, without fragments or interwiki links', () => {
    expect(linkTargets('[[a|x]] [[A#s]] [[en:Berlin]] [[b_c]] {{t|[[d]]}}')).toEqual(['A', 'B c', 'D']);
  });
});
