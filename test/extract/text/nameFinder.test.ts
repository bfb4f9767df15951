import { NameFinder } from '../../../src/extract/text/nameFinder';

/** What the finder must agree with: one `indexOf` scan per name, non-overlapping occurrences. */
function byIndexOf(text: string, names: string[]): Array<{ index: number; start: number }> {
  const found: Array<{ index: number; start: number }> = [];
  names.forEach((name, index) => {
    if (name.length === 0) return;
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length)) found.push({ index, start: i });
  });
  return found;
}

describe('NameFinder', () => {
  it('finds each name where indexOf would, name by name, left to right', () => {
    const names = ['朝鮮', '朝鮮民主主義人民共和國', '韓', '國', 'aa', 'a', ''];
    const text = '朝鮮民主主義人民共和國與韓國；aaa 朝鮮';
    expect(new NameFinder(names).find(text)).toEqual(byIndexOf(text, names));
    expect(new NameFinder(names).find(text).filter((m) => m.index === 4)).toEqual([{ index: 4, start: 15 }]);
  });

  it('agrees with indexOf on random texts and names over a small alphabet, overlaps and surrogates included', () => {
    let seed = 7;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648) % n);
    const alphabet = ['a', 'b', '國', '\uD840\uDC00', 'ab'];
    const word = (max: number) => Array.from({ length: random(max) }, () => alphabet[random(alphabet.length)]).join('');
    for (let round = 0; round < 300; round++) {
      const names = Array.from({ length: 1 + random(8) }, () => word(4));
      const text = word(40);
      expect(new NameFinder(names).find(text)).toEqual(byIndexOf(text, names));
    }
  });

  it('finds nothing in an empty text or with no names', () => {
    expect(new NameFinder(['a']).find('')).toEqual([]);
    expect(new NameFinder([]).find('abc')).toEqual([]);
  });
});
