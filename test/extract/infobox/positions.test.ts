import type { RelationFact } from '../../../src/extract/fact';
import { factsOf, labelsOf, pairs, relations, show, typesOf } from '../../helpers/extract';

/** Every `positionHeld` as `holder → position [qualifiers]`. */
const held = (facts: ReturnType<typeof factsOf>) =>
  relations(facts, 'positionHeld').map((f: RelationFact) => `${f.subject} → ${show(f.object)}${f.qualifiers.map((q) => ` ${q.name}=${show(q.value)}`).join('')}`);

describe('posts held, from Infobox officeholder', () => {
  const person = factsOf([
    '{{Infobox officeholder',
    '| name = 王某',
    '| order = {{Flagicon|ROC}}[[甲基金會]]第5任[[甲基金會董事長|董事長]]',
    '| term_start = 2001年2月3日',
    '| term_end = 2004年5月6日',
    '| predecessor = [[李甲|李甲]]',
    '| successor = 陳乙（代理）<br>[[張丙]]（正任）',
    '| office2 = {{PRC}}[[乙委員會]]委員',
    '| term_start2 = 1960年7月1日',
    '| order3 = {{ROC}}第29任[[丙院秘書長|丙院秘書長]]',
    '| term_start3 = 1998年9月10日',
    '| term_end3 = 2001年2月2日',
    '| past =',
    '*丁部副部長<br><span style="color: blue;">（1995年－1998年）</span>',
    '*丁部技士、技正<br>（1970-1977年）',
    '}}',
    "'''王某'''是政治人物。",
  ].join('\n'), '王某');

  it('gives each numbered group one position, with its title and body, and the term as qualifiers of the holding', () => {
    expect(held(person)).toEqual(expect.arrayContaining([
      'page:王某 → page:甲基金會#position:董事長 startTime=2001-02-03^^date endTime=2004-05-06^^date replaces=page:李甲 replacedBy=name:陳乙 replacedBy=page:張丙',
      'page:王某 → page:乙委員會#position:委員 startTime=1960-07-01^^date',
      'page:王某 → name:丙院#position:秘書長 startTime=1998-09-10^^date endTime=2001-02-02^^date',
    ]));
    expect(typesOf(person, 'page:甲基金會#position:董事長')).toEqual(['Position']);
    expect(pairs(person, 'positionTitle')).toContainEqual(['page:甲基金會#position:董事長', '董事長@zh-Hant']);
    expect(pairs(person, 'ofOrganization')).toEqual(expect.arrayContaining([['page:甲基金會#position:董事長', 'page:甲基金會'], ['name:丙院#position:秘書長', 'name:丙院']]));
    expect(typesOf(person, 'page:李甲')).toContain('Person');
    expect(typesOf(person, 'name:陳乙')).toContain('Person');
  });

  it('reads each line of a list of posts with the period on the line after it, and nothing from a line that names no body', () => {
    expect(held(person)).toContain('page:王某 → name:丁部#position:副部長 startTime=1995^^gYear endTime=1998^^gYear');
    expect(held(person).filter((h) => h.includes('技'))).toEqual([]);
  });
});

