import type { AttributeFact } from '../../../src/extract/fact';
import { factsOf, pairs, relations, show, typesOf } from '../../helpers/extract';

describe('infobox extractor', () => {
  const person = factsOf(
    [
      '{{Infobox officeholder',
      '| name = John Example',
      '| image = John Example 1900.jpg',
      '| office = Governor of Somewhere',
      '| birth_date = {{birth date|1850|2|12}}',
      '| birth_place = [[Smalltown, Somewhere|Smalltown]]',
      '| death_date = {{death date and age|1910|4|15|1850|2|12}}',
      '| party = [[Whig Party]] <small>(1870–1880)</small><br />[[Other Party]] <small>(1880–1910)</small>',
      '| spouse = {{marriage|[[Jane Example]]|1875|11|4|1910|4|15|end=died}}',
      '| website = {{URL|example.org}}',
      '}}',
      "'''John Example''' was a governor.<ref>{{cite web|url=https://example.org/a|title=A}}</ref>",
    ].join('\n'),
    'John Example',
    'en',
  );
  const s = 'page:John Example';

  it('types the subject by the family mapping and maps each parameter to an ontology property', () => {
    expect(typesOf(person, s)).toContain('Person');
    expect(pairs(person, 'birthDate')).toEqual([[s, '1850-02-12^^date']]);
    expect(pairs(person, 'deathDate')).toEqual([[s, '1910-04-15^^date']]);
    expect(pairs(person, 'birthPlace')).toEqual([[s, 'page:Smalltown, Somewhere']]);
    expect(typesOf(person, 'page:Smalltown, Somewhere')).toContain('Place');
    expect(pairs(person, 'website')).toEqual([[s, 'http://example.org^^anyURI']]);
  });

  it('keeps periods as start and end qualifiers, and files as Commons file pages', () => {
    const parties = relations(person, 'party').map((f) => [show(f.object), f.qualifiers.map((q) => `${q.name}=${show(q.value)}`).join(' ')]);
    expect(parties).toEqual([
      ['page:Whig Party', 'startTime=1870^^gYear endTime=1880^^gYear'],
      ['page:Other Party', 'startTime=1880^^gYear endTime=1910^^gYear'],
    ]);
    const spouse = relations(person, 'spouse')[0];
    expect(show(spouse.object)).toBe('page:Jane Example');
    expect(spouse.qualifiers.map((q) => show(q.value))).toEqual(['1875-11-04^^date', '1910-04-15^^date']);
    expect(relations(person, 'image').map((f) => (f.object as { iri: string }).iri)).toContain('https://commons.wikimedia.org/wiki/File:John_Example_1900.jpg');
  });

  it('writes every parameter raw, in the wiki language’s namespace, with the parameter’s span and rule', () => {
    const raw = person.filter((f): f is AttributeFact => f.kind === 'attribute');
    expect(raw.map((f) => f.parameter)).toEqual(expect.arrayContaining(['name', 'image', 'office', 'birth_date', 'birth_place', 'party', 'spouse', 'website']));
    const birth = raw.find((f) => f.parameter === 'birth_date')!;
    expect(birth.lang).toBe('en');
    expect(show(birth.object)).toBe('1850-02-12^^date');
    expect(birth.evidence.rule).toBe('infobox/infobox-officeholder/birth_date');
    expect(birth.evidence.sentence).toBe(-1);
    expect(birth.evidence.end).toBeGreaterThan(birth.evidence.start);
  });

  it('reads coordinates as a GeoSPARQL point and WGS84 degrees, and population and area as numbers (zh)', () => {
    const city = factsOf(
      "{{Infobox settlement\n| name = 某市\n| coordinates = {{coord|52|31|N|13|24|E}}\n| population_total = 3,496,300\n| area_total_km2 = 891.85\n}}\n'''某市'''是一座城市。",
      '某市',
    );
    expect(pairs(city, 'asWKT')).toEqual([['page:某市#geometry:point', 'POINT(13.4 52.516667)^^wktLiteral']]);
    expect(pairs(city, 'lat')).toEqual([['page:某市', '52.516667^^decimal']]);
    expect(pairs(city, 'population')).toEqual([['page:某市', '3496300^^integer']]);
  });

  it('does not map a link inside a phrase or in parentheses to a person or a post', () => {
    const state = factsOf("{{Infobox U.S. state\n| Name = Somewhere\n| Governor = [[Jane Roe]] ([[Some Party (United States)|R]])\n}}\n'''Somewhere''' is a state.", 'Somewhere', 'en');
    expect(pairs(state, 'headOfGovernment')).toEqual([['page:Somewhere', 'page:Jane Roe']]);
  });

  it('maps the last of adjacent place links and puts each inside the one before it', () => {
    const island = factsOf("{{Infobox islands\n| name = 某島\n| country admin divisions = [[甲道]][[乙郡]]\n| location = [[某海]]\n}}\n'''某島'''是島嶼。", '某島');
    expect(pairs(island, 'locatedIn')).toEqual([['page:某島', 'page:乙郡'], ['page:乙郡', 'page:甲道']]);
    expect(pairs(island, 'location')).toEqual([['page:某島', 'page:某海']]);
    const signed = factsOf("{{Infobox treaty\n| name = 某條約\n| location_signed = [[甲縣]][[乙市]]（今丙市）[[某樓]]\n}}\n'''某條約'''。", '某條約');
    expect(pairs(signed, 'location')).toEqual([['page:某條約', 'page:某樓']]);
    expect(pairs(signed, 'locatedIn')).toEqual(expect.arrayContaining([['page:某樓', 'page:乙市'], ['page:乙市', 'page:甲縣']]));
  });

  it('sends a date range to the properties the mapping names, and a single day to its property', () => {
    const battle = factsOf("{{Infobox Military Conflict\n|partof=[[某戰爭]]\n|date=1900年1月2日－1900年2月3日\n|commander1={{Flagicon|QING}} [[甲乙]]<br/>[[某軍]]\n|result=甲方戰敗。\n}}\n'''某之戰'''。", '某之戰');
    expect(pairs(battle, 'startTime')).toEqual([['page:某之戰', '1900-01-02^^date']]);
    expect(pairs(battle, 'endTime')).toEqual([['page:某之戰', '1900-02-03^^date']]);
    expect(pairs(battle, 'pointInTime')).toEqual([]);
    expect(pairs(battle, 'partOf')).toEqual([['page:某之戰', 'page:某戰爭']]);
    expect(pairs(battle, 'hasEffect')).toEqual([['page:某之戰', '甲方戰敗。@zh-Hant']]);
    // A commander is a person; a link with a body's ending is not typed as one.
    expect(pairs(battle, 'participant')).toEqual([['page:某之戰', 'page:甲乙']]);
    const treaty = factsOf("{{Infobox treaty\n|name=某條約\n|date_effective=1900年5月8日-1940年12月9日\n}}\n'''某條約'''。", '某條約');
    expect(pairs(treaty, 'effectiveDate')).toEqual([['page:某條約', '1900-05-08^^date']]);
    expect(pairs(treaty, 'dissolutionDate')).toEqual([['page:某條約', '1940-12-09^^date']]);
  });

  it('reads a result written as a list of fragments into the raw layer only', () => {
    const war = factsOf("{{Infobox military conflict\n| result = American victory\n* [[Peace of Paris]]\n* British recognize\n}}\n'''Some War'''.", 'Some War', 'en');
    expect(pairs(war, 'hasEffect')).toEqual([]);
    expect(war.some((f) => f.kind === 'attribute' && f.parameter === 'result')).toBe(true);
  });

  it('reads a figure the template writes in ten thousands, and leaves one written in full alone', () => {
    const county = (population: string) => factsOf(`{{Infobox China County\n| county = 某市\n| Belong = [[甲省]][[乙市]]\n| population_total = ${population}\n| area_total = 2345\n}}\n'''某市'''。`, '某市');
    expect(pairs(county('45'), 'population')).toEqual([['page:某市', '450000^^integer']]);
    expect(pairs(county('331.2'), 'population')).toEqual([['page:某市', '3312000^^integer']]);
    expect(pairs(county('450,000'), 'population')).toEqual([]);
    expect(pairs(county('45'), 'area')).toEqual([['page:某市', '2345^^integer']]);
    expect(pairs(county('45'), 'locatedIn')).toEqual([['page:某市', 'page:乙市'], ['page:乙市', 'page:甲省']]);
  });

  it('reads a person\'s name written without a link as a person only when it is shaped as one', () => {
    const zh = factsOf("{{Infobox officeholder\n| name = 王某\n| spouse = 王小梅\n| children = 王甲<br>王乙（女儿）<br>三子一女\n}}\n'''王某'''。", '王某');
    expect(pairs(zh, 'spouse')).toEqual([['page:王某', 'name:王小梅']]);
    expect(pairs(zh, 'child')).toEqual([['page:王某', 'name:王甲'], ['page:王某', 'name:王乙']]);
    expect(typesOf(zh, 'name:王小梅')).toContain('Person');
    const en = factsOf("{{Infobox person\n| name = Jo Roe\n| children = [[Roe family#Descendants|13]]\n| spouse = Mary Ann Doe (m. 1901)\n}}\n'''Jo Roe'''.", 'Jo Roe', 'en');
    expect(pairs(en, 'child')).toEqual([]);
    expect(pairs(en, 'spouse')).toEqual([['page:Jo Roe', 'name:Mary Ann Doe']]);
  });

  it('reads a date template beside the place of a founding, and a link in parentheses as no value', () => {
    const company = factsOf("{{Infobox_Company\n| company_name = 某某股份有限公司\n| foundation = {{Start date|1990|5|6}}，{{CHN}}[[甲省]][[乙市]]\n| founder = [[王某]]\n}}\n'''某某'''是公司。", '某某');
    expect(pairs(company, 'foundingDate')).toEqual([['page:某某', '1990-05-06^^date']]);
    const university = factsOf("{{Infobox university\n| name = 某大學\n| president = [[甲乙|甲乙]]（第19任校長，前[[某部]]部長）\n}}\n'''某大學'''。", '某大學');
    expect(pairs(university, 'director')).toEqual([['page:某大學', 'page:甲乙']]);
  });

  it('reads a party\'s or a state\'s template as its link (mappings/template-links.tsv), the state the outermost place', () => {
    const person = factsOf("{{Infobox officeholder\n| name = 王某\n| party = {{DPP}}\n| birth_place = {{CHN}}[[甲省]][[乙市]]\n}}\n'''王某'''。", '王某');
    expect(pairs(person, 'party')).toEqual([['page:王某', 'page:民主進步黨']]);
    expect(pairs(person, 'birthPlace')).toEqual([['page:王某', 'page:乙市']]);
    expect(pairs(person, 'locatedIn')).toEqual(expect.arrayContaining([['page:乙市', 'page:甲省'], ['page:甲省', 'page:中华人民共和国']]));
    // A post after a state's template keeps the body its name gives.
    const post = factsOf("{{Infobox officeholder\n| name = 王某\n| order = {{ROC}}第29任[[丙院秘書長]]\n}}\n'''王某'''。", '王某');
    expect(pairs(post, 'ofOrganization')).toEqual([['name:丙院#position:秘書長', 'name:丙院']]);
  });
});
