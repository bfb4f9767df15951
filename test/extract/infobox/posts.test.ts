import { mergePeriodLines, readPost, splitPostName } from '../../../src/extract/infobox/posts';
import { valueLines } from '../../../src/extract/infobox/values';

/** The post one line of wikitext names, as `title | body (relation) | page | start–end`. */
const post = (wikitext: string, lang = 'zh') => {
  const p = readPost(mergePeriodLines(valueLines(wikitext, lang))[0] ?? [], lang);
  return p && [p.title, p.body ? `${p.body.key} (${p.body.relation})` : '-', p.page ?? '-', `${p.start?.literal ?? ''}–${p.end?.literal ?? ''}`].join(' | ');
};

describe('posts written in infoboxes', () => {
  it('reads a body\'s link and the title after it', () => {
    expect(post('{{PRC}}[[某代表大会常务委员会|某代表大会常务委员会]]委员')).toBe('委员 | page:某代表大会常务委员会 (ofOrganization) | - | –');
    expect(post('{{CPC/logo}}[[某工作委员会办公室]]主任<br /><small>（2010年前为某领导小组）</small>')).toBe('主任 | page:某工作委员会办公室 (ofOrganization) | - | –');
  });
  it('reads a post\'s own page after an ordinal, its body from the link before it or from its name', () => {
    expect(post('{{Flagicon|ROC}}[[財團法人某交流基金會]]第5任[[某交流基金會董事長|董事長]]')).toBe('董事長 | page:財團法人某交流基金會 (ofOrganization) | 某交流基金會董事長 | –');
    expect(post('{{ROC}}第29任[[某院秘書長|某院秘書長]]')).toBe('秘書長 | name:某院 (ofOrganization) | 某院秘書長 | –');
    expect(post('[[某代表大会常务委员会副委员长|第一副委员长]]')).toBe('第一副委员长 | name:某代表大会常务委员会 (ofOrganization) | 某代表大会常务委员会副委员长 | –');
    expect(post('{{flagicon|JPN}} [[日本]][[国务委员]]')).toBe('国务委员 | page:日本 (jurisdiction) | 国务委员 | –');
  });
  it('reads a link to the body whose text ends in the title', () => {
    expect(post('第9任[[日本|日本]][[某国外交部|外交部部长]]')).toBe('部长 | page:某国外交部 (ofOrganization) | - | –');
  });
  it('reads a post written without links as a body\'s name and a title, with the period after it or on the next line', () => {
    expect(post('*某院秘書長<br><span style="color: blue;">（2001年2月3日-2004年5月6日）</span>')).toBe('秘書長 | name:某院 (ofOrganization) | - | 2001-02-03–2004-05-06');
    expect(post('某某市副市長（1995年-1998年）')).toBe('副市長 | name:某某市 (jurisdiction) | - | 1995–1998');
  });
  it('gives nothing for words between links or a post whose body cannot be told', () => {
    expect(post('[[某国]]驻[[他国]][[某国驻他国大使列表|特命全权大使]]')).toBeUndefined();
    expect(post('某部技士、技正')).toBeUndefined();
    expect(post('某党第十七、十八、十九届中央委员会委员（2007年10月—）')).toBeUndefined();
    expect(post('第29任某院秘書長')).toBe('秘書長 | name:某院 (ofOrganization) | - | –');
    expect(post('[[某国驻他国大使列表|特命全权大使]]')).toBeUndefined();
  });
  it('reads posts of a Latin-script wiki: the post\'s page, the body\'s link with the post in words, or a post by its name', () => {
    expect(post('[[President of the United States|16th President of the United States]]', 'en')).toBe('President of the United States | - | President of the United States | –');
    expect(post('[[Christian Democratic Union of Germany|General Secretary of the Christian Democratic Union]]', 'en')).toBe('General Secretary of the Christian Democratic Union | page:Christian Democratic Union of Germany (ofOrganization) | - | –');
    expect(post('President of the United States', 'en')).toBe('President of the United States | - | - | –');
    expect(post('Member of the [[U.S. House of Representatives]] from [[Illinois]]', 'en')).toBeUndefined();
  });
  it('splits a post\'s name at the shortest title whose rest is a body or a place', () => {
    expect(splitPostName('某國外交部部長')).toEqual({ body: '某國外交部', title: '部長' });
    expect(splitPostName('國務委員')).toEqual({ title: '國務委員' });
    expect(splitPostName('某國駐他國大使列表')).toBeUndefined();
    expect(splitPostName('王某某')).toBeUndefined();
  });
});
