import { extractFacts } from '../../src/extract';
import type { EntityFact, Fact, LabelFact, PropertyName, RelationFact, Value } from '../../src/extract/fact';
import { parseArticle } from '../../src/parse/parseArticle';

/** Facts of an inline zh article (title defaults to the first bold term's text, else `測試`). */
export function factsOf(wikitext: string, title?: string, lang = 'zh'): Fact[] {
  const bold = /'''(.+?)'''/.exec(wikitext)?.[1];
  return extractFacts(parseArticle({ title: title ?? bold ?? '測試', lang, text: wikitext }));
}

/** The relation facts with `property`, as `[subject, object]` pairs written compactly. */
export function pairs(facts: Fact[], property: PropertyName): Array<[string, string]> {
  return relations(facts, property).map((f) => [f.subject, show(f.object)]);
}

/** Relation facts with `property`. */
export function relations(facts: Fact[], property: PropertyName): RelationFact[] {
  return facts.filter((f): f is RelationFact => f.kind === 'relation' && f.property === property);
}

/** Types of `entity` across all its entity facts. */
export function typesOf(facts: Fact[], entity: string): string[] {
  const types = facts.filter((f): f is EntityFact => f.kind === 'entity' && f.entity === entity).flatMap((f) => f.types);
  return [...new Set(types)].sort();
}

/** `text@lang` for every label of `entity`. */
export function labelsOf(facts: Fact[], entity: string): string[] {
  return facts.filter((f): f is LabelFact => f.kind === 'label' && f.entity === entity).map((f) => `${f.text}@${f.lang}`);
}

/** An entity value as its key, a literal as `text^^datatype` (or `text@lang`). */
export function show(v: Value): string {
  if ('entity' in v) return v.entity;
  return v.lang ? `${v.literal}@${v.lang}` : `${v.literal}^^${v.datatype}`;
}
