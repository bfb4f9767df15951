import { fact } from '../build';
import type { ExtractionContext } from '../context';
import { sentenceEvidence } from '../evidence';
import type { EntityKey, EntityType, Fact } from '../fact';
import { always, type Extractor } from '../extractor';
import { nameLabels } from '../labels';
import type { Token } from '../view';

/**
 * Every entity the prose names (wikilinks, states, derived places, quoted titles) other than the
 * subject: its types and its names, with the first mention as evidence.
 */
export const mentionsExtractor: Extractor = {
  id: 'mentions',
  appliesTo: always,
  extract(context) {
    const first = new Map<EntityKey, { token: Token; sentence: number; types: Set<EntityType> }>();
    context.views.forEach((view, sentence) => {
      for (const token of view.tokens) {
        if (token.via === 'pair' || token.via === 'anaphora') continue;
        for (const entity of token.entities) {
          if (entity === context.subject) continue;
          const seen = first.get(entity) ?? { token, sentence, types: new Set<EntityType>() };
          token.types.forEach((t) => seen.types.add(t));
          first.set(entity, seen);
        }
      }
    });
    return [...first].flatMap(([entity, { token, sentence, types }]) => entityFacts(context, entity, token, sentence, types));
  },
};

function entityFacts(context: ExtractionContext, entity: EntityKey, token: Token, sentence: number, types: Set<EntityType>): Fact[] {
  const evidence = sentenceEvidence(context.article, sentence, token.plainStart, token.plainEnd, `mentions/${token.via}`);
  const name = entity.slice(entity.indexOf(':') + 1);
  return [
    fact.entity(entity, types.size > 0 ? [...types] : ['Topic'], evidence),
    ...nameLabels(context, entity, name, evidence),
  ];
}
