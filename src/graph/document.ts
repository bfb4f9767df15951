/**
 * The article as a document: its `wkg:Article` node, its NIF context (the wikitext) and the links from
 * `page:` entities to their Wikipedia pages.
 */
import { DataFactory } from 'n3';
import type { Fact, EntityKey } from '../extract/fact';
import { isEntityValue, entityKey } from '../extract/fact';
import type { ArticleGraph } from './articleGraph';
import { nif, rdf, schema, wkg } from './vocab';
import { offsetLiteral } from './terms';

/** Adds the article document and its NIF context. */
export function addArticleDocument(g: ArticleGraph): void {
  const { source } = g.article;
  const doc = g.iri.article();
  const page = g.iri.wikipediaPage(source.title);
  g.bag.add(doc, rdf.type, wkg.Article);
  g.bag.add(doc, rdf.type, schema.Article);
  g.bag.add(doc, schema.name, g.text(source.title));
  g.bag.add(doc, schema.inLanguage, DataFactory.literal(g.lang));
  g.bag.add(doc, schema.url, page);
  g.bag.add(doc, schema.about, g.iri.entity(entityKey.page(source.title)));
  if (source.revision) g.bag.add(doc, wkg.revision, DataFactory.literal(source.revision));

  const ctx = g.context();
  g.bag.add(ctx, rdf.type, nif.Context);
  g.bag.add(ctx, nif.beginIndex, offsetLiteral(0));
  g.bag.add(ctx, nif.endIndex, offsetLiteral(g.length));
  g.bag.add(ctx, nif.isString, DataFactory.literal(source.text));
  g.bag.add(ctx, nif.sourceUrl, page);
}

function keysOf(fact: Fact): EntityKey[] {
  if (fact.kind !== 'relation' && fact.kind !== 'attribute') return [fact.entity];
  const values = [fact.object, ...fact.qualifiers.map((q) => q.value)];
  return [fact.subject, ...values.filter(isEntityValue).map((v) => v.entity)];
}

/** Links every `page:` entity the facts mention (and the article's subject) to its Wikipedia page. */
export function addPageLinks(g: ArticleGraph, facts: Fact[]): void {
  const keys = new Set<EntityKey>([entityKey.page(g.article.source.title)]);
  for (const fact of facts) for (const key of keysOf(fact)) keys.add(key);
  for (const key of keys) {
    // A page of another language edition (`page@en:X`, an interlanguage link) is linked to its page there.
    const other = /^page@([^:#]+):([^#]+)$/.exec(key);
    if (other) g.bag.add(g.iri.entity(key), schema.mainEntityOfPage, g.iri.wikipediaPageIn(other[1], other[2]));
    // Parts (`page:X#position:Y`) are not pages of their own.
    if (!key.startsWith('page:') || key.includes('#')) continue;
    g.bag.add(g.iri.entity(key), schema.mainEntityOfPage, g.iri.wikipediaPage(key.slice('page:'.length)));
  }
}
