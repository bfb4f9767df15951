import {
  coordinatesFromParameters,
  isListParameter,
  LIST_PARAMETER_PATTERNS,
  MAX_VALUE_LENGTH,
  parseDateText,
  parseInfoboxValue,
  linkTargets,
  readDateTemplate,
  valueLines,
} from '../../../src/extract/infobox/values';
import type { InfoboxItem } from '../../../src/extract/infobox/valueTypes';

const en = (wikitext: string, parameter = 'value') => parseInfoboxValue(wikitext, { lang: 'en', parameter });
const zh = (wikitext: string, parameter = 'value') => parseInfoboxValue(wikitext, { lang: 'zh', parameter });
const de = (wikitext: string, parameter = 'value') => parseInfoboxValue(wikitext, { lang: 'de', parameter });

const entity = (target: string, text = target): InfoboxItem => ({ value: { kind: 'entity', target, text } });
const lit = (literal: string, datatype: string, lang?: string): InfoboxItem => ({
  value: { kind: 'literal', value: lang === undefined ? { literal, datatype: datatype as never } : { literal, datatype: datatype as never, lang } },
});
const date = (literal: string) => lit(literal, literal.length === 4 ? 'gYear' : literal.length === 7 ? 'gYearMonth' : 'date');
const gYear = (y: string) => ({ literal: y, datatype: 'gYear' });
const day = (d: string) => ({ literal: d, datatype: 'date' });
const quantity = (amount: number, unit: string): InfoboxItem => ({ value: { kind: 'quantity', amount, unit } });
const file = (name: string): InfoboxItem => ({ value: { kind: 'file', name } });
const uri = (u: string) => lit(u, 'anyURI');

describe('markup that carries no value', () => {
  it('strips references, self-closing references and comments before reading', () => {
    expect(en('[[Springfield, Illinois|Springfield]]<ref name="a">Some [[source]], 2001.</ref><ref name="b" />')).toEqual([
      entity('Springfield, Illinois', 'Springfield'),
    ]);
    expect(en('1,234<!-- as of the census -->')).toEqual([lit('1234', 'integer')]);
  });
  it('gives nothing for a value that is only a comment, only a reference, or empty', () => {
    expect(en('<!-- leave blank -->')).toEqual([]);
    expect(en('<ref>[https://example.org source]</ref>')).toEqual([]);
    expect(en('')).toEqual([]);
    expect(en('   ')).toEqual([]);
  });
  it('drops an unclosed comment or reference to the end', () => {
    expect(en('[[Foo]] <!-- unterminated')).toEqual([entity('Foo')]);
    expect(en('[[Foo]]<ref>unterminated [[Bar]]')).toEqual([entity('Foo')]);
  });
  it('decodes HTML entities in text', () => {
    expect(en('Smith &amp; Sons&nbsp;Ltd')).toEqual([lit('Smith & Sons Ltd', 'langString', 'en')]);
    expect(en('&#65;&#x42;C')).toEqual([lit('ABC', 'langString', 'en')]);
  });
  it('removes bold and italic quotes and unknown templates from text', () => {
    expect(en("'''Bold''' and ''italic''{{citation needed|date=May 2020}}")).toEqual([lit('Bold and italic', 'langString', 'en')]);
  });
  it('keeps a text value in the language of the article', () => {
    expect(zh('中华人民共和国')).toEqual([lit('中华人民共和国', 'langString', 'zh')]);
  });
});

