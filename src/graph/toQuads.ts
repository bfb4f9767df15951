/**
 * Facts → RDF 1.1 quads (default graph).
 *
 * Each fact becomes plain triples (what SPARQL users query) and, for each triple, an `rdf:Statement`
 * node (what says why we believe it): qualifiers, the rule, the citations, the NIF span of the words.
 * Statement IRIs hash the canonical form of triple + qualifiers + evidence, so they do not depend on
 * the order of facts or on the run.
 */
import type { NamedNode, Quad, Quad_Object, Term } from '@rdfjs/types';
import type { Fact, Qualifier, Value } from '../extract/fact';
import { DataFactory } from 'n3';
import { isEntityValue, isIriValue } from '../extract/fact';
import type { ParsedArticle } from '../parse/model';
import type { SiteIndex } from '../site/siteIndex';
import { ArticleGraph } from './articleGraph';
import { addCitations } from './citations';
import { addArticleDocument, addPageLinks } from './document';
import { addEvidence } from './evidence';
import { factLiteral, termKey } from './terms';
import { ENTITY_CLASS, PROPERTY, QUALIFIER, rdf, rdfs, skos, wkg } from './vocab';

/** Options of `factsToQuads`. */
export interface ToQuadsOptions {
  /** Base of minted IRIs; default `https://w3id.org/wikikg/`. */
  base?: string;
  /** The build's site index: linked pages are named as the pages they are (see `iri.ts`). */
  site?: SiteIndex;
}

interface Triple {
  subject: NamedNode;
  predicate: NamedNode;
  object: Quad_Object;
}

const LABEL_PREDICATE = { preferred: rdfs.label, alternative: skos.altLabel, native: wkg.nativeLabel } as const;

function valueTerm(g: ArticleGraph, value: Value): Quad_Object {
  if (isIriValue(value)) return DataFactory.namedNode(value.iri);
  return isEntityValue(value) ? g.iri.entity(value.entity) : factLiteral(value, g.lang);
}

/** The plain triples a fact states (an entity fact with several types states several). */
function factTriples(g: ArticleGraph, fact: Fact): Triple[] {
  switch (fact.kind) {
    case 'entity':
      return fact.types.map((t) => ({ subject: g.iri.entity(fact.entity), predicate: rdf.type, object: ENTITY_CLASS[t] }));
    case 'label':
      return [{ subject: g.iri.entity(fact.entity), predicate: LABEL_PREDICATE[fact.labelKind], object: labelLiteral(fact.text, fact.lang) }];
    case 'relation':
      return [{ subject: g.iri.entity(fact.subject), predicate: PROPERTY[fact.property], object: valueTerm(g, fact.object) }];
    case 'attribute':
      return [{ subject: g.iri.entity(fact.subject), predicate: g.iri.property(fact.lang, fact.parameter), object: valueTerm(g, fact.object) }];
  }
}

/** Each raw infobox property the graph uses is an `rdf:Property` named by its parameter, as written. */
function addRawProperties(g: ArticleGraph, facts: Fact[]): void {
  for (const fact of facts) {
    if (fact.kind !== 'attribute') continue;
    const property = g.iri.property(fact.lang, fact.parameter);
    g.bag.add(property, rdf.type, rdf.Property);
    // The parameter's name as the wiki's template writes it, in that wiki's language.
    g.bag.add(property, rdfs.label, factLiteral({ literal: fact.parameter, datatype: 'langString', lang: fact.lang }, g.lang));
  }
}

function labelLiteral(text: string, lang: string): Quad_Object {
  return factLiteral({ literal: text, datatype: 'langString', lang }, lang);
}

/** The canonical form a statement IRI hashes: triple, sorted qualifiers, evidence with sorted citations. */
function canonicalForm(g: ArticleGraph, triple: Triple, fact: Fact): string {
  const qualifiers = fact.kind === 'relation' || fact.kind === 'attribute' ? fact.qualifiers : [];
  const { sentence, start, end, rule, citations } = fact.evidence;
  return JSON.stringify([
    [triple.subject, triple.predicate, triple.object].map((t: Term) => termKey(t)),
    qualifiers.map((q) => `${q.name} ${termKey(valueTerm(g, q.value))}`).sort(),
    [sentence, start, end, rule, [...citations].sort()],
  ]);
}

function addStatement(g: ArticleGraph, triple: Triple, fact: Fact, qualifiers: Qualifier[]): void {
  const stmt = g.iri.statement(canonicalForm(g, triple, fact));
  g.bag.add(stmt, rdf.type, rdf.Statement);
  g.bag.add(stmt, rdf.type, wkg.Statement);
  g.bag.add(stmt, rdf.subject, triple.subject);
  g.bag.add(stmt, rdf.predicate, triple.predicate);
  g.bag.add(stmt, rdf.object, triple.object);
  for (const q of qualifiers) g.bag.add(stmt, QUALIFIER[q.name], valueTerm(g, q.value));
  addEvidence(g, stmt, fact.evidence);
}

/** Turns one article's facts into quads: triples, statements with evidence, citations, the document. */
export function factsToQuads(article: ParsedArticle, facts: Fact[], options: ToQuadsOptions = {}): readonly Quad[] {
  const g = new ArticleGraph(article, options.base, options.site);
  addArticleDocument(g);
  addCitations(g);
  for (const fact of facts) {
    const qualifiers = fact.kind === 'relation' || fact.kind === 'attribute' ? fact.qualifiers : [];
    for (const triple of factTriples(g, fact)) {
      g.bag.add(triple.subject, triple.predicate, triple.object);
      addStatement(g, triple, fact, qualifiers);
    }
  }
  addPageLinks(g, facts);
  addRawProperties(g, facts);
  return g.bag.canonicalQuads();
}
