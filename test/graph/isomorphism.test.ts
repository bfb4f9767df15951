import { isomorphic } from '../../src/graph/isomorphism';
import { turtle } from './helpers';

describe('isomorphic', () => {
  test('graphs that differ only in blank-node names are isomorphic', () => {
    expect(isomorphic(turtle('_:a wkg:p _:b . _:b wkg:q "x" .'), turtle('_:z wkg:p _:y . _:y wkg:q "x" .'))).toBe(true);
  });

  test('blank nodes with the same neighbourhood shape are matched by backtracking', () => {
    const a = turtle('_:a wkg:p _:b . _:b wkg:p _:a . _:c wkg:p _:d . _:d wkg:p _:c .');
    const b = turtle('_:1 wkg:p _:2 . _:2 wkg:p _:1 . _:3 wkg:p _:4 . _:4 wkg:p _:3 .');
    expect(isomorphic(a, b)).toBe(true);
  });

  test('a cycle of four is not two cycles of two', () => {
    const a = turtle('_:a wkg:p _:b . _:b wkg:p _:c . _:c wkg:p _:d . _:d wkg:p _:a .');
    const b = turtle('_:1 wkg:p _:2 . _:2 wkg:p _:1 . _:3 wkg:p _:4 . _:4 wkg:p _:3 .');
    expect(isomorphic(a, b)).toBe(false);
  });

  test('different literals, datatypes or IRIs are not isomorphic', () => {
    expect(isomorphic(turtle('wkg:a wkg:p "1" .'), turtle('wkg:a wkg:p 1 .'))).toBe(false);
    expect(isomorphic(turtle('wkg:a wkg:p wkg:b .'), turtle('wkg:a wkg:p wkg:c .'))).toBe(false);
  });

  test('language tags compare case-insensitively, as RDF defines', () => {
    expect(isomorphic(turtle('wkg:a wkg:p "x"@zh-Hant .'), turtle('wkg:a wkg:p "x"@zh-hant .'))).toBe(true);
  });
});
