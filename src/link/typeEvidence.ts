/**
 * What tells a candidate item's kind, as data a domain expert can extend. Only identifiers from
 * `src/link/verified-ids.tsv` may appear here: a remembered id is a guess.
 */

/** The `wkg:` classes whose named-only entities are reconciled (agents and places, not events or topics). */
export const RECONCILED_TYPES: readonly string[] = [
  'Person', 'Organization', 'GovernmentOrganization', 'GovernmentMinistry', 'Committee', 'LiaisonOffice',
  'NewsOrganization', 'Country', 'Place',
];

/** Items a candidate's P31 (instance of) may hold for it to be of our class. */
export const CLASS_ITEMS: Readonly<Record<string, readonly string[]>> = {
  Country: ['Q6256', 'Q3624078'],
  GovernmentOrganization: ['Q327333'],
  GovernmentMinistry: ['Q327333'],
  NewsOrganization: ['Q192283'],
};

/**
 * Properties only people have among the checked ones: a position held (P39) or an employer (P108). The
 * item for "human" is not in the checked list, so a person is recognised by these instead.
 */
export const PERSON_PROPERTIES: readonly string[] = ['P39', 'P108'];

/** Properties whose values are compared with the items the graph ties the entity to. */
export const CONTEXT_PROPERTIES: readonly string[] = ['P31', 'P39', 'P108', 'P463'];
