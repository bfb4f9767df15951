import type { EntityKey, EntityType, Evidence, Fact, LabelFact, Qualifier, RelationFact, Value } from './fact';

/** Builders that keep fact literals short in extractors. */
export const fact = {
  entity: (entity: EntityKey, types: EntityType[], evidence: Evidence): Fact => ({ kind: 'entity', entity, types, evidence }),
  label: (entity: EntityKey, text: string, lang: string, labelKind: LabelFact['labelKind'], evidence: Evidence): Fact => ({
    kind: 'label', entity, text, lang, labelKind, evidence,
  }),
  relation: (subject: EntityKey, property: RelationFact['property'], object: Value, evidence: Evidence, qualifiers: Qualifier[] = []): Fact => ({
    kind: 'relation', subject, property, object, qualifiers, evidence,
  }),
  /** A relation to another entity. */
  link: (subject: EntityKey, property: RelationFact['property'], object: EntityKey, evidence: Evidence, qualifiers: Qualifier[] = []): Fact => ({
    kind: 'relation', subject, property, object: { entity: object }, qualifiers, evidence,
  }),
};
