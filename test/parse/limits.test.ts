import { excessiveNesting, MAX_NESTING_DEPTH } from '../../src/parse/limits';
import { parseArticle } from '../../src/parse/parseArticle';

const nested = (depth: number, open = '{{t|', close = '}}'): string => `${open.repeat(depth)}x${close.repeat(depth)}`;

describe('excessiveNesting', () => {
  it('lets real nesting through', () => expect(excessiveNesting(nested(8) + nested(8, '[[a|', ']]'))).toBeUndefined());
  it('counts templates, links and tables together', () => expect(excessiveNesting(nested(3, '{{t|[[', ']]}}'), 5)).toBe(16));
  it('reads stray closers as text', () => expect(excessiveNesting(`${'}}'.repeat(50)}${nested(3)}`, 3)).toBeUndefined());
  it('counts a table only at the start of a line', () => expect(excessiveNesting('a {| b {| c', 1)).toBeUndefined());
});

describe('parseArticle on input nested too deep', () => {
  const text = `Intro.\n${nested(MAX_NESTING_DEPTH + 1)}`;
  const article = parseArticle({ title: 'T', lang: 'en', text });

  it('does not parse it and says where, with a clear message', () => {
    expect(article.sentences).toEqual([]);
    expect(article.diagnostics).toEqual([
      expect.objectContaining({ code: 'nesting-too-deep', line: 2, column: 4 * MAX_NESTING_DEPTH + 1, message: expect.stringMatching(/nested more than 100 levels deep/) }),
    ]);
  });
  it('parses input nested exactly to the limit', () => {
    expect(parseArticle({ title: 'T', lang: 'en', text: nested(MAX_NESTING_DEPTH) }).diagnostics.map((d) => d.code)).not.toContain('nesting-too-deep');
  });
});

describe('parseArticle on text with lone surrogates', () => {
  const article = parseArticle({ title: 'T\uD800', lang: 'en', text: "'''A''' is\n a \uDC00 thing \uD83D\uDE00." });

  it('replaces them with U+FFFD in the text and the title, keeping pairs and offsets', () => {
    expect(article.source.text).toBe("'''A''' is\n a \uFFFD thing \uD83D\uDE00.");
    expect(article.source.title).toBe('T\uFFFD');
  });
  it('says where the first one was', () => {
    expect(article.diagnostics[0]).toEqual(expect.objectContaining({ code: 'lone-surrogate', severity: 'warning', line: 2, column: 4 }));
  });
});
