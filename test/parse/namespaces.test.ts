import { LOCAL_NAMESPACES } from '../../src/parse/lexicon/namespaces';
import { parseArticle } from '../../src/parse/parseArticle';

const parse = (lang: string, text: string) => parseArticle({ title: 'T', lang, text });

describe('local namespace names', () => {
  it.each<[string, string]>([
    ['de', '[[Kategorie:Stadt]] [[Datei:a.jpg|mini|b]] {{Vorlage:Info}} [[Ziel]]'],
    ['ko', '[[분류:Stadt]] [[파일:a.jpg|섬네일|b]] {{틀:Info}} [[Ziel]]'],
    ['vi', '[[Thể loại:Stadt]] [[Tập tin:a.jpg|nhỏ|b]] {{Bản mẫu:Info}} [[Ziel]]'],
  ])('in %s make categories, files and templates, not links', (lang, text) => {
    const article = parse(lang, text);
    expect(article.categories.map((c) => c.name)).toEqual(['Stadt']);
    expect(article.links.map((l) => l.target)).toEqual(['Ziel']);
    expect(article.templates.map((t) => t.canonicalName)).toEqual(['Info']);
  });
  it('do not leak into another language', () => expect(parse('en', '[[Kategorie:Stadt]]').categories).toEqual([]));
  it('keep the English names working everywhere', () => expect(parse('de', '[[Category:Stadt]]').categories.map((c) => c.name)).toEqual(['Stadt']));
  it('name every namespace for every language listed', () => {
    for (const names of Object.values(LOCAL_NAMESPACES)) expect([names.category.length, names.file.length, names.template.length].every((n) => n > 0)).toBe(true);
  });
});