describe('lists', () => {
  it('splits at every form of <br>', () => {
    expect(en('[[A]]<br>[[B]]<br />[[C]]<br/>[[D]]<BR>[[E]]')).toEqual(['A', 'B', 'C', 'D', 'E'].map((t) => entity(t)));
  });
  it('splits bullet lines', () => {
    expect(en('* [[A]]\n* [[B]]\n** [[C]]')).toEqual([entity('A'), entity('B'), entity('C')]);
  });
  it('reads {{plainlist}}, {{Plainlist}} … {{endplainlist}}, {{ubl}}, {{unbulleted list}}, {{hlist}}, {{flatlist}}', () => {
    expect(en('{{plainlist|\n* [[A]]\n* [[B]]\n}}')).toEqual([entity('A'), entity('B')]);
    expect(en('{{Plainlist}}\n* [[A]]\n* [[B]]\n{{Endplainlist}}')).toEqual([entity('A'), entity('B')]);
    expect(en('{{ubl|[[A]]|[[B]]|Plain text}}')).toEqual([entity('A'), entity('B'), lit('Plain text', 'langString', 'en')]);
    expect(en('{{unbulleted list|[[A]]|[[B]]}}')).toEqual([entity('A'), entity('B')]);
    expect(en('{{hlist|[[A]]|[[B]]}}')).toEqual([entity('A'), entity('B')]);
    expect(en('{{flatlist|\n* [[A]]\n* [[B]]}}')).toEqual([entity('A'), entity('B')]);
    expect(en('{{collapsible list|title=People|[[A]]|[[B]]}}')).toEqual([entity('A'), entity('B')]);
  });
  it('splits at commas, 、 and ； only in list-like parameters', () => {
    expect(en('Lawyer, politician', 'occupations')).toEqual([lit('Lawyer', 'langString', 'en'), lit('politician', 'langString', 'en')]);
    expect(en('Lawyer, politician', 'occupation')).toEqual([lit('Lawyer, politician', 'langString', 'en')]);
    expect(zh('美国、英国；法国', '簽署方')).toEqual(['美国', '英国', '法国'].map((t) => lit(t, 'langString', 'zh')));
    expect(zh('美国、英国', '地點')).toEqual([lit('美国、英国', 'langString', 'zh')]);
    expect(en('[[A]], [[B]]', 'spouse')).toEqual([entity('A'), entity('B')]);
    expect(en('[[A]], [[B]]', 'participants')).toEqual([entity('A'), entity('B')]);
  });
  it('does not split a list-like value inside links, templates, parentheses, figures or a month-day-year date', () => {
    expect(en('[[Washington, D.C.]], [[Paris]]', 'locations')).toEqual([entity('Washington, D.C.'), entity('Paris')]);
    expect(en('[[A]] (m. 1842, div. 1850), [[B]]', 'spouses')).toEqual([
      { ...entity('A'), start: gYear('1842'), end: gYear('1850') },
      entity('B'),
    ]);
    expect(en('1,234,567', 'members')).toEqual([lit('1234567', 'integer')]);
    expect(en('February 12, 1809', 'dates')).toEqual([date('1809-02-12')]);
  });
  it('keeps the list-like parameter names as data', () => {
    expect(LIST_PARAMETER_PATTERNS.every((p) => p instanceof RegExp)).toBe(true);
    expect(isListParameter('signatories')).toBe(true);
    expect(isListParameter('Signatories_2')).toBe(true);
    expect(isListParameter('參與者')).toBe(true);
    expect(isListParameter('status')).toBe(false);
    expect(isListParameter('address')).toBe(false);
    expect(isListParameter('headquarters')).toBe(false);
    expect(isListParameter('name')).toBe(false);
  });
});

describe('links', () => {
  it('reads a link as an entity with its target and text', () => {
    expect(en('[[Abraham Lincoln|Lincoln]]')).toEqual([entity('Abraham Lincoln', 'Lincoln')]);
  });
  it('normalises the target: first letter (Latin-script wikis), underscores, #fragment', () => {
    expect(en('[[abraham_lincoln#Early life|Lincoln]]')).toEqual([entity('Abraham lincoln', 'Lincoln')]);
    expect(zh('[[iPhone]]')).toEqual([entity('iPhone')]);
  });
  it('gives every link of one item its own item, in order', () => {
    expect(zh('[[新加坡]][[某岛]][[某酒店]]')).toEqual([entity('新加坡'), entity('某岛'), entity('某酒店')]);
    expect(en('[[Hodgenville, Kentucky|Sinking Spring Farm]], Kentucky, U.S.')).toEqual([entity('Hodgenville, Kentucky', 'Sinking Spring Farm')]);
  });
  it('drops category and interwiki links', () => {
    expect(en('[[Category:People]][[en:Foo]]')).toEqual([]);
    expect(en('[[Foo]][[Category:People]][[de:Foo]]')).toEqual([entity('Foo')]);
  });
  it('reads the pipe trick and a link trail', () => {
    expect(en('[[Paris (France)|]]')).toEqual([entity('Paris (France)', 'Paris')]);
    expect(en('[[bus]]es')).toEqual([entity('Bus', 'buses')]);
  });
  it('reads a link whose target is in a file namespace as a file', () => {
    expect(en('[[File:Abraham_Lincoln O-77.jpg|thumb|Portrait]]', 'caption')).toEqual([file('Abraham Lincoln O-77.jpg')]);
    expect(zh('[[文件:地图.png|200px]]', 'map')).toEqual([file('地图.png')]);
    expect(de('[[Datei:Karte.svg]]', 'karte')).toEqual([file('Karte.svg')]);
  });
  it('keeps a flag icon file out of a non-image parameter that also links its country', () => {
    expect(en('[[File:Flag of France.svg|20px]] [[France]]', 'country')).toEqual([entity('France')]);
  });
  it('keeps the text of an unclosed [[ and does not throw', () => {
    expect(en('[[Unclosed link')).toEqual([lit('Unclosed link', 'langString', 'en')]);
    expect(en('[[A]] and [[B')).toEqual([entity('A')]);
  });
  it('reads {{flag|Country}} as a link to the country', () => {
    expect(en('{{flag|France}}')).toEqual([entity('France')]);
  });
  it('reads {{flag}} in a Chinese article only when it names the state in Chinese, not by an English code', () => {
    expect(zh('{{flag|中華民國}}')).toEqual([entity('中華民國')]);
    expect(zh('{{Flag|Empire of Japan}}')).toEqual([]);
  });
});

