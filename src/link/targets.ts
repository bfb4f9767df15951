/**
 * What there is to link in a graph: entities with a Wikipedia page (resolved by sitelink) and entities
 * the text only names (reconciled by search), with the context that tells namesakes apart. The side an
 * official represents is not context: a country is rarely an official's employer or membership on Wikidata,
 * so it would only lower every candidate's score alike.
 */
import type { NamedNode, Quad } from '@rdfjs/types';
import { NS, PROPERTY, WIKIPEDIA_HOST, rdf, rdfs, schema, wkg } from '../graph/vocab';
import { RECONCILED_TYPES } from './typeEvidence';

/** An entity with a Wikipedia page of its own. */
export interface PageTarget {
  entity: NamedNode;
  lang: string;
  /** Site id of the page's wiki, `{lang}wiki`. */
  site: string;
  title: string;
}

/** An entity the text names without a link. */
export interface NameTarget {
  entity: NamedNode;
  lang: string;
  site: string;
  /** The name as the graph keys it (the last segment of the entity's IRI). */
  key: string;
  /** Its labels: text and language tag. */
  labels: Array<{ text: string; lang: string }>;
  /** The `wkg:` class local names it has (only the reconciled kinds). */
  types: string[];
  /** Organisations it is tied to: the organisation of a position it holds, and what it heads. */
  context: NamedNode[];
}

const PAGE_IRI = new RegExp(`^https://([a-z][a-z0-9-]*)\\.${WIKIPEDIA_HOST.replace(/\./g, '\\.')}/wiki/(.+)$`);
// A top-level resource (`resource/{lang}/{name}`); parts such as positions nest one level deeper.
const NAME_IRI = /\/resource\/([a-z][a-z0-9-]*)\/([^/]+)$/;

/** The page (wiki, title) a Wikipedia page IRI names, or undefined for any other IRI. */
export function pageOfIri(iri: string): { lang: string; title: string } | undefined {
  const m = PAGE_IRI.exec(iri);
  return m ? { lang: m[1], title: decodeSegment(m[2]) } : undefined;
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment).replace(/_/g, ' ');
  } catch {
    return segment.replace(/_/g, ' ');
  }
}

/** Entities with a `schema:mainEntityOfPage` on Wikipedia, one target per entity and page. */
export function pageTargets(quads: readonly Quad[]): PageTarget[] {
  const targets = new Map<string, PageTarget>();
  for (const q of quads) {
    if (!q.predicate.equals(schema.mainEntityOfPage) || q.subject.termType !== 'NamedNode') continue;
    const page = pageOfIri(q.object.value);
    if (!page) continue;
    targets.set(`${q.subject.value} ${q.object.value}`, { entity: q.subject, lang: page.lang, site: `${page.lang}wiki`, title: page.title });
  }
  return [...targets.values()];
}

/** Named-only entities of a reconciled kind, with their labels and context. */
export function nameTargets(quads: readonly Quad[]): NameTarget[] {
  const withPage = new Set(quads.filter((q) => q.predicate.equals(schema.mainEntityOfPage)).map((q) => q.subject.value));
  const byEntity = new Map<string, NameTarget>();
  for (const q of quads) {
    if (!q.predicate.equals(rdf.type) || q.subject.termType !== 'NamedNode' || withPage.has(q.subject.value)) continue;
    const type = q.object.value.startsWith(NS.wkg) ? q.object.value.slice(NS.wkg.length) : '';
    const m = NAME_IRI.exec(q.subject.value);
    if (!m || !RECONCILED_TYPES.includes(type)) continue;
    const target = byEntity.get(q.subject.value) ?? newTarget(q.subject, m[1], decodeSegment(m[2]));
    if (!target.types.includes(type)) target.types.push(type);
    byEntity.set(q.subject.value, target);
  }
  for (const q of quads) addDetail(byEntity, quads, q);
  return [...byEntity.values()].filter((t) => t.labels.length > 0);
}

function newTarget(entity: NamedNode, lang: string, key: string): NameTarget {
  return { entity, lang, site: `${lang}wiki`, key, labels: [], types: [], context: [] };
}

/** Adds what one quad says about a target: a label, or a tie to a context entity. */
function addDetail(byEntity: Map<string, NameTarget>, quads: readonly Quad[], q: Quad): void {
  const subject = byEntity.get(q.subject.value);
  const object = byEntity.get(q.object.value);
  const isLabel = q.predicate.equals(rdfs.label) || q.predicate.equals(wkg.nativeLabel);
  if (subject && isLabel && q.object.termType === 'Literal') {
    subject.labels.push({ text: q.object.value, lang: q.object.language });
  } else if (subject && q.predicate.equals(PROPERTY.positionHeld)) {
    for (const org of objectsOf(quads, q.object.value, PROPERTY.ofOrganization)) addContext(subject, org);
  } else if (object && q.predicate.equals(PROPERTY.director) && q.subject.termType === 'NamedNode') {
    addContext(object, q.subject);
  }
}

function addContext(target: NameTarget, entity: NamedNode): void {
  if (!target.context.some((c) => c.equals(entity))) target.context.push(entity);
}

function objectsOf(quads: readonly Quad[], subject: string, predicate: NamedNode): NamedNode[] {
  return quads
    .filter((q) => q.subject.value === subject && q.predicate.equals(predicate) && q.object.termType === 'NamedNode')
    .map((q) => q.object as NamedNode);
}
