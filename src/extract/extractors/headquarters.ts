import { fact } from '../build';
import { forLanguages, type Extractor } from '../extractor';
import type { Fact } from '../fact';
import { triggers } from '../lexicon/triggers';
import { alt, ENTITY as E } from '../patterns';
import { forEachMatch, topicBefore } from '../rules';

/** `總部設在[日本]的[[大阪市]]`: where the subject is headquartered, and the country of that place. */
const PATTERN = new RegExp(`${alt(triggers.headquarters)}(?:(?<country>${E})的)?(?<place>${E})`);

export const headquartersExtractor: Extractor = {
  id: 'headquarters',
  appliesTo: forLanguages('zh'),
  extract(context) {
    return forEachMatch(context, PATTERN, (m) => {
      const subject = topicBefore(m.view, m.span()![0], context.subject);
      const [place] = m.entities('place');
      if (!subject || !place) return [];
      const facts: Fact[] = [fact.link(subject, 'headquartersLocation', place, m.evidence('headquarters/located-in'))];
      const country = m.token('country');
      if (country?.types.includes('Country')) {
        facts.push(fact.link(place, 'country', country.entities[0], m.evidence('headquarters/place-country', 'country', 'place')));
      }
      return facts;
    });
  },
};