describe('dates', () => {
  it('reads birth, death, start and end date templates, ignoring df= and mf=', () => {
    expect(en('{{birth date|1809|2|12}}')).toEqual([date('1809-02-12')]);
    expect(en('{{Birth date and age|df=yes|1809|2|12}}')).toEqual([date('1809-02-12')]);
    expect(en('{{death date and age|1865|4|15|1809|2|12}}')).toEqual([date('1865-04-15')]);
    expect(en('{{Start date|2031|6|12}}')).toEqual([date('2031-06-12')]);
    expect(en('{{start date and age|2031|6|mf=y}}')).toEqual([date('2031-06')]);
    expect(en('{{end date|1865}}')).toEqual([date('1865')]);
    expect(en('{{dts|1809|February|12}}')).toEqual([date('1809-02-12')]);
    expect(en('{{dts|12 February 1809}}')).toEqual([date('1809-02-12')]);
    expect(en('{{death year and age|1865|1809}}')).toEqual([date('1865')]);
  });
  it('reads zhwiki\'s {{bd}}, each date in two arguments, as the birth date', () => {
    expect(zh('{{bd|1950年|3月4日|||catIdx=W王}}')).toEqual([date('1950-03-04')]);
    expect(zh('{{bd|1920年|1月2日|1990年|7月8日}}')).toEqual([date('1920-01-02')]);
  });
  it('reads a date template set apart by a comma from a place as two items', () => {
    expect(zh('{{Start date|1990|5|6}}，[[甲省]][[乙市]]', 'foundation')).toEqual([date('1990-05-06'), entity('甲省'), entity('乙市')]);
  });
  it('reads a date template wrapped in {{nowrap}} or with an unknown template beside it', () => {
    expect(en('{{nowrap|{{birth date|1809|2|12}}}}')).toEqual([date('1809-02-12')]);
    expect(en('{{birth date|1809|2|12}} {{sfn|Smith|2001}}')).toEqual([date('1809-02-12')]);
  });
  it('rejects an impossible date in a template', () => {
    expect(en('{{birth date|1809|2|30}}')).toEqual([]);
  });
  it('reads plain English dates in all common orders', () => {
    expect(en('February 12, 1809')).toEqual([date('1809-02-12')]);
    expect(en('12 February 1809')).toEqual([date('1809-02-12')]);
    expect(en('Feb. 12, 1809')).toEqual([date('1809-02-12')]);
    expect(en('1809-02-12')).toEqual([date('1809-02-12')]);
    expect(en('February 1809')).toEqual([date('1809-02')]);
    expect(en('1809')).toEqual([date('1809')]);
    expect(en('February 12, 1809 (aged 56)')).toEqual([date('1809-02-12')]);
  });
  it('reads Chinese dates', () => {
    expect(zh('2015年9月30日')).toEqual([date('2015-09-30')]);
    expect(zh('2015年9月')).toEqual([date('2015-09')]);
    expect(zh('2015年')).toEqual([date('2015')]);
  });
  it('reads German, French, Spanish, Italian and Portuguese dates', () => {
    expect(de('12. Februar 1809')).toEqual([date('1809-02-12')]);
    expect(parseInfoboxValue('12 février 1809', { lang: 'fr', parameter: 'naissance' })).toEqual([date('1809-02-12')]);
    expect(parseInfoboxValue('1er mars 1809', { lang: 'fr', parameter: 'naissance' })).toEqual([date('1809-03-01')]);
    expect(parseInfoboxValue('12 de febrero de 1809', { lang: 'es', parameter: 'fecha' })).toEqual([date('1809-02-12')]);
    expect(parseInfoboxValue('12 febbraio 1809', { lang: 'it', parameter: 'data' })).toEqual([date('1809-02-12')]);
    expect(parseInfoboxValue('12 de fevereiro de 1809', { lang: 'pt', parameter: 'data' })).toEqual([date('1809-02-12')]);
  });
  it('reads old-style linked dates as one date, not two links', () => {
    expect(en('[[February 12]], [[1809]]')).toEqual([date('1809-02-12')]);
  });
  it('prefers the link when a linked year names something else', () => {
    expect(en('[[2008 Summer Olympics|2008]]')).toEqual([entity('2008 Summer Olympics', '2008')]);
  });
  it('exports the text date parser; a month name that is no month gives nothing', () => {
    expect(parseDateText('Smarch 12, 1809')).toBeUndefined();
    expect(parseDateText('1809', false)).toBeUndefined();
  });
});

