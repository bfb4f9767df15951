import type { ExtractionContext } from './context';
import type { Fact } from './fact';

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
  return facts;
}

/** Applies to articles of the given wiki languages: for rules written for one language's prose. */
export function forLanguages(...langs: string[]): (context: ExtractionContext) => boolean {
  return (context) => langs.includes(context.article.source.lang);
}

/** Applies to every article: for language-neutral extractors (links, categories, citations). */
export const always = (): boolean => true;
