import * as path from 'path';
import { buildArticle, indexSite } from '../../../src/pipeline';
import { classOfSignals, indexedClass, rawSignals } from '../../../src/extract/types/pageClass';
import type { EntityFact, Fact } from '../../../src/extract/fact';
import { planInputs } from '../../../src/source/readInputs';
import { tempDir, writeTree } from '../../cli/helpers';
import { factsOf, typesOf } from '../../helpers/extract';

// Invented pages: the names and dates are made up for the test.
const signals = (over: Partial<Parameters<typeof classOfSignals>[0]>) => ({ title: '甲', lang: 'zh', templates: [], categories: [], ...over });

describe('the class a page gives itself', () => {
  it('comes from its infobox family first', () => {
    expect(classOfSignals(signals({ templates: ['Infobox officeholder'], lead: '甲是一個城市' }))).toEqual(['Person']);
  });

  it('else from the noun its lead defines it as, by the class nouns and then the name endings', () => {
    expect(classOfSignals(signals({ lead: '甲是中國的政治人物' }))).toEqual(['Person']);
    expect(classOfSignals(signals({ lead: '甲是由乙國和丙國共同開辦的聯絡處，位於丁市' }))).toEqual(['LiaisonOffice', 'GovernmentOrganization']);
  });

  it('else from its categories by vote, else from the life dates after a biography\'s name', () => {
    expect(classOfSignals(signals({ categories: ['1901年出生', '2001年逝世'] }))).toEqual(['Person']);
    expect(classOfSignals(signals({ lead: '甲（1901年4月3日－1970年8月9日），字乙' }))).toEqual(['Person']);
    expect(classOfSignals(signals({ lead: '甲位於某地' }))).toEqual([]);
  });

  it('is read from raw wikitext too, for the pre-pass', () => {
    const raw = rawSignals({ title: '甲', lang: 'zh', text: "{{Infobox officeholder\n|name=甲}}\n'''甲'''（1901年－1970年）是[[乙國]]的[[政治人物]]。\n[[Category:乙國政治人物]]" });
    expect(raw.templates).toEqual(['Infobox officeholder']);
    expect(raw.categories).toEqual(['乙國政治人物']);
    expect(raw.lead).toBe('甲（1901年－1970年）是乙國的政治人物。');
  });
});

describe('types of the things an article links to', () => {
  const typesIn = (facts: Fact[], entity: string) =>
    [...new Set(facts.filter((f): f is EntityFact => f.kind === 'entity' && f.entity === entity).flatMap((f) => f.types))].sort();

  it("come from the linked page's own class when the build reads that page", async () => {
    const dir = writeTree(tempDir(), {
      'zh/青山局.wiki': "{{Infobox officeholder\n|name=青山局}}\n'''青山局'''（1901年－1970年）是一位政治人物。",
      'zh/白水.wiki': "'''白水'''是一條河流。[[青山局]]曾在此居住。",
    });
    const plan = planInputs([path.join(dir, 'zh')]);
    const site = await indexSite(plan);
    expect(indexedClass(site, 'zh', '青山局')).toEqual(['Person']);
    const build = buildArticle({ title: '白水', lang: 'zh', text: "'''白水'''是一條河流。[[青山局]]曾在此居住。" }, { site });
    expect(typesIn(build.facts, 'page:青山局')).toEqual(['Person']);
    // Without the page, its name's one-character ending gives no class at all.
    expect(typesOf(factsOf("'''白水'''是一條河流。[[青山局]]曾在此居住。"), 'page:青山局')).toEqual(['Topic']);
  });

  it("never take a specific class from a name's ending alone: a Chinese ending gives its family, another language nothing", () => {
    const zh = factsOf("'''白水'''是一條河流。[[東山大學]]和[[南嶺部]]在其沿岸。");
    expect(typesOf(zh, 'page:東山大學')).toEqual(['Organization']);
    expect(typesOf(zh, 'page:南嶺部')).toEqual(['Topic']);
    const ja = factsOf("'''白水'''は川である。[[東山大學]]と[[南嶺部]]がある。", '白水', 'ja');
    expect(typesOf(ja, 'page:東山大學')).toEqual(['Topic']);
    expect(typesOf(ja, 'page:南嶺部')).toEqual(['Topic']);
  });

  it("take the specific class where the post of its head confirms the ending: `[[某部]]副部長某人`", () => {
    const facts = factsOf("'''白水'''是一條河流。[[南嶺部]]副部長[[林大山]]曾到訪。");
    expect(typesOf(facts, 'page:南嶺部')).toEqual(['GovernmentMinistry', 'GovernmentOrganization']);
  });
});
