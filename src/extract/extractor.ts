import type { ExtractionContext } from './context';
import type { EntityType, Fact } from './fact';
import { slotOf } from './view';

/**
 * One extractor: a pure function from the article to facts, with a cheap test of whether it applies
 * (Comunica's test/run split, without the bus). An extractor that does not apply returns nothing.
 */
export interface Extractor {
  /** Stable id, the first part of every rule id it produces (`founding/…`). */
  id: string;
  /** Whether the extractor has anything to look for in this article (e.g. its language). */
  appliesTo(context: ExtractionContext): boolean;
  extract(context: ExtractionContext): Fact[];
}

/**
 * Runs every extractor that applies and merges their facts, dropping duplicates: the same fact, or the
 * same statement (subject, property, value, qualifiers) found again by a later, more general rule, whose
 * evidence the earlier one already gives.
 */
export function runExtractors(extractors: Extractor[], context: ExtractionContext): Fact[] {
  const seen = new Set<string>();
  const facts: Fact[] = [];
  for (const extractor of extractors) {
    if (!extractor.appliesTo(context)) continue;
    for (const fact of extractor.extract(context)) {
      const key = fact.kind === 'relation' ? JSON.stringify([fact.subject, fact.property, fact.object, fact.qualifiers]) : JSON.stringify(fact);
      if (seen.has(key)) continue;
      seen.add(key);
      facts.push(fact);
    }
  }
  return withoutFallbackTopics(facts);
}

/**
 * `Topic` is what a mention is typed when nothing says more, and a family (`Organization`) what its
 * name's ending alone allows (`mentions`): where another fact gives the same entity a more specific
 * class, the fallback goes (`[[某部]]` a Topic, then a ministry by `[[某部]]部長某人`).
 */
function withoutFallbackTopics(facts: Fact[]): Fact[] {
  const types = new Map<string, Set<EntityType>>();
  for (const f of facts) if (f.kind === 'entity') for (const t of f.types) (types.get(f.entity) ?? types.set(f.entity, new Set()).get(f.entity)!).add(t);
  const out: Fact[] = [];
  for (const f of facts) {
    if (f.kind !== 'entity') {
      out.push(f);
      continue;
    }
    const all = [...types.get(f.entity)!];
    // A family alone (what an ending allowed) gives way to a specific class of it stated elsewhere.
    const [only] = f.types;
    if (f.types.length === 1 && FAMILIES.has(only) && all.some((t) => t !== only && slotOf([t]) === slotOf([only]))) continue;
    const kept = all.some((t) => t !== 'Topic') ? f.types.filter((t) => t !== 'Topic') : f.types;
    if (kept.length > 0) out.push(kept.length === f.types.length ? f : { ...f, types: kept });
  }
  return out;
}

const FAMILIES = new Set<EntityType>(['Organization', 'Place', 'Event', 'Document']);

/** Applies to articles of the given wiki languages: for rules written for one language's prose. */
export function forLanguages(...langs: string[]): (context: ExtractionContext) => boolean {
  return (context) => langs.includes(context.article.source.lang);
}

/** Applies to every article: for language-neutral extractors (links, categories, citations). */
export const always = (): boolean => true;
