import { ENTITY_TYPES, PROPERTY_NAMES } from '../../../src/extract/fact';
import { isInfobox, loadMappings, normaliseTemplateName, parseMappingFile } from '../../../src/extract/infobox/mappings';

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

  it('names the file and line of a mistake', () => {
    expect(() => parseMappingFile('template\tX\nfoo\tnoSuchProperty\tdate\n', 'en/x.tsv', known)).toThrow('en/x.tsv:2: unknown property noSuchProperty');
    expect(() => parseMappingFile('template\tX\nfoo\tbirthDate\tdatum\n', 'en/x.tsv', known)).toThrow('en/x.tsv:2: unknown kind datum');
    expect(() => parseMappingFile('template\tX\nclass\tMartian\n', 'en/x.tsv', known)).toThrow('en/x.tsv:2: unknown class Martian');
    expect(() => parseMappingFile('class\tPerson\n', 'en/x.tsv', known)).toThrow('en/x.tsv: no template line');
  });

  it('loads the repository’s mappings, every file valid, and knows the infobox templates of each language', () => {
    const m = loadMappings(known);
    for (const lang of ['en', 'zh']) expect(m.templates.get(lang)?.size ?? 0).toBeGreaterThan(3);
    expect(isInfobox(m, 'en', 'Infobox officeholder')).toBe(true);
    expect(isInfobox(m, 'fr', 'Infobox Pays')).toBe(true);
    expect(isInfobox(m, 'en', 'Cite web')).toBe(false);
    expect(normaliseTemplateName('Infobox_German  state')).toBe('infobox german state');
  });
});
