/**
 * Facts: what extractors find, before any RDF exists.
 *
 * Extractors return facts; only `src/graph` turns them into triples and IRIs. An entity is named by an
 * `EntityKey`, a plain string whose prefix says how it was found (see `entityKey`), never by an IRI.
 */

/** The kinds of thing the ontology knows (class local names in `ontology/wikikg.ttl`). */
export const ENTITY_TYPES = [
  'Article', 'Organization', 'GovernmentOrganization', 'LiaisonOffice', 'Country', 'GovernmentMinistry',
  'Committee', 'Person', 'Position', 'Document', 'Declaration', 'Event', 'Summit', 'Meeting',
  'StaffWithdrawal', 'StaffReturn', 'Opening', 'Place', 'Topic', 'NewsOrganization', 'Category',
  'StaffGroup', 'Quantity', 'PoliticalParty', 'Treaty', 'Settlement', 'AdministrativeRegion', 'Geometry',
  'VariantConcept',
  // Article-level facts (issue 9.4).
  'DisambiguationPage',
] as const;

export type EntityType = (typeof ENTITY_TYPES)[number];

/**
 * Relations and attributes the text states (property local names in the ontology). Each is one
 * ontology property; `vocab.ts` maps them to IRIs.
 */
export const PROPERTY_NAMES = [
  'instanceOf', 'foundedBy', 'operator', 'headquartersLocation', 'location', 'locatedIn', 'country',
  'basedOn', 'signedAt', 'pointInTime', 'plannedOpeningDate', 'openingDate', 'hasCause', 'hasEffect',
  'director', 'positionHeld', 'ofOrganization', 'positionTitle', 'represents', 'holdsMeeting', 'chairedBy',
  'frequency', 'duty', 'stationedStaff', 'minCount', 'maxCount', 'staffOf', 'significantEvent', 'agent',
  'affects', 'partial', 'statedReason', 'category', 'publisher', 'author', 'subjectOf', 'mentions',
  'participant', 'startTime', 'endTime', 'foundingDate', 'jurisdiction', 'signatory', 'parentOrganization',
  'replaces', 'counterpart', 'supervisedBy', 'quantity', 'quantityAmount', 'unitText', 'approximate', 'lowerBound',
  'statedAs', 'countedThing', 'birthDate', 'deathDate', 'birthPlace', 'deathPlace', 'spouse', 'party', 'stockExchange', 'memberOf', 'sibling', 'nationality', 'sharesBorderWith', 'organizer', 'namedAfter', 'capital',
  'population', 'area', 'headOfGovernment', 'headOfState', 'website', 'image', 'dateSigned',
  'dissolutionDate', 'officialName', 'hasGeometry', 'asWKT', 'lat', 'long',
  // Infobox families of real zhwiki pages (officeholders, government bodies, battles, treaties).
  'replacedBy', 'educatedAt', 'employer', 'child', 'partOf', 'numberOfEmployees', 'effectiveDate',
  // Article-level facts (issue 9.4).
  'wikiPageLink', 'abstract', 'externalLink', 'interlanguageLink', 'disambiguates', 'redirectsTo',
] as const;

export type PropertyName = (typeof PROPERTY_NAMES)[number];

/** Qualifiers that refine one fact (they sit on the fact's statement node). */
export const QUALIFIER_NAMES = [
  'pointInTime', 'startTime', 'endTime', 'plannedDate', 'side', 'roleTitle', 'reasonForChange', 'status',
  // A post held: whom the holder followed in it and who followed them (infobox predecessor/successor).
  'replaces', 'replacedBy',
] as const;

export type QualifierName = (typeof QUALIFIER_NAMES)[number];

export type Datatype =
  | 'string'
  | 'langString'
  | 'date'
  | 'gYearMonth'
  | 'gYear'
  | 'integer'
  | 'decimal'
  | 'double'
  | 'wktLiteral'
  | 'duration'
  | 'boolean'
  | 'anyURI';

/** A literal value; `lang` only with `langString`. */
export interface LiteralValue {
  literal: string;
  datatype: Datatype;
  lang?: string;
}

/** A reference to an entity by key. */
export interface EntityValue {
  entity: EntityKey;
}

/** A thing outside the graph named by its own IRI (a Commons file page). */
export interface IriValue {
  iri: string;
}

export type Value = LiteralValue | EntityValue | IriValue;

