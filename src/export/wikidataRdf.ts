/**
 * `export --profile wikidata`: the facts about linked entities in Wikidata's own RDF model
 * (https://www.mediawiki.org/wiki/Wikibase/Indexing/RDF_Dump_Format): `wdt:` truthy triples, `p:`/`ps:`/`pq:`
 * statement nodes, and references as `prov:wasDerivedFrom` to `wikibase:Reference` nodes with `pr:` values.
 *
 * Statement and reference nodes are blank nodes labelled by a hash of their content: they do not exist on
 * Wikidata (so they get no `wds:`/`wdref:` IRI), yet the same facts always give the same output.
 */
import { sha256Hex } from '../util/hash';
import { DataFactory } from 'n3';
import type { BlankNode, NamedNode, Quad, Quad_Object } from '@rdfjs/types';
import { prov, rdf, wikibase, wikidataItem, wikidataProperty, WIKIBASE_NS, xsd } from '../graph/vocab';
import type { FactSource, WikidataValue } from './wikidataFacts';
import { LANGUAGE_ITEMS, primaryLanguage, sourceKey, sourceTime, WIKI_ITEMS, wikidataTime, type WikidataStatement } from './wikidataModel';

/** The prefixes the profile adds to the usual table. */
export const WIKIDATA_PREFIXES: Record<string, string> = { ...WIKIBASE_NS };

/** Quads of the statements whose subject has an item; values without an item are left out. */
export function wikidataProfileQuads(statements: WikidataStatement[]): Quad[] {
  const out: Quad[] = [];
  for (const statement of statements) {
    const value = valueTerm(statement.value);
    if (statement.subject.kind !== 'item' || !value) continue;
    const subject = wikidataItem(statement.subject.id);
    const node = blank('s', statement.key);
    out.push(quad(subject, wikidataProperty('wdt', statement.property), value));
    out.push(quad(subject, wikidataProperty('p', statement.property), node));
    out.push(quad(node, rdf.type, wikibase.Statement));
    out.push(quad(node, wikidataProperty('ps', statement.property), value));
    for (const qualifier of statement.qualifiers) {
      const qualifierValue = valueTerm(qualifier.value);
      if (qualifierValue) out.push(quad(node, wikidataProperty('pq', qualifier.property), qualifierValue));
    }
    for (const source of statement.sources) {
      const reference = blank('r', sourceKey(source));
      out.push(quad(node, prov.wasDerivedFrom, reference));
      out.push(...referenceQuads(reference, source));
    }
  }
  return out;
}

/** A reference node: what was cited (P854, P1476, P577, P123, P407, P813), or the article (P143, P4656). */
function referenceQuads(node: BlankNode, source: FactSource): Quad[] {
  const values: Array<[string, Quad_Object | undefined]> = source.kind === 'article'
    ? [['P143', item(WIKI_ITEMS[primaryLanguage(source.language) ?? ''])], ['P4656', iri(source.url)]]
    : [
        ['P854', iri(source.url)],
        ['P1476', source.title ? DataFactory.literal(source.title, source.titleLang ?? 'und') : undefined],
        ['P577', time(sourceTime(source.published))],
        ['P123', item(source.publisherItem)],
        ['P407', item(LANGUAGE_ITEMS[primaryLanguage(source.language) ?? ''])],
        ['P813', time(sourceTime(source.retrieved))],
      ];
  const out = [quad(node, rdf.type, wikibase.Reference)];
  for (const [pid, value] of values) if (value) out.push(quad(node, wikidataProperty('pr', pid), value));
  return out;
}

/** A value as Wikidata's RDF writes it: items as `wd:`, dates as `xsd:dateTime`, other literals as they are. */
function valueTerm(value: WikidataValue): Quad_Object | undefined {
  if (value.kind === 'item') return wikidataItem(value.id);
  if (value.kind === 'unlinked') return undefined;
  const asTime = wikidataTime(value.value, value.datatype);
  if (asTime) return time(asTime);
  return DataFactory.literal(value.value, value.lang || DataFactory.namedNode(value.datatype));
}

function time(t: { time: string } | undefined): Quad_Object | undefined {
  // Wikidata's RDF writes times without the leading + of its JSON.
  return t ? DataFactory.literal(t.time.slice(1), xsd.dateTime) : undefined;
}

function item(id: string | undefined): NamedNode | undefined {
  return id ? wikidataItem(id) : undefined;
}

function iri(url: string | undefined): NamedNode | undefined {
  return url && /^https?:\/\/\S+$/.test(url) ? DataFactory.namedNode(url) : undefined;
}

function blank(kind: 's' | 'r', content: string): BlankNode {
  return DataFactory.blankNode(kind + sha256Hex(content).slice(0, 16));
}

function quad(s: NamedNode | BlankNode, p: NamedNode, o: Quad_Object): Quad {
  return DataFactory.quad(s, p, o);
}
