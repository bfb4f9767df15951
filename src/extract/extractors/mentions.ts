import { fact } from '../build';
import type { ExtractionContext } from '../context';
import { sentenceEvidence } from '../evidence';
import type { EntityKey, EntityType, Fact } from '../fact';
import { always, type Extractor } from '../extractor';
import { nameLabels } from '../labels';
import { endingGivesFamily } from '../classify';
import { slotOf, type Slot, type Token } from '../view';

/**
 * Every entity the prose names (wikilinks, states, derived places, quoted titles) other than the
 * subject: its types and its names, with the first mention as evidence.
 *
 * A type is written when something confirms it (`Token.confirmed`: the page's own class, the gazetteer,
 * a title before a person, a pattern's slot). A name's ending alone never gives a specific class: in
 * Chinese an ending of two characters or more (`大學`, `委員會`), or one marked so (`市`), gives its
 * family (Organization, Place, Event, Document), another one-character ending (`部`, `局`) nothing; in
 * other languages the Chinese endings say nothing at all.
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
          writtenTypes(context, token).forEach((t) => seen.types.add(t));
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

/** The types a mention lets us write (see the extractor's comment). */
function writtenTypes(context: ExtractionContext, token: Token): readonly EntityType[] {
  if (token.confirmed && token.confirmed.length > 0) return token.confirmed;
  return endingFamily(context, token.mention?.target ?? token.text, token.types);
}

/**
 * What a name's ending alone lets us write of its types (`types`, which that ending suggested): in
 * Chinese, the family of an ending that may give it (`endingGivesFamily`); nothing otherwise.
 */
export function endingFamily(context: ExtractionContext, name: string, types: readonly EntityType[]): EntityType[] {
  if (context.article.source.lang !== 'zh' || types.length === 0 || !endingGivesFamily(name)) return [];
  const family = FAMILY[slotOf(types)];
  return family ? [family] : [];
}

/** The generic class of each slot, written when only a name's ending suggests a specific one. */
const FAMILY: Partial<Record<Slot, EntityType>> = { ORG: 'Organization', PLACE: 'Place', EVENT: 'Event', DOC: 'Document' };