/** True when a value is an outside IRI. */
export function isIriValue(v: Value): v is IriValue {
  return (v as IriValue).iri !== undefined;
}

/**
 * Entity keys: `page:<title>` for a wiki page (linked or the article itself), `page@<lang>:<title>` for a
 * page of another language edition, `name:<text>` for a thing
 * the text names without a link, `category:<name>`, `citation:<referenceId>` for a cited source, and
 * `<parent key>#<kind>:<discriminator>` for things that only exist relative to another (a position in an
 * organisation, an event of the office).
 */
export type EntityKey = string;

/** Where a fact comes from in the article. */
export interface Evidence {
  /** Index of the sentence in `ParsedArticle.sentences`, or -1 for facts not from prose (categories, infobox). */
  sentence: number;
  /** Code-point span in the wikitext of the words that state the fact. */
  start: number;
  end: number;
  /** Id of the rule that produced it, `extractor/rule`, e.g. `relations/founded-by`. */
  rule: string;
  /** Ids of the `Reference`s that support it (empty when the text cites nothing). */
  citations: string[];
}

interface FactBase {
  evidence: Evidence;
}

/** An entity exists and has these types. */
export interface EntityFact extends FactBase {
  kind: 'entity';
  entity: EntityKey;
  types: EntityType[];
}

/** A name of an entity in one language or script. */
export interface LabelFact extends FactBase {
  kind: 'label';
  entity: EntityKey;
  text: string;
  /** BCP 47: `zh-Hant`, `zh-Hans`, `zh-TW`, `zh-HK`, `ko`, `ko-Hani`, `en`, ... */
  lang: string;
  /** `preferred` (rdfs:label / skos:prefLabel), `alternative` (skos:altLabel), `native` (official native name). */
  labelKind: 'preferred' | 'alternative' | 'native';
}

export interface Qualifier {
  name: QualifierName;
  value: Value;
}

/** A statement `subject property object`, with qualifiers. */
export interface RelationFact extends FactBase {
  kind: 'relation';
  subject: EntityKey;
  property: PropertyName;
  object: Value;
  qualifiers: Qualifier[];
}

/**
 * A raw infobox statement, as DBpedia's `dbp:` properties are: the parameter's own name in a per-language
 * namespace (`property/en/birth_date`), its value parsed. A mapped `RelationFact` may say the same with an
 * ontology property; both keep the parameter's evidence.
 */
export interface AttributeFact extends FactBase {
  kind: 'attribute';
  subject: EntityKey;
  /** Wiki language whose namespace the parameter lives in. */
  lang: string;
  /** The template's canonical name and the parameter as written. */
  template: string;
  parameter: string;
  object: Value;
  qualifiers: Qualifier[];
}

export type Fact = EntityFact | LabelFact | RelationFact | AttributeFact;

/** Builders for entity keys, so every extractor spells them alike. */
export const entityKey = {
  page: (title: string): EntityKey => `page:${title}`,
  /** A page of another language edition (`page@en:Title`), e.g. the target of an interlanguage link. */
  pageIn: (lang: string, title: string): EntityKey => `page@${lang}:${title}`,
  /** The Wikipedia page (the document) of a title in the article's wiki, as `schema:mainEntityOfPage` names it. */
  wikiPage: (title: string): EntityKey => `wikipage:${title}`,
  name: (text: string): EntityKey => `name:${text}`,
  category: (name: string): EntityKey => `category:${name}`,
  citation: (referenceId: string): EntityKey => `citation:${referenceId}`,
  part: (parent: EntityKey, kind: string, discriminator: string): EntityKey =>
    `${parent}#${kind}:${discriminator}`,
};

/** Literal builders that keep datatypes consistent. */
export const literal = {
  text: (s: string, lang: string): LiteralValue => ({ literal: s, datatype: 'langString', lang }),
  string: (s: string): LiteralValue => ({ literal: s, datatype: 'string' }),
  integer: (n: number): LiteralValue => ({ literal: String(n), datatype: 'integer' }),
  boolean: (b: boolean): LiteralValue => ({ literal: String(b), datatype: 'boolean' }),
  uri: (s: string): LiteralValue => ({ literal: s, datatype: 'anyURI' }),
};

/** True when a value names an entity. */
export function isEntityValue(v: Value): v is EntityValue {
  return (v as EntityValue).entity !== undefined;
}
