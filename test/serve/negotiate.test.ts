import { negotiate } from '../../src/serve/negotiate';

const RDF = ['text/turtle', 'application/ld+json', 'text/html'];

describe('content negotiation', () => {
  it('gives the first offer when the client says nothing or takes anything', () => {
    expect(negotiate(undefined, RDF)).toBe('text/turtle');
    expect(negotiate('*/*', RDF)).toBe('text/turtle');
  });
  it("gives a browser HTML: its text/html beats the */*;q=0.8 it sends for the rest", () => {
    expect(negotiate('text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8', RDF)).toBe('text/html');
  });
  it('follows the quality values', () => expect(negotiate('text/turtle;q=0.5, application/ld+json', RDF)).toBe('application/ld+json'));
  it('lets the most specific range decide', () => expect(negotiate('text/*;q=0.9, text/turtle;q=0', RDF)).toBe('text/html'));
  it('ignores case and parameters', () => expect(negotiate('Application/LD+JSON; profile="x"', RDF)).toBe('application/ld+json'));
  it('gives nothing when nothing offered is acceptable', () => expect(negotiate('image/png, text/turtle;q=0', RDF)).toBeUndefined());
  it('skips malformed ranges', () => expect(negotiate('garbage, ;;, text/html', RDF)).toBe('text/html'));
});
