import { DataFactory } from 'n3';
import { formatResult } from '../../src/store/results';
import type { QueryResult } from '../../src/store/oxigraph';
import { displayWidth } from '../../src/store/width';

const { namedNode, literal, blankNode, quad } = DataFactory;
const XSD = 'http://www.w3.org/2001/XMLSchema#';

/** Two rows: an IRI with a CJK label, then a typed literal, a blank node and an unbound value. */
const result: QueryResult = {
  kind: 'bindings',
  variables: ['s', 'label'],
  rows: [
    { s: namedNode('https://w3id.org/wikikg/ontology#LiaisonOffice'), label: literal('聯絡, "辦公室"', 'zh-hant') },
    { s: blankNode('b0'), label: literal('2018-09-14', namedNode(`${XSD}date`)) },
    { s: namedNode('http://example.org/x y'), label: undefined },
  ],
};

describe('formatResult', () => {
  test('json follows application/sparql-results+json', () => {
    expect(JSON.parse(formatResult(result, 'json'))).toEqual({
      head: { vars: ['s', 'label'] },
      results: {
        bindings: [
          { s: { type: 'uri', value: 'https://w3id.org/wikikg/ontology#LiaisonOffice' }, label: { type: 'literal', value: '聯絡, "辦公室"', 'xml:lang': 'zh-hant' } },
          { s: { type: 'bnode', value: 'b0' }, label: { type: 'literal', value: '2018-09-14', datatype: `${XSD}date` } },
          { s: { type: 'uri', value: 'http://example.org/x y' } },
        ],
      },
    });
  });

  test('csv writes plain values with RFC 4180 quoting and CRLF line ends', () => {
    expect(formatResult(result, 'csv')).toBe(
      's,label\r\nhttps://w3id.org/wikikg/ontology#LiaisonOffice,"聯絡, ""辦公室"""\r\n_:b0,2018-09-14\r\nhttp://example.org/x y,\r\n',
    );
  });

  test('tsv writes ?-headed columns of N-Triples terms', () => {
    expect(formatResult(result, 'tsv')).toBe(
      '?s\t?label\n<https://w3id.org/wikikg/ontology#LiaisonOffice>\t"聯絡, \\"辦公室\\""@zh-hant\n' +
        `_:b0\t"2018-09-14"^^<${XSD}date>\n<http://example.org/x y>\t\n`,
    );
  });

  test('tsv escapes tabs and line breaks inside literals', () => {
    const r: QueryResult = { kind: 'bindings', variables: ['o'], rows: [{ o: literal('a\tb\nc') }] };
    expect(formatResult(r, 'tsv')).toBe('?o\n"a\\tb\\nc"\n');
  });

  test('table compacts IRIs and aligns columns by display width, CJK counting double', () => {
    const lines = formatResult(result, 'table').split('\n');
    expect(lines).toEqual([
      '?s                       | ?label',
      '-------------------------+---------------------------',
      'wkg:LiaisonOffice        | "聯絡, \\"辦公室\\""@zh-hant',
      '_:b0                     | "2018-09-14"^^xsd:date',
      '<http://example.org/x y> |',
      '(3 rows)',
      '',
    ]);
    expect(displayWidth(lines[2].split('|')[0])).toBe(displayWidth(lines[0].split('|')[0]));
  });

  test('ASK results are a boolean in every format', () => {
    const yes: QueryResult = { kind: 'boolean', value: true };
    expect(JSON.parse(formatResult(yes, 'json'))).toEqual({ head: {}, boolean: true });
    expect(formatResult(yes, 'table')).toBe('true\n');
    expect(formatResult(yes, 'csv')).toBe('_askResult\r\ntrue\r\n');
    expect(formatResult(yes, 'tsv')).toBe(`?_askResult\n"true"^^<${XSD}boolean>\n`);
  });

  test('CONSTRUCT results are shown as subject, predicate, object rows', () => {
    const graph: QueryResult = { kind: 'quads', quads: [quad(namedNode('http://e.org/a'), namedNode('http://e.org/p'), literal('x'))] };
    expect(formatResult(graph, 'csv')).toBe('subject,predicate,object\r\nhttp://e.org/a,http://e.org/p,x\r\n');
  });
});

describe('displayWidth', () => {
  test.each([['abc', 3], ['南北', 4], ['대한민국', 8], ['ｱ', 1], ['Ａ', 2], ['e\u0301', 1], ['😀', 2]])('%s takes %d columns', (s, w) => {
    expect(displayWidth(s)).toBe(w);
  });
});