describe('a value line by line, for readers of what stands next to what', () => {
  it('gives each line\'s links and text in order, templates and references dropped', () => {
    expect(valueLines('{{Flagicon|ROC}}[[甲會|甲]]第5任[[甲會董事長|董事長]]<ref>x</ref><br>（2012年－2016年）', 'zh')).toEqual([
      [{ kind: 'link', target: '甲會', text: '甲' }, { kind: 'text', text: '第5任' }, { kind: 'link', target: '甲會董事長', text: '董事長' }],
      [{ kind: 'text', text: '（2012年－2016年）' }],
    ]);
  });
  it('reads a party\'s or a state\'s template as its link only when told which', () => {
    const links = new Map([['prc', '某國']]);
    expect(valueLines('{{PRC}}[[甲省]]', 'zh', links)[0].map((s) => s.kind === 'link' && s.target)).toEqual(['某國', '甲省']);
    expect(valueLines('{{PRC}}[[甲省]]', 'zh')[0].map((s) => s.kind === 'link' && s.target)).toEqual(['甲省']);
  });
  it('finds every link target, inside templates too', () => {
    expect([...linkTargets('{{marriage|[[Mary Todd Lincoln|Mary Todd]]|1842}} and [[springfield]]', 'en')]).toEqual(['Mary Todd Lincoln', 'Springfield']);
  });
});

describe('date template calls of the parse stage', () => {
  const call = (name: string, ...args: string[]) => ({
    canonicalName: name,
    args: args.map((a, i) => (/^[a-zA-Z]+=/.test(a) ? { name: a.split('=')[0], value: a.split('=')[1], positional: false } : { name: String(i + 1), value: a, positional: true })),
  });
  const read = (c: ReturnType<typeof call>) => readDateTemplate(c).map((d) => `${d.kind} ${d.value.literal}`);
  it('reads each date with its kind, the template\'s own date first', () => {
    expect(read(call('Birth date and age', '1941', '10', '21'))).toEqual(['birth 1941-10-21']);
    expect(read(call('Death date and age', '1986', '7', '13', '1911', '12', '13'))).toEqual(['death 1986-07-13', 'birth 1911-12-13']);
    expect(read(call('Bd', '1952年', '6月7日', '2002年', '4月22日', 'catIdx=W王'))).toEqual(['birth 1952-06-07', 'death 2002-04-22']);
    expect(read(call('Start date', '1996', '3', '11'))).toEqual(['start 1996-03-11']);
    expect(read(call('Start date and age', '1957', '08', '09', 'df=yes'))).toEqual(['start 1957-08-09']);
    expect(read(call('End date', '1944', '10', '25'))).toEqual(['end 1944-10-25']);
    expect(read(call('Dts', '1948', 'May', '26'))).toEqual(['plain 1948-05-26']);
    expect(read(call('Death year and age', '1865', '1809'))).toEqual(['death 1865', 'birth 1809']);
  });
  it('gives nothing for another template or arguments that are no date', () => {
    expect(read(call('Cite web', '1995'))).toEqual([]);
    expect(read(call('Birth date', 'unknown'))).toEqual([]);
    expect(read(call('Birth date', '1809', '2', '30'))).toEqual([]);
  });
});

