import { LabelIndex } from '../../src/serve/lookup/labelIndex';
import { fold } from '../../src/serve/lookup/fold';

/**
 * The lookup's index on invented names: the whole name before its start before any part of it, across
 * case, width and the two Chinese scripts; within a tier, an entity with its own article, then the
 * reader's language, then the better-known, then the shorter name; and pages of hits.
 */
function index(): LabelIndex {
  const built = new LabelIndex();
  const add = (iri: string, name: string, lang: string, extra: { article?: boolean; mentions?: number } = {}) => {
    built.addName(`urn:${iri}`, name, lang);
    if (extra.article) built.entity(`urn:${iri}`).article = { iri: `urn:article/${iri}` };
    built.entity(`urn:${iri}`).mentions = extra.mentions ?? 1;
  };
  add('resource/en/Alderby_Wall', 'Alderby Wall', 'en', { mentions: 9 });
  add('resource/en/New_Alderby', 'New Alderby', 'en', { mentions: 9 });
  add('resource/en/Alderby', 'Alderby', 'en', { article: true, mentions: 2 });
  add('resource/de/Alderby', 'Alderby', 'de', { article: true, mentions: 5 });
  add('resource/en/Alderby_(river)', 'Alderby', 'en', { mentions: 7 });
  add('resource/zh/某部', '某部', 'zh-hant');
  add('resource/zh/某部', '某部', 'zh-hans');
  add('resource/zh/統一某部', '統一某部', 'zh-hant');
  add('resource/zh/統一某部', '统一某部', 'zh-hans');
  return built;
}

const iris = (q: string, lang?: string) => index().search(q, { lang }).hits.map((hit) => hit.entity.iri.slice('urn:resource/'.length));

describe('the label index', () => {
  it('puts the whole name first, then names that start with it, then names that contain it', () =>
    expect(index().search('alderby', { lang: 'en' }).hits.map((hit) => hit.match)).toEqual(['exact', 'exact', 'exact', 'prefix', 'contained']));
  it('ranks an entity with its own article first, then one in the reader\'s language', () => expect(iris('Alderby', 'en').slice(0, 3)).toEqual(['en/Alderby', 'de/Alderby', 'en/Alderby_(river)']));
  it('ranks the better-known first when the reader\'s language does not decide', () => expect(iris('Alderby').slice(0, 2)).toEqual(['de/Alderby', 'en/Alderby']));
  it('ignores case and full-width forms', () => expect(iris('ＡＬＤＥＲＢＹ　wall')).toEqual(['en/Alderby_Wall']));
  it('finds a name in either Chinese script', () => expect([iris('統一某部'), iris('统一某部')]).toEqual([['zh/統一某部'], ['zh/統一某部']]));
  it('shows the name in the reader\'s script', () => expect(index().search('某部', { lang: 'zh-Hans' }).hits[0]).toMatchObject({ label: '某部', lang: 'zh-hans', match: 'exact' }));
  it('shows the name in the script the query was typed in, over the reader\'s', () => expect(index().search('統一', { lang: 'zh-Hans' }).hits[0].label).toBe('統一某部'));
  it('gives each entity once, by its best name', () => expect(iris('某部')).toEqual(['zh/某部', 'zh/統一某部']));
  it('pages its hits and says how many there are', () => {
    const page = index().search('alderby', { lang: 'en', offset: 3, limit: 1 });
    expect([page.total, page.hits.map((hit) => hit.entity.iri)]).toEqual([5, ['urn:resource/en/Alderby_Wall']]);
  });
  it('finds nothing for an empty name', () => expect(index().search('  ').total).toBe(0));
});

describe('the folded form', () => {
  it.each([
    ['Ｂｅｒｌｉｎ', 'berlin'],
    ['New_York  City', 'new york city'],
    ['臺灣', '台湾'],
  ])('folds %j to %j', (text, folded) => expect(fold(text)).toBe(folded));
});
