/**
 * Linked Data: the graph's own IRIs answered by this server. An IRI under the base (default
 * `https://w3id.org/wikikg/`) is served at the same path under the server's root, so `/resource/zh/X`
 * answers for `{base}resource/zh/X`; with `--base` set to the deployment's own address the IRIs are
 * served as they are. Any other IRI is described at `/describe?iri=…`.
 *
 * Each answer is a document about the IRI: its own triples, the triples that point at it (so the
 * statement nodes of its facts, which name it as `rdf:subject`, can be followed), and for a hash
 * namespace (the NIF text of an article, the ontology) the triples of its `#…` IRIs. A text document
 * (`text/{lang}/{title}`, where every evidence span of an article lives as `#char=b,e`) holds that
 * article's NIF context and the strings in it, nothing else of the graph. Documents are pages of at most
 * `DOCUMENT_PAGE_SIZE` triples in a fixed order (`?page=2`, …), so no IRI, however much the graph says
 * of it, costs more than a page to answer.
 */
import { ONTOLOGY_IRI } from '../graph/vocab';
import { seg } from '../graph/segment';
import type { RdfFormat } from '../export/formats';
import { DOCUMENT_SUFFIXES } from './mediaTypes';

/** Triples in one page of a document: a country may be named by tens of thousands of facts. */
export const DOCUMENT_PAGE_SIZE = 2000;

/** The IRI a request path stands for, and the RDF format a `.ttl`/`.jsonld`/`.nt`/`.rdf` suffix asks for. */
export interface PathIri {
  iri: string;
  suffix?: RdfFormat;
}

/**
 * The IRIs a request path may stand for under `base`: each segment decoded and re-encoded as `seg()`
 * mints it (so a browser's percent-encoding and an IRI's readable characters meet); with a document
 * suffix, also the IRI without it. Undefined for a path that cannot be decoded.
 */
export function irisForPath(pathname: string, base: string): PathIri[] | undefined {
  if (!base.endsWith('/')) return undefined;
  const segments = pathname.replace(/^\//, '').split('/');
  let decoded: string[];
  try {
    decoded = segments.map((segment) => decodeURIComponent(segment));
  } catch {
    return undefined;
  }
  const iri = base + decoded.map((segment) => (segment === '' ? '' : seg(segment))).join('/');
  const candidates: PathIri[] = [{ iri }];
  const last = decoded[decoded.length - 1];
  for (const [suffix, format] of Object.entries(DOCUMENT_SUFFIXES)) {
    if (last.endsWith(suffix) && last.length > suffix.length) {
      const stem = [...decoded.slice(0, -1), last.slice(0, -suffix.length)];
      candidates.push({ iri: base + stem.map((segment) => seg(segment)).join('/'), suffix: format });
    }
  }
  return candidates;
}

/** The server path of an IRI (non-ASCII percent-encoded), or `/describe?iri=…` for IRIs outside the base. */
export function pathForIri(iri: string, base: string): string {
  const local = base.endsWith('/') && iri.startsWith(base) && !iri.includes('#') && iri.length > base.length;
  if (!local) return `/describe?iri=${encodeURIComponent(iri)}`;
  return '/' + iri.slice(base.length).replace(/[^\x21-\x7e]/gu, (ch) => encodeURIComponent(ch));
}

/** True for a string that can stand between `<` and `>` in SPARQL (an absolute IRI, no forbidden characters). */
export function isSafeIri(iri: string): boolean {
  return /^[A-Za-z][A-Za-z0-9+.-]*:[^<>"{}|^`\\\u0000-\u0020]*$/.test(iri) && iri.length <= 4096;
}

/**
 * What kind of page the IRI gets: whether anything is said about it at all, and whether it is an
 * article (then the HTML page shows the article's text with its facts) or a statement.
 */
export function kindQuery(iri: string): string {
  return `SELECT ?known ?article ?statement WHERE {
  BIND (EXISTS { <${iri}> ?p ?o } || EXISTS { ?s ?q <${iri}> } || EXISTS { ?h rdfs:isDefinedBy <${iri}> } AS ?known)
  BIND (EXISTS { <${iri}> a wkg:Article } AS ?article)
  BIND (EXISTS { <${iri}> a rdf:Statement } AS ?statement)
}`;
}

/**
 * The SELECT of one page of the document about `iri` (rows `?s ?p ?o`), `size` triples after the first
 * `offset`, in a fixed order: its own triples, then those pointing at it, then its `#…` IRIs'. One row
 * more than `size` is asked for, so the caller knows whether there is a next page.
 */
export function documentQuery(iri: string, base: string, offset: number, size: number): string {
  const parts = [`{ <${iri}> ?p ?o BIND (<${iri}> AS ?s) BIND (0 AS ?part) }`, `{ ?s ?p <${iri}> BIND (<${iri}> AS ?o) BIND (1 AS ?part) }`];
  if (iri === ONTOLOGY_IRI) parts.push(`{ ?s rdfs:isDefinedBy <${iri}> ; ?p ?o BIND (2 AS ?part) }`);
  const article = articleOfText(iri, base);
  if (article) {
    // `{base}text/{lang}/{title}` is the NIF document of `{base}article/{lang}/{title}` (src/graph/iri.ts):
    // its context and every phrase and sentence in it are `#char=` IRIs of this document. Each branch
    // starts from the article, so the engine never scans the graph.
    const context = `<${article}> schema:url ?url . ?context a nif:Context ; nif:sourceUrl ?url . FILTER (STRSTARTS(STR(?context), "${iri}#"))`;
    parts.splice(0, 2, `{ ${context} ?context ?p ?o BIND (?context AS ?s) BIND (2 AS ?part) }`, `{ ${context} ?s nif:referenceContext ?context ; ?p ?o BIND (3 AS ?part) }`);
  }
  return `SELECT DISTINCT ?s ?p ?o ?part WHERE {\n  ${parts.join('\n  UNION\n  ')}\n} ORDER BY ?part ?s ?p ?o OFFSET ${offset} LIMIT ${size + 1}`;
}

/** The article IRI whose text document `iri` is, when it is one. */
export function articleOfText(iri: string, base: string): string | undefined {
  const textSpace = `${base}text/`;
  return iri.startsWith(textSpace) && !iri.includes('#') ? `${base}article/${iri.slice(textSpace.length)}` : undefined;
}
