import { fact } from '../build';
import { sentenceEvidence } from '../evidence';
import { forLanguages, type Extractor } from '../extractor';
import type { EntityKey, Fact } from '../fact';
import { placeDerivingSuffixes } from '../lexicon/organizations';

/** `[[大阪工業區]]` where the text also names `大阪`: the place so named lies in the place it is named after. */
export const placeHierarchyExtractor: Extractor = {
  id: 'place-hierarchy',
  appliesTo: forLanguages('zh'),
  extract(context) {
    const named = new Set<EntityKey>(context.views.flatMap((v) => v.tokens.filter((t) => t.via === 'place').flatMap((t) => t.entities)));
    const done = new Set<EntityKey>();
    const facts: Fact[] = [];
    context.views.forEach((view, index) => {
      for (const token of view.tokens.filter((t) => t.via === 'link' && t.types.includes('Place'))) {
        const suffix = placeDerivingSuffixes.find((s) => token.mention!.target!.endsWith(s));
        const base = suffix && context.knowledge.derivedPlaces.get(token.mention!.target!.slice(0, -suffix.length));
        const [entity] = token.entities;
        if (!base || !named.has(base) || done.has(entity)) continue;
        done.add(entity);
        const evidence = sentenceEvidence(context.article, index, token.plainStart, token.plainEnd, 'place-hierarchy/named-after');
        facts.push(fact.link(entity, 'locatedIn', base, evidence));
      }
    });
    return facts;
  },
};
