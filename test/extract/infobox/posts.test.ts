import { mergePeriodLines, readPost, splitPostName } from '../../../src/extract/infobox/posts';
import { valueLines } from '../../../src/extract/infobox/values';

/** The post one line of wikitext names, as `title | body (relation) | page | start–end`. */
const post = (wikitext: string, lang = 'zh') => {
  const p = readPost(mergePeriodLines(valueLines(wikitext, lang))[0] ?? [], lang);
  return p && [p.title, p.body ? `${p.body.key} (${p.body.relation})` : '-', p.page ?? '-', `${p.start?.literal ?? ''}–${p.end?.literal ?? ''}`].join(' | ');
};

describe('posts written in infoboxes', () => {
  it('reads a body\'s link and the title after it', () => {
    expect(post('{{PRC}}[[全国人民代表大会常务委员会|全国人民代表大会常务委员会]]委员')).toBe('委员 | page:全国人民代表大会常务委员会 (ofOrganization) | - | –');
    expect(post('{{CPC/logo}}[[中央外事工作委员会办公室]]主任<br /><small>（2018年3月前为中央外事工作领导小组）</small>')).toBe('主任 | page:中央外事工作委员会办公室 (ofOrganization) | - | –');
  });
  it('reads a post\'s own page after an ordinal, its body from the link before it or from its name', () => {
    expect(post('{{Flagicon|ROC}}[[財團法人海峽交流基金會]]第5任[[海峽交流基金會董事長|董事長]]')).toBe('董事長 | page:財團法人海峽交流基金會 (ofOrganization) | 海峽交流基金會董事長 | –');
    expect(post('{{ROC}}第29任[[行政院秘書長|行政院秘書長]]')).toBe('秘書長 | name:行政院 (ofOrganization) | 行政院秘書長 | –');
    expect(post('[[全国人民代表大会常务委员会副委员长|第一副委员长]]')).toBe('第一副委员长 | name:全国人民代表大会常务委员会 (ofOrganization) | 全国人民代表大会常务委员会副委员长 | –');
    expect(post('{{flagicon|CHN}} [[中华人民共和国]][[国务委员]]')).toBe('国务委员 | page:中华人民共和国 (jurisdiction) | 国务委员 | –');
  });
  it('reads a link to the body whose text ends in the title', () => {
    expect(post('第9任[[中华人民共和国|中华人民共和国]][[中华人民共和国外交部|外交部部长]]')).toBe('部长 | page:中华人民共和国外交部 (ofOrganization) | - | –');
  });
  it('reads a post written without links as a body\'s name and a title, with the period after it or on the next line', () => {
    expect(post('*行政院秘書長<br><span style="color: blue;">（2009年9月10日-2012年2月5日）</span>')).toBe('秘書長 | name:行政院 (ofOrganization) | - | 2009-09-10–2012-02-05');
    expect(post('高雄市副市長（1995年-1998年）')).toBe('副市長 | name:高雄市 (jurisdiction) | - | 1995–1998');
  });
  it('gives nothing for words between links or a post whose body cannot be told', () => {
    expect(post('[[中华人民共和国]]驻[[美国]][[中国驻美国大使列表|特命全权大使]]')).toBeUndefined();
    expect(post('內政部技士、技正')).toBeUndefined();
    expect(post('中国共产党第十七、十八、十九届中央委员会委员（2007年10月—）')).toBeUndefined();
    expect(post('第29任行政院秘書長')).toBe('秘書長 | name:行政院 (ofOrganization) | - | –');
    expect(post('[[中国驻美国大使列表|特命全权大使]]')).toBeUndefined();
  });
  it('reads posts of a Latin-script wiki: the post\'s page, the body\'s link with the post in words, or a post by its name', () => {
    expect(post('[[President of the United States|16th President of the United States]]', 'en')).toBe('President of the United States | - | President of the United States | –');
    expect(post('[[Christian Democratic Union of Germany|General Secretary of the Christian Democratic Union]]', 'en')).toBe('General Secretary of the Christian Democratic Union | page:Christian Democratic Union of Germany (ofOrganization) | - | –');
    expect(post('President of the United States', 'en')).toBe('President of the United States | - | - | –');
    expect(post('Member of the [[U.S. House of Representatives]] from [[Illinois]]', 'en')).toBeUndefined();
  });
  it('splits a post\'s name at the shortest title whose rest is a body or a place', () => {
    expect(splitPostName('中華民國外交部部長')).toEqual({ body: '中華民國外交部', title: '部長' });
    expect(splitPostName('國務委員')).toEqual({ title: '國務委員' });
    expect(splitPostName('中國駐美國大使列表')).toBeUndefined();
    expect(splitPostName('李肇星')).toBeUndefined();
  });
});