describe('marriage', () => {
  it('reads a linked spouse with start and end', () => {
    expect(en('{{marriage|[[Mary Todd Lincoln]]|1842|11|4|1865|4|15|end=died}}', 'spouse')).toEqual([
      { ...entity('Mary Todd Lincoln'), start: day('1842-11-04'), end: day('1865-04-15') },
    ]);
  });
  it('reads an unlinked spouse as text with a start year', () => {
    expect(en('{{marriage|Jane Doe|1842}}', 'spouse')).toEqual([{ ...lit('Jane Doe', 'langString', 'en'), start: gYear('1842') }]);
  });
  it('reads dates written as text inside the template', () => {
    expect(en('{{marriage|[[Jane Doe]]|November 4, 1842|April 15, 1865}}', 'spouse')).toEqual([
      { ...entity('Jane Doe'), start: day('1842-11-04'), end: day('1865-04-15') },
    ]);
  });
  it('reads two years as start and end', () => {
    expect(en('{{marriage|Jane Doe|1842|1850|end=div}}', 'spouse')).toEqual([
      { ...lit('Jane Doe', 'langString', 'en'), start: gYear('1842'), end: gYear('1850') },
    ]);
  });
});

describe('periods after an item', () => {
  it('reads <small>(1854–1865)</small> as start and end years', () => {
    expect(en('[[Whig Party (United States)|Whig]] <small>(1834–1854)</small><br />[[Republican Party (United States)|Republican]] <small>(1854–1865)</small>', 'party')).toEqual([
      { ...entity('Whig Party (United States)', 'Whig'), start: gYear('1834'), end: gYear('1854') },
      { ...entity('Republican Party (United States)', 'Republican'), start: gYear('1854'), end: gYear('1865') },
    ]);
  });
  it('reads &nbsp;(1903–1919), a hyphen, a present end and a two-digit end year', () => {
    expect(en('[[A]]&nbsp;(1903–1919)')).toEqual([{ ...entity('A'), start: gYear('1903'), end: gYear('1919') }]);
    expect(en('[[A]] (1903-1919)')).toEqual([{ ...entity('A'), start: gYear('1903'), end: gYear('1919') }]);
    expect(en('[[A]] (1903–present)')).toEqual([{ ...entity('A'), start: gYear('1903') }]);
    expect(en('[[A]] (1861–65)')).toEqual([{ ...entity('A'), start: gYear('1861'), end: gYear('1865') }]);
    expect(zh('[[甲]]（1903年－1919年）')).toEqual([{ ...entity('甲'), start: gYear('1903'), end: gYear('1919') }]);
    expect(zh('[[甲]]（1903年至今）')).toEqual([{ ...entity('甲'), start: gYear('1903') }]);
  });
  it('reads full dates in a period and {{small}} around it', () => {
    expect(en('[[A]] {{small|(March 4, 1861 – April 15, 1865)}}')).toEqual([
      { ...entity('A'), start: day('1861-03-04'), end: day('1865-04-15') },
    ]);
  });
  it('reads (m. 1842) as a start', () => {
    expect(en('[[Jane Doe]] (m. 1842)', 'spouse')).toEqual([{ ...entity('Jane Doe'), start: gYear('1842') }]);
  });
  it('leaves a parenthesis that is no period as part of the text', () => {
    expect(en('Foo (band)')).toEqual([lit('Foo (band)', 'langString', 'en')]);
    expect(en('[[A]] (1919–1903)')).toEqual([entity('A')]);
  });
  it('reads a line that is only a period as the period of the line before', () => {
    expect(zh('*[[甲部]]副部長<br>（1995年－1998年）\n*[[乙會]]委員<br>（2008年至今）', 'past')).toEqual([
      { ...entity('甲部'), start: gYear('1995'), end: gYear('1998') },
      { ...entity('乙會'), start: gYear('2008') },
    ]);
    expect(zh('[[甲]]<br>（1986年）', 'educate')[0]).toEqual(entity('甲'));
  });
  it('reads a hyphen between two Chinese dates as a range', () => {
    expect(zh('1900年5月8日-1940年12月9日')).toEqual([{ ...lit('1900年5月8日-1940年12月9日', 'langString', 'zh'), start: day('1900-05-08'), end: day('1940-12-09') }]);
    expect(zh('[[甲]]（1998年-2008年3月9日）')).toEqual([{ ...entity('甲'), start: gYear('1998'), end: day('2008-03-09') }]);
  });
  it('reads an item that is only a range as text with its period', () => {
    expect(en('1854–1865', 'years_active')).toEqual([{ ...lit('1854–1865', 'langString', 'en'), start: gYear('1854'), end: gYear('1865') }]);
  });
});

