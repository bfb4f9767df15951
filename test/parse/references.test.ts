import { parse, sourceOf } from './helpers';

describe('references', () => {
  it('resolves <ref name=x/> used before its definition to the same source', () => {
    const article = parse('甲<ref name=x/>。乙<ref name="x">來源</ref>。');
    expect(article.references.map((r) => r.id)).toEqual(['x']);
    expect(article.references[0].uses.map((u) => u.sentence)).toEqual([0, 1]);
    expect(article.references[0].text).toBe('來源');
    expect(sourceOf(article, article.references[0])).toBe('<ref name="x">來源</ref>');
  });

  it('reads a <ref> written inside another as one reference (the first </ref> closes it)', () => {
    const article = parse('甲<ref>外<ref>內</ref></ref>。');
    expect(article.references.map((r) => r.id)).toEqual(['ref-1']);
    expect(article.references[0].uses).toHaveLength(1);
  });

  it('reads <ref name="x"></ref> as a reuse', () => {
    const article = parse('甲<ref name="x">來源</ref>。乙<ref name="x"></ref>。');
    expect(article.references).toHaveLength(1);
    expect(article.references[0].uses).toHaveLength(2);
  });

  it('numbers unnamed refs by first appearance among all distinct refs', () => {
    const article = parse('甲<ref name=a>A</ref><ref>B</ref><ref name=a/><ref>C</ref>。');
    expect(article.references.map((r) => r.id)).toEqual(['a', 'ref-2', 'ref-3']);
  });

  it('counts list-defined refs inside <references> as definitions, not uses', () => {
    const article = parse('甲<ref name=a/>。\n\n<references>\n<ref name=a>A</ref>\n</references>');
    expect(article.references).toHaveLength(1);
    expect(article.references[0].text).toBe('A');
    expect(article.references[0].uses).toHaveLength(1);
    expect(article.diagnostics.filter((d) => d.code === 'unknown-named-ref')).toEqual([]);
  });

  it('reports a reuse with no definition as unknown-named-ref with its line and column', () => {
    const article = parse('甲。\n乙<ref name=missing/>。');
    expect(article.diagnostics).toContainEqual(expect.objectContaining({ code: 'unknown-named-ref', line: 2, column: 2 }));
    expect(article.references[0].uses[0].sentence).toBe(1);
  });

  it('reports an empty unnamed ref', () => {
    expect(parse('甲<ref></ref>。').diagnostics.map((d) => d.code)).toContain('empty-ref');
  });

  it('reads citation fields with normalised keys, stripped values and field links', () => {
    const article = parse(
      "甲<ref>{{cite web|URL=http://a.b/c|Access-Date=2020-01-01|archive-url=http://x|Archive-Date=2020|website=[[新聞網|新聞]]|title=''T''|df=}}</ref>。",
    );
    const [ref] = article.references;
    expect(ref.template).toBe('cite web');
    expect(ref.fields).toEqual({ url: 'http://a.b/c', accessdate: '2020-01-01', archiveurl: 'http://x', archivedate: '2020', website: '新聞', title: 'T' });
    expect(ref.fieldLinks).toEqual({ website: '新聞網' });
  });

  it('keeps the plain text of a ref with no citation template', () => {
    expect(parse("甲<ref>''書名'', [[某人]] 著</ref>。").references[0].text).toBe('書名, 某人 著');
  });

  it('places a ref use at its plain offset in the sentence', () => {
    const article = parse('甲乙<ref>A</ref>丙。');
    expect(article.sentences[0].references[0].plainOffset).toBe(2);
  });

  it('gives refs outside prose sentence -1', () => {
    const article = parse('{{Infobox|a=<ref>A</ref>}}\n甲。');
    expect(article.references[0].uses[0]).toMatchObject({ sentence: -1, plainOffset: -1 });
  });
});
