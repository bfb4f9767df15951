import { ENTITY_TYPES, PROPERTY_NAMES } from '../../../src/extract/fact';
import { isInfobox, loadMappings, normaliseTemplateName, parameterMapping, parseMappingFile, siblingName } from '../../../src/extract/infobox/mappings';

const known = { properties: new Set<string>(PROPERTY_NAMES), types: new Set<string>(ENTITY_TYPES) };

describe('infobox mapping files', () => {
  it('reads templates, the class and each parameter with its property and kind', () => {
    const { templates, mapping } = parseMappingFile(
      '# people\ntemplate\tInfobox officeholder\ntemplate\tInfobox_person\nclass\tPerson\nbirth_date\tbirthDate\tdate\nbirth place\tbirthPlace\tentity:Place\n',
      'en/person.tsv', known,
    );
    expect(templates).toEqual(['infobox officeholder', 'infobox person']);
    expect(mapping.class).toBe('Person');
    expect(mapping.parameters.get('birth_date')).toEqual({ property: 'birthDate', kind: 'date', entityType: undefined });
    expect(mapping.parameters.get('birth_place')).toEqual({ property: 'birthPlace', kind: 'entity', entityType: 'Place' });
  });

  it('reads an inverse property, a range\'s properties, qualifiers from sibling parameters, a title, a language and a scale', () => {
    const { mapping } = parseMappingFile([
      'template\tX',
      'incumbent\t^positionHeld\tentity:Person\tstartTime=incumbentsince',
      'date\tpointInTime\tdate\trange=startTime/endTime',
      'office#\tpositionHeld\tpost\tstartTime=term_start#\treplaces=predecessor#:Person',
      '首長姓名\tdirector\tofficer:Person\ttitle=首長職銜',
      '外文名稱\tofficialName\ttext\tlang=@外文語言',
      'population_total\tpopulation\tnumber\tscale=10000',
      'result\thasEffect\ttext\tsingle',
      '地址\theadquartersLocation\tentity:Place',
      '地址\tlocation\tentity:Place',
    ].join('\n'), 'zh/x.tsv', known);
    expect(mapping.parameters.get('incumbent')).toMatchObject({ property: 'positionHeld', inverse: true, qualifierParameters: [{ name: 'startTime', parameter: 'incumbentsince' }] });
    expect(mapping.parameters.get('date')).toMatchObject({ rangeStart: 'startTime', rangeEnd: 'endTime' });
    expect(mapping.parameters.get('office#')?.qualifierParameters).toEqual([{ name: 'startTime', parameter: 'term_start#' }, { name: 'replaces', parameter: 'predecessor#', type: 'Person' }]);
    expect(mapping.parameters.get('首長姓名')).toMatchObject({ kind: 'officer', entityType: 'Person', titleParameter: '首長職銜' });
    expect(mapping.parameters.get('外文名稱')).toMatchObject({ langParameter: '外文語言' });
    expect(mapping.parameters.get('population_total')).toMatchObject({ scale: 10000 });
    expect(mapping.parameters.get('result')).toMatchObject({ single: true });
    expect(mapping.parameters.get('地址')?.next).toMatchObject({ property: 'location' });
  });

  it('finds a numbered parameter by its # line, and names its siblings with the same number', () => {
    const { mapping } = parseMappingFile('template\tX\noffice#\tpositionHeld\tpost\n人员1\tdirector\tofficer:Person\ttitle=职位1\n人员#\tpositionHeld\tofficer:Person\ttitle=职位#\n', 'zh/x.tsv', known);
    expect(parameterMapping(mapping, 'office')).toMatchObject({ number: '' });
    expect(parameterMapping(mapping, 'Office2')).toMatchObject({ number: '2' });
    expect(parameterMapping(mapping, '人员1')).toMatchObject({ spec: { property: 'director' } });
    expect(parameterMapping(mapping, '人员3')).toMatchObject({ spec: { property: 'positionHeld' }, number: '3' });
    expect(parameterMapping(mapping, 'officer')).toBeUndefined();
    expect(siblingName('term_start#', '2')).toBe('term_start2');
    expect(siblingName('term_start#', '')).toBe('term_start');
  });

  it('names the file and line of a mistake', () => {
    expect(() => parseMappingFile('template\tX\nfoo\tnoSuchProperty\tdate\n', 'en/x.tsv', known)).toThrow('en/x.tsv:2: unknown property noSuchProperty');
    expect(() => parseMappingFile('template\tX\nfoo\tbirthDate\tdatum\n', 'en/x.tsv', known)).toThrow('en/x.tsv:2: unknown kind datum');
    expect(() => parseMappingFile('template\tX\nclass\tMartian\n', 'en/x.tsv', known)).toThrow('en/x.tsv:2: unknown class Martian');
    expect(() => parseMappingFile('class\tPerson\n', 'en/x.tsv', known)).toThrow('en/x.tsv: no template line');
    expect(() => parseMappingFile('template\tX\nfoo\tbirthDate\tdate\tsoon=yes\n', 'en/x.tsv', known)).toThrow('en/x.tsv:2: unknown option soon=yes');
    expect(() => parseMappingFile('template\tX\nfoo\tpointInTime\tdate\trange=startTime/never\n', 'en/x.tsv', known)).toThrow('en/x.tsv:2: unknown property never in range=startTime/never');
    expect(() => parseMappingFile('template\tX\nfoo\tdirector\tofficer:Person\n', 'en/x.tsv', known)).toThrow('en/x.tsv:2: an officer needs title=<parameter>');
    expect(() => parseMappingFile('template\tX\nfoo\t^noSuchProperty\tentity\n', 'en/x.tsv', known)).toThrow('en/x.tsv:2: unknown property noSuchProperty');
  });

  it('loads the repository’s mappings, every file valid, and knows the infobox templates of each language', () => {
    const m = loadMappings(known);
    for (const lang of ['en', 'zh']) expect(m.templates.get(lang)?.size ?? 0).toBeGreaterThan(3);
    expect(isInfobox(m, 'en', 'Infobox officeholder')).toBe(true);
    expect(isInfobox(m, 'fr', 'Infobox Pays')).toBe(true);
    expect(isInfobox(m, 'en', 'Cite web')).toBe(false);
    expect(isInfobox(m, 'zh', '中華民國政府部門基礎資訊')).toBe(true);
    expect(m.languages.get('英語')).toBe('en');
    expect(normaliseTemplateName('Infobox_German  state')).toBe('infobox german state');
  });
});
