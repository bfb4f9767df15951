import { codePointSlice } from '../../src/parse/offsets';
import { parseArticle } from '../../src/parse/parseArticle';

const parse = (lang: string, text: string) => parseArticle({ title: 'T', lang, text });

describe('page-level elements of the parsed article', () => {
  it('lists files with their canonical name, whatever the local namespace, and where they sit', () => {
    const text = '𠀀[[文件:a_b.jpg|thumb]] {{Infobox|image=[[Image:c.png]]}}<ref>[[File:D.svg]]</ref> [[:File:Not shown.jpg]]';
    const article = parse('zh', text);
    expect(article.files.map((f) => [f.name, f.inTemplate, f.inReference])).toEqual([
      ['A b.jpg', false, false],
      ['C.png', true, false],
      ['D.svg', false, true],
    ]);
    expect(codePointSlice(text, article.files[0].start, article.files[0].end)).toBe('[[文件:a_b.jpg|thumb]]');
    expect(parse('br', '[[Restr:X.jpg|thumb]] [[Rummad:Y]]').files.map((f) => f.name)).toEqual(['X.jpg']);
  });
  it('lists external links with label, sentence and place', () => {
    const article = parse('en', 'See [https://a.example/x the site] or http://b.example.<ref>[http://c.example c]</ref>\n{{T|url=http://d.example}}');
    expect(article.externalLinks.map((l) => [l.url, l.text, l.sentence, l.inReference, l.inTemplate])).toEqual([
      ['https://a.example/x', 'the site', 0, false, false],
      ['http://b.example', '', 0, false, false],
      ['http://c.example', 'c', -1, true, false],
      ['http://d.example', '', -1, false, true],
    ]);
  });
  it('lists interlanguage links apart from article links, and keeps the namespace of links', () => {
    const article = parse('en', '[[A]] [[Help:B]] [[:fr:C]] [[w:D]]\n[[de:Ä_b]]\n[[simple:E]]');
    expect(article.interlanguageLinks.map((l) => [l.lang, l.title])).toEqual([['de', 'Ä b'], ['simple', 'E']]);
    expect(article.links.map((l) => [l.target, l.namespace])).toEqual([['A', 0], ['Help:B', 12]]);
  });
  it('reads a redirect only at the start of the page', () => {
    expect(parse('de', '#WEITERLEITUNG [[Ziel#Abschnitt]]').redirect).toEqual({ target: 'Ziel', start: 0, end: 33 });
    expect(parse('en', 'x #REDIRECT [[B]]').redirect).toBeUndefined();
    expect(parse('en', '#REDIRECT [[wikt:b]]').redirect).toBeUndefined();
  });
});
