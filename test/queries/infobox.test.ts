import { buildArticle } from '../../src/pipeline';
import { GraphStore } from '../../src/store/oxigraph';
import { namedQuery, rowsOf } from '../helpers/seedStore';

/** The infobox questions on two small invented articles, built as `wikikg build` builds them. */
describe('infobox questions over a fixture', () => {
  const store = new GraphStore();
  const person = [
    '{{Infobox officeholder',
    '| name = John Example',
    '| birth_date = {{birth date|1850|2|12}}',
    '| birth_place = [[Smalltown]]',
    '| death_date = {{death date and age|1910|4|15|1850|2|12}}',
    '| party = [[Whig Party]] <small>(1870–1880)</small><br />[[Other Party]] <small>(1880–1910)</small>',
    '}}',
    "'''John Example''' was a governor.",
  ].join('\n');
  const city = "{{Infobox settlement\n| name = Someville\n| coordinates = {{coord|52|31|N|13|24|E}}\n| population_total = 3,496,300\n}}\n'''Someville''' is a city.";
  for (const [title, text] of [['John Example', person], ['Someville', city]]) {
    const build = buildArticle({ title, lang: 'en', text });
    expect(build.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    store.addQuads(build.quads);
  }
  const R = 'https://w3id.org/wikikg/resource/en/';

  it('18-person-life gives each period of party membership with the life dates', () => {
    expect(rowsOf(store.query(namedQuery('18-person-life')))).toEqual([
      [`${R}John_Example`, '1850-02-12', `${R}Smalltown`, '1910-04-15', `${R}Whig_Party`, '1870', '1880'],
      [`${R}John_Example`, '1850-02-12', `${R}Smalltown`, '1910-04-15', `${R}Other_Party`, '1880', '1910'],
    ]);
  });

  it('19-place-figures gives the point and the population', () => {
    expect(rowsOf(store.query(namedQuery('19-place-figures')))).toEqual([[`${R}Someville`, 'POINT(13.4 52.516667)', '52.516667', '13.4', '3496300']]);
  });
});