describe('wrappers and languages', () => {
  it('unwraps {{nowrap}} and {{nobr}}', () => {
    expect(en('{{nowrap|[[A]] (1854–1865)}}')).toEqual([{ ...entity('A'), start: gYear('1854'), end: gYear('1865') }]);
    expect(en('{{nobr|Some text}}')).toEqual([lit('Some text', 'langString', 'en')]);
  });
  it('reads {{lang|xx|text}} and {{lang-xx|text}} as text in that language', () => {
    expect(zh('{{lang|en|Liaison Office}}')).toEqual([lit('Liaison Office', 'langString', 'en')]);
    expect(en('{{lang-fr|Bureau de liaison}}')).toEqual([lit('Bureau de liaison', 'langString', 'fr')]);
    expect(en('{{lang|zh-Hant|聯絡辦公室}}')).toEqual([lit('聯絡辦公室', 'langString', 'zh-Hant')]);
  });
  it('keeps a link inside {{lang}} a link', () => {
    expect(en('{{lang|fr|[[Paris]]}}')).toEqual([entity('Paris')]);
  });
});

describe('numbers and quantities', () => {
  it('reads {{convert}} as a quantity in the unit the template names', () => {
    expect(en('{{convert|652230|km2|sqmi|abbr=on}}')).toEqual([quantity(652230, 'km2')]);
    expect(en('{{convert|1.5|m}}')).toEqual([quantity(1.5, 'm')]);
    expect(en('{{convert|1,234|ft|m}}')).toEqual([quantity(1234, 'ft')]);
    expect(en('{{convert|10|to|20|km}}')).toEqual([quantity(10, 'km')]);
  });
  it('reads grouped figures in every style', () => {
    expect(en('1,234,567', 'population')).toEqual([lit('1234567', 'integer')]);
    expect(en('1 234 567', 'population')).toEqual([lit('1234567', 'integer')]);
    expect(en('1\u00A0234\u00A0567', 'population')).toEqual([lit('1234567', 'integer')]);
    expect(en('1\u202F234\u202F567', 'population')).toEqual([lit('1234567', 'integer')]);
    expect(de('1.234.567', 'einwohner')).toEqual([lit('1234567', 'integer')]);
    expect(de('1,5', 'fläche')).toEqual([lit('1.5', 'decimal')]);
    expect(parseInfoboxValue('3.645', { lang: 'es', parameter: 'población' })).toEqual([lit('3645', 'integer')]);
    expect(en('3.14')).toEqual([lit('3.14', 'decimal')]);
  });
  it('does not read an English decimal comma or a leading-zero code as a figure', () => {
    expect(en('1,5')).toEqual([lit('1,5', 'langString', 'en')]);
    expect(en('01234', 'postal_code')).toEqual([lit('01234', 'langString', 'en')]);
  });
  it('reads {{formatnum:…}}', () => {
    expect(en('{{formatnum:1234567}}')).toEqual([lit('1234567', 'integer')]);
    expect(de('{{formatnum:1234.5}}')).toEqual([lit('1234.5', 'decimal')]);
  });
  it('reads scale words without floating-point error', () => {
    expect(en('1.2 million')).toEqual([lit('1200000', 'integer')]);
    expect(en('1.1 million')).toEqual([lit('1100000', 'integer')]);
    expect(en('1.2 billion')).toEqual([lit('1200000000', 'integer')]);
    expect(zh('3,645萬')).toEqual([lit('36450000', 'integer')]);
    expect(zh('1.2亿')).toEqual([lit('120000000', 'integer')]);
  });
  it('reads a figure with a unit or currency as a quantity', () => {
    expect(zh('3645万人', '人口')).toEqual([quantity(36450000, '人')]);
    expect(en('652,230 km²', 'area')).toEqual([quantity(652230, 'km²')]);
    expect(en('652,230 km<sup>2</sup>', 'area')).toEqual([quantity(652230, 'km2')]);
    expect(en('251,830 sq mi', 'area')).toEqual([quantity(251830, 'sq mi')]);
    expect(en('1,500 m', 'elevation')).toEqual([quantity(1500, 'm')]);
    expect(en('25 ha', 'area')).toEqual([quantity(25, 'ha')]);
    expect(zh('1,234平方公里', '面积')).toEqual([quantity(1234, '平方公里')]);
    expect(en('1.5 billion USD', 'revenue')).toEqual([quantity(1500000000, 'USD')]);
    expect(en('$1.2 billion', 'revenue')).toEqual([quantity(1200000000, '$')]);
    expect(de('1,5 Mio. €', 'umsatz')).toEqual([quantity(1500000, '€')]);
  });
  it('keeps only the figure of a population followed by its year', () => {
    expect(en('8,336,817 (2020)', 'population_total')).toEqual([lit('8336817', 'integer')]);
    expect(en('8,336,817 (2020 census)', 'population_total')).toEqual([lit('8336817', 'integer')]);
    expect(zh('2,300万（2020年）', '人口')).toEqual([lit('23000000', 'integer')]);
  });
  it('reads a four-digit number in a numeric parameter as a count, elsewhere as a year', () => {
    expect(en('1809', 'population_total')).toEqual([lit('1809', 'integer')]);
    expect(en('1809', 'established')).toEqual([date('1809')]);
  });
  it('reads a negative figure', () => {
    expect(en('−28 m', 'elevation_m')).toEqual([quantity(-28, 'm')]);
    expect(en('-5', 'elevation_m')).toEqual([lit('-5', 'integer')]);
  });
  it('keeps text that only starts with a number as text', () => {
    expect(en('12 Angry Men')).toEqual([lit('12 Angry Men', 'langString', 'en')]);
  });
});

