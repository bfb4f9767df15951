import { boundedMemo } from '../../src/util/boundedMemo';

describe('boundedMemo', () => {
  it('makes each value once while it is remembered', () => {
    const made: string[] = [];
    const upper = boundedMemo((s: string) => (made.push(s), s.toUpperCase()), 10);
    expect([upper('a'), upper('b'), upper('a')]).toEqual(['A', 'B', 'A']);
    expect(made).toEqual(['a', 'b']);
  });

  it('forgets everything once it holds max values, and stays correct', () => {
    const made: number[] = [];
    const double = boundedMemo((n: number) => (made.push(n), n * 2), 2);
    expect([1, 2, 3, 1].map(double)).toEqual([2, 4, 6, 2]);
    expect(made).toEqual([1, 2, 3, 1]); // 3 arrived with 2 held: both dropped, so 1 is made again
  });
});
