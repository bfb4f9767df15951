/**
 * One node per cited source (`Reference`) of the article. Publisher and author are not here: the
 * extractors state them as facts about `citation:ID`, so they get statements and evidence like any fact.
 */
import { DataFactory } from 'n3';
import type { Literal, NamedNode } from '@rdfjs/types';
import type { Reference } from '../parse/model';
import type { ArticleGraph } from './articleGraph';
import { prov, rdf, schema, wkg, xsd } from './vocab';
import { isAbsoluteIri, languageTag, parseCitationDateAnyPrecision } from './values';

/** Characters XML (and so `xsd:anyURI`) does not allow: most C0 controls, U+FFFE/U+FFFF, lone surrogates. */
const NOT_XML_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * A URL as an IRI when it is a valid absolute IRI, else an `xsd:anyURI` literal (never a broken IRI).
 * Characters no URL may hold are percent-encoded first, so the literal is a valid `xsd:anyURI` too.
 */
export function urlTerm(url: string): NamedNode | Literal {
  const clean = url.replace(NOT_XML_CHAR, (ch) => (ch.length === 1 && ch >= '\uD800' && ch <= '\uDFFF' ? '%EF%BF%BD' : encodeURIComponent(ch)));
  return isAbsoluteIri(clean) ? DataFactory.namedNode(clean) : DataFactory.literal(clean, xsd.anyURI);
}

/** A date as `xsd:date`, `xsd:gYearMonth` or `xsd:gYear` when it parses (as precise as written), else the text as written. */
export function dateTerm(text: string): Literal {
  const date = parseCitationDateAnyPrecision(text);
  return date ? DataFactory.literal(date.lexical, xsd[date.datatype]) : DataFactory.literal(text);
}

function addFields(g: ArticleGraph, node: NamedNode, fields: Record<string, string>): void {
  const lang = fields.language ? languageTag(fields.language) : undefined;
  if (fields.url) g.bag.add(node, schema.url, urlTerm(fields.url));
  if (fields.title) g.bag.add(node, schema.name, DataFactory.literal(fields.title, lang));
  if (fields.date) g.bag.add(node, schema.datePublished, dateTerm(fields.date));
  if (fields.accessdate) g.bag.add(node, wkg.accessDate, dateTerm(fields.accessdate));
  if (fields.archivedate) g.bag.add(node, wkg.archiveDate, dateTerm(fields.archivedate));
  if (fields.archiveurl) g.bag.add(node, wkg.archiveUrl, urlTerm(fields.archiveurl));
  if (lang) g.bag.add(node, schema.inLanguage, DataFactory.literal(lang));
}

/** Adds the node of one reference. */
export function addCitation(g: ArticleGraph, ref: Reference): void {
  const node = g.iri.citation(ref.id);
  g.bag.add(node, rdf.type, wkg.Citation);
  g.bag.add(node, rdf.type, prov.Entity);
  g.bag.add(node, rdf.type, schema.CreativeWork);
  g.bag.add(node, wkg.citedIn, g.iri.article());
  if (ref.name) g.bag.add(node, wkg.referenceName, DataFactory.literal(ref.name));
  // A ref without a citation template has only its text; keep it so the source is still readable.
  if (ref.text && !ref.template) g.bag.add(node, schema.description, DataFactory.literal(ref.text));
  addFields(g, node, ref.fields);
}

/** Adds the nodes of every reference of the article. */
export function addCitations(g: ArticleGraph): void {
  for (const ref of g.article.references) addCitation(g, ref);
}