describe('coordinates', () => {
  const coords = (items: InfoboxItem[]) =>
    items.map((i) => (i.value.kind === 'coordinates' ? [Number(i.value.lat.toFixed(4)), Number(i.value.lon.toFixed(4))] : i.value.kind));
  it('reads {{coord}} in degrees-minutes, degrees-minutes-seconds and decimal form', () => {
    expect(coords(en('{{coord|52|31|N|13|24|E|type:city|display=inline,title}}', 'coordinates'))).toEqual([[52.5167, 13.4]]);
    expect(coords(en('{{coord|52|31|12|N|13|24|36|E}}', 'coordinates'))).toEqual([[52.52, 13.41]]);
    expect(coords(en('{{coord|52.52|13.405|display=title}}', 'coordinates'))).toEqual([[52.52, 13.405]]);
  });
  it('reads south, west and negative coordinates', () => {
    expect(coords(en('{{coord|33|52|S|151|13|E}}'))).toEqual([[-33.8667, 151.2167]]);
    expect(coords(en('{{Coord|40|42|46|N|74|0|22|W}}'))).toEqual([[40.7128, -74.0061]]);
    expect(coords(en('{{coord|-33.8688|-70.6693}}'))).toEqual([[-33.8688, -70.6693]]);
  });
  it('rejects coordinates out of range and incomplete ones', () => {
    expect(en('{{coord|95|0|N|13|0|E}}')).toEqual([]);
    expect(en('{{coord|52|61|N|13|0|E}}')).toEqual([]);
    expect(en('{{coord|52|31|N}}')).toEqual([]);
  });
  it('reads the separate coordinate parameters of infoboxes', () => {
    expect(coordinatesFromParameters({ latd: '52', latm: '31', latNS: 'N', longd: '13', longm: '24', longEW: 'E' })).toEqual({ lat: 52.516667, lon: 13.4 });
    expect(coordinatesFromParameters({ lat_deg: '33', lat_min: '52', lat_dir: 'S', lon_deg: '151', lon_min: '13', lon_dir: 'E' })).toEqual({ lat: -33.866667, lon: 151.216667 });
    expect(coordinatesFromParameters({ lat_d: '40', lat_m: '42', lat_s: '46', lat_NS: 'N', long_d: '74', long_m: '0', long_s: '22', long_EW: 'W' })).toEqual({ lat: 40.712778, lon: -74.006111 });
    expect(coordinatesFromParameters({ latitude: '52.52', longitude: '13.405' })).toEqual({ lat: 52.52, lon: 13.405 });
    expect(coordinatesFromParameters({ latitude: '52°31′N', longitude: '13°24′E' })).toEqual({ lat: 52.516667, lon: 13.4 });
    expect(coordinatesFromParameters({ coordinates: '{{coord|52.52|13.405}}<ref>x</ref>' })).toEqual({ lat: 52.52, lon: 13.405 });
  });
  it('gives nothing for separate parameters that are missing, empty, commented out or out of range', () => {
    expect(coordinatesFromParameters({ latd: '52' })).toBeUndefined();
    expect(coordinatesFromParameters({ latd: '<!-- -->', longd: '13' })).toBeUndefined();
    expect(coordinatesFromParameters({ latd: '100', longd: '13' })).toBeUndefined();
    expect(coordinatesFromParameters({ latd: '52', latNS: 'E', longd: '13' })).toBeUndefined();
    expect(coordinatesFromParameters({})).toBeUndefined();
  });
});

