import { fact } from '../build';
import { forLanguages, type Extractor } from '../extractor';
import { triggers } from '../lexicon/triggers';
import { alt, ENTITY as E, gap } from '../patterns';
import { forEachMatch } from '../rules';

/** `X是一個由A和B共同開辦的…`: A and B founded X. */
const PATTERN = new RegExp(
  `(?<subject>${E})${gap(40)}由(?<a>${E})(?:${alt(triggers.conjunctions)}(?<b>${E}))?(?:共同)?(?<verb>${alt(triggers.foundingVerbs)})`,
);

export const foundingExtractor: Extractor = {
  id: 'founding',
  appliesTo: forLanguages('zh'),
  extract(context) {
    return forEachMatch(context, PATTERN, (m) => {
      const [subject] = m.entities('subject');
      if (subject !== context.subject) return [];
      const evidence = m.evidence('founding/jointly-founded-by', 'a', 'verb');
      const founders = [...m.entities('a'), ...m.entities('b')];
      return founders.map((f) => fact.link(subject, 'foundedBy', f, evidence));
    });
  },
};
