import { codePointSlice } from '../../src/parse/offsets';
import { parse, sentencesOf } from './helpers';

describe('plain text', () => {
  it('keeps link display text', () => {
    expect(sentencesOf('[[甲|乙]]和[[丙]]。')).toEqual(['乙和丙。']);
  });

  it('removes bold and italic quote marks', () => {
    expect(sentencesOf("'''甲'''和''乙''。")).toEqual(['甲和乙。']);
  });

  it('removes refs, comments and templates outside the inline lexicon', () => {
    expect(sentencesOf('甲<!-- 註 -->乙{{citation needed}}<ref>x</ref>丙。')).toEqual(['甲乙丙。']);
  });

  it('keeps the positional arguments of inline templates, joined by the lexicon separator', () => {
    expect(sentencesOf('甲（{{kor|한국|韓國}}）。')).toEqual(['甲（한국，韓國）。']);
    expect(sentencesOf('It is {{lang|fr|bon}}.', 'en')).toEqual(['It is bon.']);
  });

  it('shows every {{lang-xx}} and {{link-xx}} of the families: a link template its third argument when given, as a link to its first', () => {
    expect(sentencesOf('甲{{lang-grc|λόγος}}乙{{link-ja|丙|Hei}}丁{{Link-en|戊|Bo|己}}。')).toEqual(['甲λόγος乙丙丁己。']);
    const links = parse('甲{{Link-en|戊 庚|Bo|己}}和{{link-de|辛|Xin}}。').sentences[0].mentions.filter((m) => m.kind === 'link');
    expect(links.map((m) => [m.text, m.target])).toEqual([['己', '戊 庚'], ['辛', '辛']]);
  });

  it('shows the date of a date template as a Chinese wiki writes it, each character standing for the call', () => {
    expect(sentencesOf('甲會於{{Start date|1995|2|10}}成立，王某（{{bd|1901年|4月3日|1970年|8月9日}}）。')).toEqual(['甲會於1995年2月10日成立，王某（1901年4月3日－1970年8月9日）。']);
    const sentence = parse('甲（{{birth date and age|1950|1|2}}）。').sentences[0];
    expect(sentence.text).toBe('甲（1950年1月2日）。');
    expect([sentence.plainToSource[2], sentence.plainToSource[10]]).toEqual([2, 32]); // `{{` … the closing `}`
    // Other wikis write dates their own way: not shown (yet).
    expect(sentencesOf('Born {{birth date|1950|1|2}}.', 'en')).toEqual(['Born .']);
  });

  it('shows -{…}- text but not hidden conversion rules', () => {
    expect(sentencesOf('甲-{乙}-丙-{H|zh-hans:丁;zh-hant:戊}-。')).toEqual(['甲乙丙。']);
  });

  it('maps every plain character to its code point in the source, astral characters included', () => {
    const text = "𠀀是'''😀'''和[[𠀁|𠀂x]]。";
    const sentence = parse(text).sentences[0];
    expect(sentence.text).toBe('𠀀是😀和𠀂x。');
    for (let i = 0; i < sentence.text.length; i++) {
      const cp = sentence.plainToSource[i];
      expect(codePointSlice(text, cp, cp + 1)).toBe(String.fromCodePoint(sentence.text.codePointAt(i - (isLow(sentence.text, i) ? 1 : 0))!));
    }
    expect(sentence.plainToSource[0]).toBe(0);
    expect(sentence.plainToSource[1]).toBe(0);
    expect(sentence.plainToSource[2]).toBe(1);
    expect(sentence.plainToSource[sentence.text.length]).toBe([...text].length);
  });

  it('gives mention spans in code points and plain ranges in UTF-16', () => {
    const article = parse("𠀀'''😀'''。");
    const bold = article.sentences[0].mentions[0];
    expect(bold).toMatchObject({ kind: 'bold', text: '😀', plainStart: 2, plainEnd: 4, start: 1, end: 8 });
    expect(article.length).toBe(9);
  });
});

function isLow(text: string, i: number): boolean {
  const unit = text.charCodeAt(i);
  return unit >= 0xdc00 && unit <= 0xdfff;
}
