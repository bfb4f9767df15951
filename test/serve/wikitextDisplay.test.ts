import { displayText } from '../../src/serve/render/wikitextDisplay';
import { markedTextHtml, quoteHtml } from '../../src/serve/render/quote';

/** Evidence as a reader sees it: wikitext rendered to text, each character still knowing its offset. */
const shown = (wikitext: string, keep: Array<[number, number]> = []) => displayText(wikitext, 0, keep).chars.join('');

describe('wikitext as a reader sees it', () => {
  it.each([
    ['link texts instead of links', '由[[統一部|統一部]]副部長[[千海成]]擔任', '由統一部副部長千海成擔任'],
    ['no quote marks', "'''Bold''' and ''italic''", 'Bold and italic'],
    ['no references', 'A<ref name="x">{{cite web|title=T}}</ref>B<ref name=y/>C', 'ABC'],
    ['no comments', 'A<!-- hidden -->B', 'AB'],
    ['the words of an inline template', '{{lang|fr|la France}} and {{kor|남북|南北}}', 'la France and 남북，南北'],
    ['no other template', '{{Infobox country|name=X}}Text{{citation needed}}', 'Text'],
    ['the label of an external link, nothing of a bare one', '[http://example.org the label] [http://example.org]', 'the label'],
    ['entities decoded', 'a&nbsp;b &amp; c &#20013;', 'a b & c 中'],
    ['no list or heading marks', '== Heading ==\n* one\n** two', 'Heading one two'],
    ['no file links', 'A [[File:X.jpg|thumb|a caption]] B', 'A B'],
    ['allowed tags left out, their words kept', 'H<sub>2</sub>O<br>x', 'H2O x'],
    ['other tags as text', '<script>x</script>', '<script>x</script>'],
    ['unbalanced markup as text', '{{foo|bar [[baz', '{{foo|bar [[baz'],
  ])('shows %s', (_what, wikitext, text) => expect(shown(wikitext)).toBe(text));

  it('keeps the offset of every character shown', () => expect(displayText('[[a|bc]]d', 10).sources).toEqual([14, 15, 18]));
  it('counts offsets in code points', () => expect(displayText("''𠀀''x", 0).sources).toEqual([2, 5]));
  it('shows the words of a reference a kept span is in', () => expect(shown('A<ref>{{cite news|title=T|url=u}}</ref>', [[6, 20]])).toBe('AT · u'));
});

describe('a quote of the evidence', () => {
  it('marks the span in the rendered sentence', () =>
    expect(quoteHtml({ text: '[[甲|甲]]是乙', begin: 100 }, [[107, 108]]).markup).toBe('<blockquote class="evidence" data-begin="107" data-end="108">甲<mark class="span">是</mark>乙</blockquote>'));
  it('escapes the text', () => expect(quoteHtml({ text: 'a<x onmouseover="y">', begin: 0 }, [[0, 1]]).markup).toContain('a</mark>&lt;x onmouseover=&quot;y&quot;&gt;'));
  it('clips a long passage around the span and folds the whole of it', () => {
    const markup = quoteHtml({ text: `${'x'.repeat(600)}MARK${'y'.repeat(600)}`, begin: 0 }, [[600, 604]]).markup;
    const [clipped] = markup.split('<details');
    expect(clipped).toMatch(/^<blockquote[^>]*>… x{100}<mark class="span">MARK<\/mark>y{216} …<\/blockquote>/);
    expect(markup).toContain('<summary>the whole passage (1204 characters)</summary>');
  });
  it('says so when the span is markup that shows no text', () => expect(quoteHtml({ text: "a''b", begin: 0 }, [[1, 3]]).markup).toContain('⟨markup⟩'));
});

describe('a sentence with every fact marked', () => {
  it('marks each run by the facts that cover it and anchors each span once', () =>
    expect(markedTextHtml({ text: 'abcd', begin: 0 }, [{ id: 1, begin: 0, end: 2 }, { id: 2, begin: 1, end: 3 }]).markup).toBe(
      '<p class="sentence" data-begin="0"><span class="marked depth-1" data-facts="1" id="char=0,2">a</span><span class="marked depth-2" data-facts="1 2" id="char=1,3">b</span><span class="marked depth-1" data-facts="2">c</span>d</p>',
    ));
});
