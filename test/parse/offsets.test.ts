import { buildOffsetIndex, codePointLength, codePointSlice, lineColumn } from '../../src/parse/offsets';

describe('offsets', () => {
  it('converts by identity for BMP-only text', () => {
    const index = buildOffsetIndex('南北abc');
    expect(index.bmpOnly).toBe(true);
    expect(index.toCodePoint(3)).toBe(3);
    expect(index.toUtf16(3)).toBe(3);
  });

  it('counts an astral character as one code point', () => {
    const text = 'a𠀀b😀c';
    const index = buildOffsetIndex(text);
    expect(index.length).toBe(5);
    expect([0, 1, 2, 3, 4, 5, 6].map(index.toCodePoint)).toEqual([0, 1, 1, 2, 3, 3, 4]);
    expect([0, 1, 2, 3, 4, 5].map(index.toUtf16)).toEqual([0, 1, 3, 4, 6, 7]);
  });

  it('round-trips every code point offset of mixed text', () => {
    const text = '𠀀x😀😀y\n𠀁';
    const index = buildOffsetIndex(text);
    for (let cp = 0; cp <= index.length; cp++) expect(index.toCodePoint(index.toUtf16(cp))).toBe(cp);
  });

  it('slices by code points', () => {
    expect(codePointSlice('a𠀀b😀c', 1, 4)).toBe('𠀀b😀');
    expect(codePointSlice('a𠀀b😀c', 3)).toBe('😀c');
    expect(codePointLength('😀😀')).toBe(2);
  });

  it('gives 1-based lines and code point columns', () => {
    expect(lineColumn('ab\n😀cd', 4)).toEqual({ line: 2, column: 2 });
    expect(lineColumn('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumn('ab\ncd', 3)).toEqual({ line: 2, column: 1 });
  });
});
