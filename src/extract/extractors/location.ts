import { fact } from '../build';
import { classifyName } from '../classify';
import type { ExtractionContext } from '../context';
import { forLanguages, type Extractor } from '../extractor';
import { literal, type EntityKey, type Qualifier } from '../fact';
import { triggers } from '../lexicon/triggers';
import { alt, ENTITY as E } from '../patterns';
import { forEachMatch, type RuleMatch } from '../rules';

/**
 * `雙方將在大阪設立「經濟聯絡處」`: where something is (to be) set up. The thing set up is the
 * subject when the text names it by a term of the subject's own kind; a modal (`會`, `將`) marks the
 * location as planned.
 */
const ESTABLISH = new RegExp(
  `(?<modal>會|会|將|将|計劃|计划|擬|拟)?在(?<place>${E})(?:${alt(triggers.establishAt)})(?:「(?<term>[^」]+)」|(?<thing>${E}))?`,
);

export const locationExtractor: Extractor = {
  id: 'location',
  appliesTo: forLanguages('zh'),
  extract(context) {
    return forEachMatch(context, ESTABLISH, (m) => {
      const [place] = m.entities('place');
      const thing = establishedThing(context, m);
      if (!place || !thing || !m.token('place')?.types.includes('Place')) return [];
      const qualifiers: Qualifier[] = m.text('modal') ? [{ name: 'status', value: literal.string('planned') }] : [];
      return [fact.link(thing, 'location', place, m.evidence('location/established-in'), qualifiers)];
    });
  },
};

function establishedThing(context: ExtractionContext, m: RuleMatch): EntityKey | undefined {
  const [thing] = m.entities('thing');
  if (thing) return thing;
  const term = m.text('term');
  if (!term) return undefined;
  const subjectTypes = classifyName(context.article.source.title);
  const termTypes = classifyName(term);
  return termTypes.length > 0 && termTypes[0] === subjectTypes[0] ? context.subject : undefined;
}
