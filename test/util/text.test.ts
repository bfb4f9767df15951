import { closestMatch, compareCodePoints, editDistance, firstLine } from '../../src/util/text';

describe('compareCodePoints', () => {
  it('orders astral characters after the end of the BMP, as code points do', () => {
    expect(['😀', '\uFFFD', 'a'].sort(compareCodePoints)).toEqual(['a', '\uFFFD', '😀']);
  });
  it('puts a prefix first', () => expect(compareCodePoints('ab', 'abc')).toBeLessThan(0));
  it('finds equal strings equal', () => expect(compareCodePoints('甲城', '甲城')).toBe(0));
});

describe('editDistance', () => {
  it('counts a substitution as one', () => expect(editDistance('query', 'quern')).toBe(1));
  it('counts a swap of neighbours as one', () => expect(editDistance('biuld', 'build')).toBe(1));
  it('counts insertions', () => expect(editDistance('export', 'exports')).toBe(1));
  it('measures from the empty string', () => expect(editDistance('', 'abc')).toBe(3));
});

describe('closestMatch', () => {
  const commands = ['build', 'query', 'export', 'help'];
  it('suggests a command for a typo', () => expect(closestMatch('biuld', commands)).toBe('build'));
  it('suggests nothing for an unrelated word', () => expect(closestMatch('serve', commands)).toBeUndefined());
});

describe('firstLine', () => {
  it('keeps only the first non-empty line', () => expect(firstLine('\n  bad thing \n at x')).toBe('bad thing'));
});
