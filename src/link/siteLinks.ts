/**
 * Links from the site index (`page_props` and `langlinks`, offline): `owl:sameAs wd:Q…` for every
 * entity of a graph whose page has a Wikidata item (the article's subject and every page it links to, by
 * the IRIs the graph stage gave them, which are the pages' own titles), the sitelink of the article's own
 * page in Wikidata's model, and `owl:sameAs` between the article's subject and its counterparts in other
 * language editions.
 */
import { DataFactory } from 'n3';
import type { NamedNode, Quad } from '@rdfjs/types';
import { wikipediaPageIri } from '../graph/iri';
import { owl, rdf, schema, wikidataItem, wkg, WIKIPEDIA_HOST } from '../graph/vocab';
import type { SiteIndex } from '../site/siteIndex';

/** A resource of the graph (`…/resource/{lang}/{title}`, not a part nested under one). */
const RESOURCE_IRI = /\/resource\/([a-z][a-z0-9-]*)\/([^/]+)$/;

/** What linking from the site index added. */
export interface SiteLinks {
  quads: Quad[];
  /** Entities given an item. */
  linked: number;
}

/**
 * The link triples the site index supports for one article's graph. `resource(lang, title)` names
 * another edition's page as the graph stage does.
 */
export function linkFromSite(quads: readonly Quad[], site: SiteIndex, resource: (lang: string, title: string) => NamedNode): SiteLinks {
  const out: Quad[] = [];
  let linked = 0;
  const seen = new Set<string>();
  const visit = (term: Quad['subject'] | Quad['object']): void => {
    if (term.termType !== 'NamedNode' || seen.has(term.value)) return;
    seen.add(term.value);
    const page = pageOf(term.value, site);
    if (!page?.item) return;
    out.push(DataFactory.quad(term, owl.sameAs, wikidataItem(page.item)));
    linked++;
  };
  for (const q of quads) {
    visit(q.subject);
    visit(q.object);
  }
  const article = quads.find((q) => q.predicate.equals(rdf.type) && q.object.equals(wkg.Article))?.subject;
  const subject = article && quads.find((q) => q.subject.equals(article) && q.predicate.equals(schema.about))?.object;
  const own = subject?.termType === 'NamedNode' ? pageOf(subject.value, site) : undefined;
  if (subject?.termType === 'NamedNode' && own) {
    if (own.item) out.push(...sitelink(own.lang, own.title, own.item));
    for (const link of own.langLinks) out.push(DataFactory.quad(subject, owl.sameAs, resource(link.lang, link.title)));
  }
  return { quads: out, linked };
}

/**
 * The page of the index an IRI of the graph names, if it names one. The graph stage named every page by
 * its own title, so the lookup is exact; a redirect page (only the redirect's own graph names it) links
 * nothing: its target's graph does.
 */
function pageOf(iri: string, site: SiteIndex) {
  const match = RESOURCE_IRI.exec(iri);
  const page = match ? site.exactPage(match[1], decodeSegment(match[2])) : undefined;
  return page?.redirect === undefined ? page : undefined;
}

/** The page of a Wikipedia in Wikidata's model: it is about the item, part of its wiki, named by its title. */
function sitelink(lang: string, title: string, item: string): Quad[] {
  const page = wikipediaPageIri(lang, title);
  const node = wikidataItem(item);
  return [
    DataFactory.quad(page, schema.about, node),
    DataFactory.quad(page, schema.isPartOf, DataFactory.namedNode(`https://${lang}.${WIKIPEDIA_HOST}/`)),
    DataFactory.quad(page, schema.name, DataFactory.literal(title, lang)),
    DataFactory.quad(page, schema.inLanguage, DataFactory.literal(lang)),
  ];
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment).replace(/_/g, ' ');
  } catch {
    return segment.replace(/_/g, ' ');
  }
}
