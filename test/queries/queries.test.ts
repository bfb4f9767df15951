import * as fs from 'fs';
import * as path from 'path';
import { namedQuery, ROOT, rowsOf, seedStore } from '../helpers/seedStore';

/**
 * Every competency question in `queries/` against the seed article's graph, with its exact answer.
 * Rows are the bound values in the order of the query's variables ('' when unbound).
 */
const OFFICE = '南北共同聯絡辦公室';
const ROK = '大韓民國';
const DPRK = '朝鮮民主主義人民共和國';

const expected: Record<string, string[][]> = {
  '01-posts': [
    ['千海成', '副部長', '統一部', '', '[[統一部|統一部]]副部長千海成'],
    ['田鐘秀', '副委員長', '祖國和平統一委員會', '', '[[祖國和平統一委員會|祖國和平統一委員會]]副委員長田鐘秀'],
  ],
  '02-location': [[OFFICE, '開城工業區', DPRK, '開城']],
  '03-opening': [[OFFICE, '2018-09-14', '2018-08', '朝美關係']],
  '04-origin': [[OFFICE, '板門店宣言', '2018年4月南北韓首腦會談', '2018-04']],
  '05-opening-sources': [[
    '2018-09-14', '然而，隨著朝美關係不穩，使聯絡辦公室由原定的2018年8月開張改為9月14日。',
    '남북공동연락사무소: 드디어 문 열리는 남북공동연락사무소', 'https://www.bbc.com/korean/international-45503094', 'BBC', '2018-09-13',
  ]],
  '07-office-names': [
    ['남북공동연락사무소 사무처', 'ko', 'native'],
    ['南北共同連絡事務所 事務處', 'ko-hani', 'native'],
    ['南北共同联络办公室', 'zh-hans', 'label'],
    [OFFICE, 'zh-hant', 'label'],
  ],
  '08-founders': [[OFFICE, ROK], [OFFICE, DPRK]],
  '12-news-sources': [['韓國聯合通訊社', '韓聯社', '4'], ['BBC', '', '1'], ['中央社', '', '1']],
  '13-people': [
    ['千海成', '統一部副部長'],
    ['姜遠珍', 'author of: 兩韓共同聯絡辦事處 北韓人員撤出'],
    ['田鐘秀', '祖國和平統一委員會副委員長'],
  ],
  '14-entities-by-type': [
    ['VariantConcept', '4'], ['Category', '3'], ['GovernmentOrganization', '3'], ['NewsOrganization', '3'], ['Person', '3'],
    ['Country', '2'], ['Place', '2'], ['Position', '2'], ['Topic', '2'], ['Committee', '1'], ['Declaration', '1'],
    ['Document', '1'], ['Event', '1'], ['GovernmentMinistry', '1'], ['LiaisonOffice', '1'], ['Quantity', '1'], ['Summit', '1'],
  ],
  '15-unsourced-facts': [
    ['foundedBy', 'event/definition', '196', `南北共同聯絡辦公室'''（{{kor|남북공동연락사무소 사무처|南北共同連絡事務所 事務處}}）是一個由[[${ROK}|${ROK}]]和[[${DPRK}|${DPRK}]]共同開辦的`],
    ['nativeLabel', 'subject/korean-name', '209', '{{kor|남북공동연락사무소 사무처|南北共同連絡事務所 事務處}}'],
    ['instanceOf', 'subject/definition', '245', `是一個由[[${ROK}|${ROK}]]和[[${DPRK}|${DPRK}]]共同開辦的常設[[聯絡辦公室|聯絡辦公室]]`],
    ['country', 'organization/related-topic', '313', '總部設在北韓的[[開城工業區|開城工業區]]'],
    ['headquartersLocation', 'organization/related-topic', '313', '總部設在北韓的[[開城工業區|開城工業區]]'],
    ['locatedIn', 'place-hierarchy/named-after', '320', '[[開城工業區|開城工業區]]'],
  ],
  '16-wikidata-items': [
    [DPRK, 'Q423', DPRK, 'https://zh.wikipedia.org/'],
    [ROK, 'Q884', ROK, 'https://zh.wikipedia.org/'],
  ],
  '17-facts-for-wikidata': [
    ['Q423', 'P31', 'Q6256', `https://zh.wikipedia.org/wiki/${OFFICE}`],
    ['Q884', 'P31', 'Q6256', `https://zh.wikipedia.org/wiki/${OFFICE}`],
    [OFFICE, 'P112', 'Q423', `https://zh.wikipedia.org/wiki/${OFFICE}`],
    [OFFICE, 'P112', 'Q884', `https://zh.wikipedia.org/wiki/${OFFICE}`],
    [OFFICE, 'P31', 'Q327333', `https://zh.wikipedia.org/wiki/${OFFICE}`],
    ['祖國和平統一委員會', 'P31', 'Q327333', 'http://chinese.yonhapnews.co.kr/domestic/2018/09/12/0406000000ACK20180912003400881.HTML'],
    ['統一部', 'P31', 'Q327333', 'http://chinese.yonhapnews.co.kr/domestic/2018/09/12/0406000000ACK20180912003400881.HTML'],
    ['開城工業區', 'P17', 'Q423', `https://zh.wikipedia.org/wiki/${OFFICE}`],
  ],
  // The infobox questions: the seed has no infobox (their answers on fixtures: test/queries/infobox.test.ts).
  '18-person-life': [],
  '19-place-figures': [],
  // The seed is one edition's article (its answer on two editions' dumps: test/queries/editions.test.ts).
  '20-across-editions': [],
};

describe('competency questions over the seed graph', () => {
  const store = seedStore();

  it('has at least twelve questions, each with a comment saying what it asks', () => {
    const files = fs.readdirSync(path.join(ROOT, 'queries')).filter((f) => f.endsWith('.rq'));
    expect(files.length).toBeGreaterThanOrEqual(12);
    for (const f of files) expect(fs.readFileSync(path.join(ROOT, 'queries', f), 'utf8')).toMatch(/^# \S.+\?|^# \S.+\./);
  });

  it('has an expected answer for every query file', () => {
    const names = fs.readdirSync(path.join(ROOT, 'queries')).filter((f) => f.endsWith('.rq')).map((f) => f.slice(0, -3));
    expect(Object.keys(expected).sort()).toEqual(names.sort());
  });

  it.each(Object.entries(expected))('%s gives its exact answer', (name, rows) => {
    expect(rowsOf(store.query(namedQuery(name)))).toEqual(rows);
  });
});
