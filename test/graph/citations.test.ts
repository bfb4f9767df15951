import { urlTerm } from '../../src/graph/citations';

describe('urlTerm', () => {
  it('makes a valid URL an IRI', () => expect(urlTerm('https://e.org/a?b=1#c')).toEqual(expect.objectContaining({ termType: 'NamedNode', value: 'https://e.org/a?b=1#c' })));
  it('keeps a URL that no IRI can hold as an xsd:anyURI literal', () => {
    expect(urlTerm('http://e.org/a b')).toEqual(expect.objectContaining({ termType: 'Literal', value: 'http://e.org/a b', datatype: expect.objectContaining({ value: 'http://www.w3.org/2001/XMLSchema#anyURI' }) }));
  });
  it.each([
    ['a NUL', 'http://e.org/a\u0000b', 'http://e.org/a%00b'],
    ['U+FFFF', 'http://e.org/a\uFFFFb', 'http://e.org/a%EF%BF%BFb'],
    ['a lone surrogate', 'http://e.org/a\uD800b', 'http://e.org/a%EF%BF%BDb'],
  ])('percent-encodes %s, which XML and so xsd:anyURI cannot hold', (_, url, value) => expect(urlTerm(url).value).toBe(value));
});
