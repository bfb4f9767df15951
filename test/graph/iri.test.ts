import { Parser } from 'n3';
import { IriMinter, seg, wikipediaPageIri } from '../../src/graph/iri';

const HOSTILE = [
  '', ' ', '_', 'a b', 'a_b', '%', '%20', '%2F', '/', '#', '?', 'a/b#c?d', '<>"{}|\\^`', '[x]', "O'Brien & Co.",
  'tab\there', 'new\nline', '\u0000\u001f\u007f\u0085', '\uD800', 'x\uDC00y', '😀', 'e\u0301', 'é', 'Ａ',
  '\uFDD0\uFFFE\uFFFF', '\uE000', '\u200B\u2028', '南北共同聯絡辦公室', '대한민국', '朝鮮 (國家)', 'ﾃｽﾄ', '..', '.',
  'name:with:colons', 'page:X#kind:disc', '\uFFFD',
];

/** Parses `<iri> <iri> <iri> .` with N3.js, which rejects characters IRIs may not contain. */
function roundTrip(iri: string): string {
  const [q] = new Parser({ format: 'N-Triples' }).parse(`<${iri}> <${iri}> <${iri}> .`);
  return q.subject.value;
}

describe('seg', () => {
  test.each(HOSTILE.map((s) => [JSON.stringify(s), s]))('mints a valid IRI segment for %s', (_, input) => {
    const iri = `https://w3id.org/wikikg/resource/zh/${seg(input)}`;
    expect(roundTrip(iri)).toBe(iri);
    expect(seg(input)).not.toMatch(/[/#?%\s<>"{}|\\^`](?![0-9A-F]{2})/u);
  });

  test('keeps non-ASCII letters readable and encodes only what IRIs forbid', () => {
    expect(seg('朝鮮 (國家)')).toBe('朝鮮_(國家)');
    expect(seg('a/b#c?d%')).toBe('a%2Fb%23c%3Fd%25');
    expect(seg('\uD800')).toBe('%EF%BF%BD');
  });

  test('distinct inputs give distinct segments, except the documented normalisations', () => {
    const normalised = (s: string) => s.replace(/[\uD800-\uDFFF]/g, '\uFFFD').normalize('NFC').replace(/ /g, '_') || '_';
    const byClass = new Map<string, string>();
    for (const s of HOSTILE) byClass.set(normalised(s), seg(s));
    expect(new Set(byClass.values()).size).toBe(byClass.size);
  });

  test('merges exactly the documented cases: NFC forms, space and underscore, lone surrogates and U+FFFD', () => {
    expect(seg('e\u0301')).toBe(seg('é'));
    expect(seg('a b')).toBe(seg('a_b'));
    expect(seg('\uDC00')).toBe(seg('\uFFFD'));
  });
});

describe('IriMinter', () => {
  const iri = new IriMinter('zh', '南北 共同');

  test('pages and unlinked names with the same text are the same resource', () => {
    expect(iri.entity('page:開城').value).toBe('https://w3id.org/wikikg/resource/zh/开城');
    expect(iri.entity('name:開城').value).toBe(iri.entity('page:開城').value);
  });

  test('a page no index knows is named by one form, whatever the script, case or _ it was written with', () => {
    expect(iri.entity('page:开城').value).toBe(iri.entity('page:開城').value);
    expect(iri.wikipediaPage('開城').value).toBe('https://zh.wikipedia.org/wiki/开城');
    expect(new IriMinter('en', 'X').entity('page:iPhone_SE').value).toBe('https://w3id.org/wikikg/resource/en/IPhone_SE');
    expect(iri.entity('page@en:berlin').value).toBe('https://w3id.org/wikikg/resource/en/Berlin');
    // Homographs of the lexicon keep their own form: 於姓 is not 于姓.
    expect(iri.entity('page:於姓').value).not.toBe(iri.entity('page:于姓').value);
  });

  test("the article's own page keeps its title (a redirect names itself)", () => {
    expect(new IriMinter('zh', '大韓民國').entity('page:大韓民國').value).toBe('https://w3id.org/wikikg/resource/zh/大韓民國');
    expect(new IriMinter('zh', '大韓民國').wikipediaPage('大韓民國').value).toBe('https://zh.wikipedia.org/wiki/大韓民國');
  });

  test('categories, citations and parts have their own paths', () => {
    expect(iri.entity('category:朝韓關係').value).toBe('https://w3id.org/wikikg/category/zh/朝韩关系');
    expect(iri.entity('citation:ref-1').value).toBe('https://w3id.org/wikikg/source/zh/南北_共同/ref-1');
    expect(iri.entity('page:A#position:主任').value).toBe('https://w3id.org/wikikg/resource/zh/A/position/主任');
    expect(iri.entity('page:A#position:主任#event:2020:x').value).toBe('https://w3id.org/wikikg/resource/zh/A/position/主任/event/2020:x');
  });

  test('the article, its text spans and its statements hang under the title', () => {
    expect(iri.article().value).toBe('https://w3id.org/wikikg/article/zh/南北_共同');
    expect(iri.textSpan(3, 12).value).toBe('https://w3id.org/wikikg/text/zh/南北_共同#char=3,12');
    expect(iri.statement('x').value).toBe('https://w3id.org/wikikg/statement/zh/南北_共同/2d711642b726b044');
  });

  test('keys with an unknown prefix are minted apart instead of failing', () => {
    expect(iri.entity('odd').value).toBe('https://w3id.org/wikikg/unknown/zh/odd');
  });

  test.each(HOSTILE.map((s) => [JSON.stringify(s), s]))('every kind of IRI stays valid for the title %s', (_, title) => {
    const m = new IriMinter('zh', title);
    for (const node of [m.article(), m.textSpan(0, 1), m.statement(title), m.citation(title), m.entity(`page:${title}`),
      m.entity(`name:${title}#${title}:${title}`), m.wikipediaPage(title)]) {
      expect(roundTrip(node.value)).toBe(node.value);
    }
  });
});

describe('wikipediaPageIri', () => {
  test('uses underscores, keeps slashes of sub-pages and encodes what a URL path cannot hold', () => {
    expect(wikipediaPageIri('zh', '南北共同聯絡辦公室').value).toBe('https://zh.wikipedia.org/wiki/南北共同聯絡辦公室');
    expect(wikipediaPageIri('en', 'AC/DC').value).toBe('https://en.wikipedia.org/wiki/AC/DC');
    expect(wikipediaPageIri('en', 'What? 100%').value).toBe('https://en.wikipedia.org/wiki/What%3F_100%25');
  });
});
