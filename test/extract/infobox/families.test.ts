import { factsOf, pairs, typesOf } from '../../helpers/extract';

/** One invented infobox per mapping family and language: the subject's class and a mapped parameter or two. */
const cases: Array<{ family: string; lang: string; title: string; text: string; type: string; property: string; value: string }> = [
  { family: 'person', lang: 'zh', title: '某人', text: '{{Infobox person\n| name = 某人\n| birth_date = {{birth date|1950|1|2}}\n}}', type: 'Person', property: 'birthDate', value: '1950-01-02^^date' },
  { family: 'country', lang: 'en', title: 'Someland', text: '{{Infobox country\n| conventional_long_name = Republic of Someland\n| capital = [[Someville]]\n}}', type: 'Country', property: 'capital', value: 'page:Someville' },
  { family: 'settlement', lang: 'zh', title: '某市', text: '{{Infobox settlement\n| name = 某市\n| population_total = 12345\n}}', type: 'Settlement', property: 'population', value: '12345^^integer' },
  { family: 'settlement-region', lang: 'en', title: 'Someregion', text: '{{Infobox German state\n| Name = Someregion\n| population = 1,234\n}}', type: 'AdministrativeRegion', property: 'population', value: '1234^^integer' },
  { family: 'organization', lang: 'en', title: 'Some Company', text: '{{Infobox company\n| name = Some Company\n| founded = {{start date|1990|5|6}}\n}}', type: 'Organization', property: 'foundingDate', value: '1990-05-06^^date' },
  { family: 'organization-government', lang: 'zh', title: '某部', text: '{{Infobox government agency\n| agency_name = 某部\n| formed = {{Start date|1968|2|3}}\n| jurisdiction = [[某國]]\n}}', type: 'GovernmentOrganization', property: 'jurisdiction', value: 'page:某國' },
  { family: 'organization-news', lang: 'en', title: 'Some Agency', text: '{{Infobox news agency\n| name = Some Agency\n| founded = 1946\n}}', type: 'NewsOrganization', property: 'foundingDate', value: '1946^^gYear' },
  { family: 'organization-party', lang: 'en', title: 'Some Party', text: '{{Infobox political party\n| name = Some Party\n| founded = {{start date|1901|2|3}}\n}}', type: 'PoliticalParty', property: 'foundingDate', value: '1901-02-03^^date' },
  { family: 'event', lang: 'zh', title: '某會晤', text: '{{Infobox event\n| title = 某會晤\n| date = {{Start date|2030|6|12}}\n| location = [[某酒店]]\n}}', type: 'Event', property: 'location', value: 'page:某酒店' },
  { family: 'event-summit', lang: 'en', title: 'Some Summit', text: '{{Infobox summit\n| name = Some Summit\n| date = {{start date|2030|1|2}}\n}}', type: 'Summit', property: 'pointInTime', value: '2030-01-02^^date' },
  { family: 'treaty', lang: 'zh', title: '某條約', text: '{{Infobox treaty\n| name = 某條約\n| date_signed = {{Start date|1971|11|20}}\n| location_signed = [[某城]]\n}}', type: 'Treaty', property: 'dateSigned', value: '1971-11-20^^date' },
  { family: 'treaty-document', lang: 'en', title: 'Some Document', text: '{{Infobox document\n| document_name = Some Document\n| date_signed = {{start date|1776|7|4}}\n}}', type: 'Document', property: 'dateSigned', value: '1776-07-04^^date' },
  { family: 'organization-government-roc', lang: 'zh', title: '某署', text: '{{中華民國政府部門基礎資訊\n|部門名稱 = 某署\n|上級機關 = [[某部]]\n}}', type: 'GovernmentOrganization', property: 'parentOrganization', value: 'page:某部' },
  { family: 'organization-government-prc', lang: 'zh', title: '某局', text: '{{Infobox PRCG\n|机构名称 = 某局\n|职位1 = 局长\n|人员1 = [[某甲]]\n}}', type: 'GovernmentOrganization', property: 'director', value: 'page:某甲' },
  { family: 'organization-un', lang: 'en', title: 'Some Agency', text: '{{Infobox UN\n| name = Some Agency\n| headquarters = [[Geneva]]\n}}', type: 'Organization', property: 'headquartersLocation', value: 'page:Geneva' },
  { family: 'organization-university', lang: 'zh', title: '某大學', text: '{{Infobox university\n| name = 某大學\n| established = 1890年\n}}', type: 'Organization', property: 'foundingDate', value: '1890^^gYear' },
  { family: 'position', lang: 'en', title: 'Some Post', text: '{{Infobox political post\n| post = Some Post\n| formation = {{start date|1946|2|1}}\n}}', type: 'Position', property: 'foundingDate', value: '1946-02-01^^date' },
  { family: 'event-military', lang: 'zh', title: '某之戰', text: '{{Infobox military conflict\n| conflict = 某之戰\n| place = [[某港]]\n}}', type: 'Event', property: 'location', value: 'page:某港' },
  { family: 'settlement-china', lang: 'zh', title: '某縣', text: '{{Infobox China County\n| county = 某縣\n| founded = 1910\n}}', type: 'Settlement', property: 'foundingDate', value: '1910^^gYear' },
  { family: 'island', lang: 'en', title: 'Some Island', text: '{{Infobox islands\n| name = Some Island\n| area_km2 = 72.82\n}}', type: 'Place', property: 'area', value: '72.82^^decimal' },
  { family: 'settlement-region-roc', lang: 'zh', title: '某縣', text: '{{中華民國行政區劃基礎資訊\n|name = 某縣\n|縣治 = [[某市]]\n}}', type: 'AdministrativeRegion', property: 'capital', value: 'page:某市' },
];

describe('infobox mapping families', () => {
  it.each(cases)('$family ($lang): the subject is a $type and $property is mapped', ({ lang, title, text, type, property, value }) => {
    const facts = factsOf(`${text}\n'''${title}'''.`, title, lang);
    expect(typesOf(facts, `page:${title}`)).toContain(type);
    expect(pairs(facts, property as never)).toContainEqual([`page:${title}`, value]);
  });
});
