import { parseCount } from '../../../src/extract/values/numbers';

describe('counts', () => {
  it.each([
    ['15', 15], ['２０', 20], ['十五', 15], ['二十', 20], ['兩百', 200], ['一千零五', 1005], ['十', 10],
  ])('reads %s as %d', (text, n) => expect(parseCount(text)).toBe(n));
  it.each(['', '十五名', 'abc', '五五'])('reads %j as no number', (text) => expect(parseCount(text)).toBeUndefined());
});
