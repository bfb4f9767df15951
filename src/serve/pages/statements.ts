/**
 * What a page says of each fact: its statement node, with the rule that read it, its qualifiers, its
 * evidence (the span, the phrase's wikitext and the sentence around it) and the citations behind it,
 * fetched with four queries for every statement a selector names (those of one subject, or one
 * statement). Sentences come once each, however many facts were read from them.
 */
import type { Term } from '@rdfjs/types';
import type { RowSource } from '../lookup/lookupService';

/** A source a statement was derived from that is a citation. */
export interface CitationInfo {
  iri: string;
  title?: string;
  url?: string;
  /** The publisher's IRI. */
  publisher?: string;
  published?: string;
  archive?: string;
  archived?: string;
  accessed?: string;
  author?: string;
}

/** Where a statement was read: the span (code points of the article) and the sentence around it. */
export interface EvidenceInfo {
  begin: number;
  end: number;
  /** The span's own wikitext. */
  anchor?: string;
  sentence?: { iri: string; text: string; begin: number };
}

/** One statement with everything that backs it. */
export interface StatementInfo {
  iri: string;
  subject: Term;
  predicate: string;
  object: Term;
  rule?: string;
  evidence: EvidenceInfo[];
  qualifiers: Array<{ property: string; value: Term }>;
  citations: CitationInfo[];
  /** The article it was read from. */
  article?: string;
}

/** The parts of a statement node that are its triple and its evidence, not qualifiers. */
const STATEMENT_PARTS = 'rdf:type, rdf:subject, rdf:predicate, rdf:object, prov:wasDerivedFrom, wkg:evidence, wkg:extractionRule';

/**
 * The statements `selector` binds to `?st` (a SPARQL pattern such as `?st rdf:subject <X> .`), in a
 * stable order (by IRI); at most `limit`.
 */
export async function fetchStatements(rows: RowSource, selector: string, limit = 5000): Promise<StatementInfo[]> {
  const [core, sentences, qualifiers, sources] = await Promise.all([
    rows(`SELECT DISTINCT ?st ?s ?p ?o ?rule ?begin ?end ?anchor ?sentence WHERE { ${selector} ?st rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .
  OPTIONAL { ?st wkg:extractionRule ?rule }
  OPTIONAL { ?st wkg:evidence ?evidence . ?evidence nif:beginIndex ?begin ; nif:endIndex ?end OPTIONAL { ?evidence nif:anchorOf ?anchor } OPTIONAL { ?evidence nif:sentence ?sentence } }
} ORDER BY ?st ?begin ?end LIMIT ${limit * 4}`),
    rows(`SELECT DISTINCT ?sentence ?text ?begin WHERE { ${selector} ?st wkg:evidence/nif:sentence ?sentence . ?sentence nif:anchorOf ?text ; nif:beginIndex ?begin } LIMIT ${limit}`),
    rows(`SELECT DISTINCT ?st ?q ?v WHERE { ${selector} ?st rdf:subject ?s ; ?q ?v FILTER (?q NOT IN (${STATEMENT_PARTS})) } ORDER BY ?st ?q ?v`),
    rows(`SELECT DISTINCT ?st ?source ?isArticle ?title ?url ?publisher ?published ?archive ?archived ?accessed ?author WHERE { ${selector} ?st rdf:subject ?s ; prov:wasDerivedFrom ?source .
  BIND (EXISTS { ?source a wkg:Article } AS ?isArticle)
  OPTIONAL { ?source schema:name ?title } OPTIONAL { ?source schema:url ?url } OPTIONAL { ?source wkg:publisher ?publisher }
  OPTIONAL { ?source schema:datePublished ?published } OPTIONAL { ?source wkg:archiveUrl ?archive } OPTIONAL { ?source wkg:archiveDate ?archived }
  OPTIONAL { ?source wkg:accessDate ?accessed } OPTIONAL { ?source wkg:author/rdfs:label ?author }
} ORDER BY ?st ?source`),
  ]);
  const sentenceText = new Map(sentences.map((row) => [row.sentence!.value, { iri: row.sentence!.value, text: row.text!.value, begin: Number(row.begin!.value) }]));
  const byIri = new Map<string, StatementInfo>();
  for (const row of core) {
    const iri = row.st!.value;
    let statement = byIri.get(iri);
    if (!statement) {
      if (byIri.size >= limit) continue;
      statement = { iri, subject: row.s!, predicate: row.p!.value, object: row.o!, ...(row.rule ? { rule: row.rule.value } : {}), evidence: [], qualifiers: [], citations: [] };
      byIri.set(iri, statement);
    }
    if (!row.begin || !row.end) continue;
    const [begin, end] = [Number(row.begin.value), Number(row.end.value)];
    if (statement.evidence.some((e) => e.begin === begin && e.end === end)) continue;
    const sentence = row.sentence ? sentenceText.get(row.sentence.value) : undefined;
    statement.evidence.push({ begin, end, ...(row.anchor ? { anchor: row.anchor.value } : {}), ...(sentence ? { sentence } : {}) });
  }
  for (const row of qualifiers) {
    const statement = byIri.get(row.st!.value);
    if (statement && !statement.qualifiers.some((q) => q.property === row.q!.value && q.value.equals(row.v!))) statement.qualifiers.push({ property: row.q!.value, value: row.v! });
  }
  for (const row of sources) {
    const statement = byIri.get(row.st!.value);
    if (!statement) continue;
    const iri = row.source!.value;
    if (row.isArticle?.value === 'true') statement.article ??= iri;
    else if (!statement.citations.some((citation) => citation.iri === iri)) statement.citations.push(citationOf(iri, row));
  }
  return [...byIri.values()];
}

function citationOf(iri: string, row: Record<string, Term | undefined>): CitationInfo {
  const citation: CitationInfo = { iri };
  const fields = ['title', 'url', 'publisher', 'published', 'archive', 'archived', 'accessed', 'author'] as const;
  for (const field of fields) if (row[field]) citation[field] = row[field]!.value;
  return citation;
}

/** A key for a fact (`predicate object`), to match statements with the triples they reify. */
export function factKey(predicate: string, object: Term): string {
  const literal = object.termType === 'Literal' ? ` ${object.language.toLowerCase()} ${object.datatype.value}` : '';
  return `${predicate} ${object.termType} ${object.value}${literal}`;
}
