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
});