describe('officers of a body, from its title parameter', () => {
  const body = factsOf([
    '{{中華民國政府部門基礎資訊',
    '|部門名稱 = 某委員會',
    '|外文名稱 = Some Council<br>',
    '|外文語言 = 英語',
    '|首長職銜 = 委員長',
    '|首長姓名 = [[趙甲|趙甲]]',
    '|副首長職銜 = 政務副委員長<br>常務副委員長',
    '|副首長姓名 = [[錢乙]]、[[孫丙]]<br>李丁',
    '|所屬部門 = [[某院|某院]]',
    '|員額 = 345人',
    '|成立日期 = 1930年4月',
    '}}',
    "'''某委員會'''是機關。",
  ].join('\n'), '某委員會');
  const s = 'page:某委員會';

  it('types the body and maps its parameters: parent, staff, founding, its name in the language a sibling parameter names', () => {
    expect(typesOf(body, s)).toContain('GovernmentOrganization');
    expect(pairs(body, 'parentOrganization')).toEqual([[s, 'page:某院']]);
    expect(pairs(body, 'numberOfEmployees')).toEqual([[s, '345^^integer']]);
    expect(pairs(body, 'foundingDate')).toEqual([[s, '1930-04^^gYearMonth']]);
    expect(pairs(body, 'officialName')).toEqual([[s, 'Some Council@en']]);
  });

  it('makes the head the director and the holder of the body\'s post of that title', () => {
    expect(pairs(body, 'director')).toEqual([[s, 'page:趙甲']]);
    expect(held(body)).toContain('page:趙甲 → page:某委員會#position:委員長');
    expect(labelsOf(body, 'page:某委員會#position:委員長')).toContain('某委員會委員長@zh-Hant');
    expect(typesOf(body, 'page:某委員會#position:委員長')).toEqual(['Position']);
  });

  it('pairs titles with names line by line, a name without a link a person when shaped as one', () => {
    expect(held(body)).toEqual(expect.arrayContaining([
      'page:錢乙 → page:某委員會#position:政務副委員長',
      'page:孫丙 → page:某委員會#position:政務副委員長',
      'name:李丁 → page:某委員會#position:常務副委員長',
    ]));
  });
});

describe('a post\'s own article (Infobox political post)', () => {
  const post = factsOf([
    '{{Infobox political post',
    '|post = [[秘书长|秘书长]]',
    '|incumbent = {{flagicon|Portugal}} [[甲乙·丙丁]]|incumbentsince = 2020年2月1日',
    '|formation = 《[[某宪章]]》，1950年1月2日',
    '|inaugural = [[戊己·庚辛]]',
    '}}',
    "'''某组织秘书长'''是职位。",
  ].join('\n'), '某组织秘书长');

  it('is a position its holders hold, the incumbent since the date its sibling parameter gives', () => {
    expect(typesOf(post, 'page:某组织秘书长')).toEqual(expect.arrayContaining(['Position']));
    expect(typesOf(post, 'page:某组织秘书长')).not.toContain('Person');
    expect(held(post)).toEqual(['page:甲乙·丙丁 → page:某组织秘书长 startTime=2020-02-01^^date', 'page:戊己·庚辛 → page:某组织秘书长']);
    expect(pairs(post, 'foundingDate')).toEqual([['page:某组织秘书长', '1950-01-02^^date']]);
  });
});

describe('the head of a place, from its title parameter', () => {
  const county = factsOf("{{中華民國行政區劃基礎資訊\n|name = 某縣\n|leader_title = 縣長\n|leader_name = [[林某|林某]]\n}}\n'''某縣'''是縣。", '某縣');

  it('is its head of government and holds the place\'s post, under its jurisdiction', () => {
    expect(pairs(county, 'headOfGovernment')).toEqual([['page:某縣', 'page:林某']]);
    expect(held(county)).toEqual(['page:林某 → page:某縣#position:縣長']);
    expect(pairs(county, 'jurisdiction')).toEqual([['page:某縣#position:縣長', 'page:某縣']]);
  });

  it('takes no link in parentheses after a name, nor a body, for a person', () => {
    const un = factsOf("{{Infobox UN\n|name = Some Body\n|leader_title = Chair\n|leader_name = [[Jane Roe]] ([[Some Party (Ruritania)|SP]])<br>[[Ruritania City Council]]\n}}\n'''Some Body'''.", 'Some Body', 'en');
    expect(held(un)).toEqual(['page:Jane Roe → page:Some Body#position:Chair']);
  });
});

describe('the head of a government agency, from Infobox government agency', () => {
  const agency = factsOf("{{Infobox government agency\n| agency_name = Some Agency\n| chief1_name = [[Jane Roe]]\n| chief1_position = Director-General\n| chief2_name = [[John Doe]]\n| chief2_position = Deputy Director-General\n}}\n'''Some Agency'''.", 'Some Agency', 'en');

  it('makes the first chief the director, and each chief the holder of the post its _position names', () => {
    expect(pairs(agency, 'director')).toEqual([['page:Some Agency', 'page:Jane Roe']]);
    expect(held(agency)).toEqual(['page:Jane Roe → page:Some Agency#position:Director-General', 'page:John Doe → page:Some Agency#position:Deputy Director-General']);
  });
});
