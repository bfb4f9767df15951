import { parseArticle } from '../../src/parse/parseArticle';
import { parse, sourceOf } from './helpers';

describe('templates', () => {
  it('numbers arguments as MediaWiki does', () => {
    const [call] = parse('{{t|a|k=v|b|1=c}}').templates;
    expect(call.args.map((a) => [a.name, a.value, a.positional])).toEqual([
      ['1', 'a', true],
      ['k', 'v', false],
      ['2', 'b', true],
      ['1', 'c', false],
    ]);
  });

  it('finds nested templates and those inside refs', () => {
    const article = parse('甲<ref>{{cite web|title={{lang|en|X}}}}</ref>。{{a|{{b}}}}');
    expect(article.templates.map((t) => t.canonicalName)).toEqual(['Cite web', 'Lang', 'A', 'B']);
  });

  it('canonicalises names: prefix dropped, underscores, first letter upper-cased', () => {
    expect(parse('{{Template:cite_web}}{{模板:noteTA}}').templates.map((t) => t.canonicalName)).toEqual(['Cite web', 'NoteTA']);
  });

  it('slices each template and argument to its source', () => {
    const article = parse('{{t| a |k = v }}');
    expect(sourceOf(article, article.templates[0])).toBe('{{t| a |k = v }}');
    expect(article.templates[0].args.map((a) => sourceOf(article, a))).toEqual([' a ', 'k = v ']);
  });
});

describe('variant rules', () => {
  it('reads numbered noteTA arguments as variant rules and G arguments as groups', () => {
    const article = parse('{{noteTA|1=zh-hans:甲; zh-hant:乙;|G1=MilitaryTerms}}\n內容。');
    expect(article.variantRules).toEqual([
      expect.objectContaining({ key: '1', variants: { 'zh-hans': '甲', 'zh-hant': '乙' } }),
      expect.objectContaining({ key: 'G1', variants: {}, group: 'MilitaryTerms' }),
    ]);
  });

  it('reads inline -{H|…}- rules', () => {
    const article = parse('-{H|zh-hans:甲;zh-hant:乙;}-內容。');
    expect(article.variantRules).toEqual([expect.objectContaining({ key: 'inline', variants: { 'zh-hans': '甲', 'zh-hant': '乙' } })]);
    expect(sourceOf(article, article.variantRules[0])).toBe('-{H|zh-hans:甲;zh-hant:乙;}-');
  });
});

describe('Korean names', () => {
  it('reads {{kor|hangul|hanja}}, {{Korean|hangul=…|hanja=…}} and {{lang-ko|…}}', () => {
    const article = parse('甲（{{kor|가|家}}）。乙（{{Korean|hangul=나|hanja=那}}）。丙（{{lang-ko|다}}）。');
    expect(article.koreanNames.map((k) => [k.hangul, k.hanja, k.sentence])).toEqual([
      ['가', '家', 0],
      ['나', '那', 1],
      ['다', undefined, 2],
    ]);
  });
});

describe('diagnostics', () => {
  const duplicateArgument = { title: 'Test', lang: 'zh', text: '甲。\n😀{{t|a=1|a=2}}' };

  it("reports the linter's errors with 1-based line and code point column when asked to lint", () => {
    const article = parseArticle(duplicateArgument, { lint: true });
    const duplicate = article.diagnostics.find((d) => d.code === 'lint/no-duplicate');
    expect(duplicate).toMatchObject({ severity: 'error', line: 2, column: 6 }); // 😀 is one code point (two UTF-16 units)
  });

  it('does not lint unless asked (the linter walks the whole tree again)', () => {
    expect(parseArticle(duplicateArgument).diagnostics.filter((d) => d.code.startsWith('lint/'))).toEqual([]);
  });

  it('never throws, even on input that is not wikitext', () => {
    for (const text of ['', '}}]]]]{{{{', '<ref name=', '\u0000\uD800', '{|\n|', "'''''''", '-{', '<references>']) {
      expect(() => parse(text)).not.toThrow();
    }
    expect(parse(undefined as unknown as string).diagnostics).toEqual([]);
  });
});