describe('URLs', () => {
  it('reads external links, bare URLs and the URL templates as anyURI', () => {
    expect(en('[https://example.org Official site]', 'website')).toEqual([uri('https://example.org')]);
    expect(en('[https://example.org Official site]')).toEqual([uri('https://example.org')]);
    expect(en('https://example.org/path?a=1&amp;b=2')).toEqual([uri('https://example.org/path?a=1&b=2')]);
    expect(en('{{URL|example.org}}', 'website')).toEqual([uri('http://example.org')]);
    expect(en('{{URL|https://example.org/?a=b|Example}}')).toEqual([uri('https://example.org/?a=b')]);
    expect(en('{{official website|https://www.example.gov}}', 'website')).toEqual([uri('https://www.example.gov')]);
    expect(en('www.example.org', 'website')).toEqual([uri('http://www.example.org')]);
  });
  it('does not read a bare domain as a URL outside web-address parameters', () => {
    expect(en('example.org', 'name')).toEqual([lit('example.org', 'langString', 'en')]);
  });
});

describe('files in image parameters', () => {
  it('reads a bare file name as a file', () => {
    expect(en('Abraham Lincoln O-77 matte collodion print.jpg', 'image')).toEqual([file('Abraham Lincoln O-77 matte collodion print.jpg')]);
    expect(en('seal_of_x.svg', 'seal')).toEqual([file('Seal of x.svg')]);
    expect(en('Flag.gif', 'flag')).toEqual([file('Flag.gif')]);
    expect(en('Map.jpeg', 'image_map')).toEqual([file('Map.jpeg')]);
    expect(en('Scan.tif', 'image_name')).toEqual([file('Scan.tif')]);
    expect(zh('北京.png', '圖像')).toEqual([file('北京.png')]);
    expect(zh('File:北京.png', '图像')).toEqual([file('北京.png')]);
  });
  it('reads [[File:…|thumb|…]] with a caption that links elsewhere as one file', () => {
    expect(en('[[File:Foo.jpg|thumb|A [[caption]] here]]', 'image')).toEqual([file('Foo.jpg')]);
  });
  it('does not read a file name outside image parameters as a file', () => {
    expect(en('Foo.jpg', 'name')).toEqual([lit('Foo.jpg', 'langString', 'en')]);
  });
});

describe('odd input', () => {
  it('survives nested templates', () => {
    expect(en('{{nowrap|{{lang|fr|{{small|Texte}}}}}}')).toEqual([lit('Texte', 'langString', 'fr')]);
    expect(en('{{ubl|{{nowrap|[[A]]}}|{{hlist|[[B]]|[[C]]}}}}')).toEqual([entity('A'), entity('B'), entity('C')]);
  });
  it('survives garbage braces', () => {
    expect(en('{{{{')).toEqual([]);
    expect(en('}}}}')).toEqual([]);
    expect(en('[[A]] {{{{')).toEqual([entity('A')]);
    expect(en('{{{param|default}}}')).toEqual([]);
    expect(en('{{birth date|1809')).toEqual([]);
  });
  it('reads shallow nesting and gives nothing past the depth limit', () => {
    const deep = '{{nowrap|'.repeat(200) + '[[A]]' + '}}'.repeat(200);
    expect(en(deep)).toEqual([]);
    expect(en('{{nowrap|'.repeat(5) + '[[A]]' + '}}'.repeat(5))).toEqual([entity('A')]);
  });
  it('caps very long input', () => {
    const long = '[[A]]<br>'.repeat(5000);
    const items = en(long);
    // 20,000 characters hold 2,222 whole `[[A]]<br>` pieces; the cut `[[` at the end is no link.
    expect(MAX_VALUE_LENGTH).toBe(20000);
    expect(items).toHaveLength(2222);
    expect(items[2221]).toEqual(entity('A'));
  });
  it('reads long text without structure (unclosed brackets, one long name) as nothing, or as one item', () => {
    expect(en('('.repeat(30000))).toEqual([]);
    expect(en('a '.repeat(15000), 'names')).toHaveLength(1);
  });
  it('never throws on input of the wrong type', () => {
    expect(parseInfoboxValue(undefined as unknown as string, { lang: 'en', parameter: 'x' })).toEqual([]);
    expect(coordinatesFromParameters(null as unknown as Record<string, string>)).toBeUndefined();
  });
  it('does not take prototype names for templates or entities', () => {
    expect(en('{{constructor}}Text &valueOf; here')).toEqual([lit('Text &valueOf; here', 'langString', 'en')]);
  });
  it('drops values of only punctuation', () => {
    expect(en('—')).toEqual([]);
    expect(en('?')).toEqual([]);
  });
});
