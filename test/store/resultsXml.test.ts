import { DataFactory } from 'n3';
import { escapeXml, resultsXml } from '../../src/store/resultsXml';
import { parseResultsXml } from '../serve/helpers';

const { namedNode, literal, blankNode } = DataFactory;

describe('SPARQL XML results', () => {
  it('writes every kind of term, and unbound variables as absent bindings', () => {
    const xml = resultsXml({
      kind: 'bindings',
      variables: ['s', 'label', 'n', 'b', 'none'],
      rows: [{ s: namedNode('urn:a?x=1&y=<2>'), label: literal('千海成 "<b>"', 'zh-hant'), n: literal('7', namedNode('http://www.w3.org/2001/XMLSchema#integer')), b: blankNode('b0') }],
    });
    expect(xml).toContain('<literal xml:lang="zh-hant">千海成 &quot;&lt;b&gt;&quot;</literal>');
    expect(xml).toContain('<literal datatype="http://www.w3.org/2001/XMLSchema#integer">7</literal>');
    expect(xml).toContain('<bnode>b0</bnode>');
    expect(parseResultsXml(xml)).toEqual({ variables: ['s', 'label', 'n', 'b', 'none'], rows: [{ s: 'urn:a?x=1&y=<2>', label: '千海成 "<b>"', n: '7', b: 'b0' }] });
  });
  it('writes ASK as a boolean', () => expect(parseResultsXml(resultsXml({ kind: 'boolean', value: false })).boolean).toBe(false));
  it('keeps text XML cannot carry out of the document, and carriage returns as references', () => {
    expect(escapeXml('a\u0001b\rc\uD800')).toBe('a\uFFFDb&#13;c\uFFFD');
  });
});
