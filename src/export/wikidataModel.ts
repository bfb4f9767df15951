/**
 * What the Wikidata export profile and QuickStatements share: facts merged into Wikidata statements,
 * dates as Wikidata times, and the items of wikis and languages (checked ids only, see
 * `src/link/verified-ids.tsv`).
 */
import { NS } from '../graph/vocab';
import { compareCodePoints } from '../util/text';
import type { FactSource, WikidataFact, WikidataValue } from './wikidataFacts';

/** Item of each Wikipedia by language code, for "imported from Wikimedia project" (P143). */
export const WIKI_ITEMS: Readonly<Record<string, string>> = { zh: 'Q30239', ko: 'Q17985' };

/** Item of each language by code (first subtag), for "language of work or name" (P407). */
export const LANGUAGE_ITEMS: Readonly<Record<string, string>> = { zh: 'Q7850', ko: 'Q9176', en: 'Q1860' };

/** One Wikidata statement: a fact, merged over all our statements that state it, with every source. */
export interface WikidataStatement {
  subject: WikidataFact['subject'];
  property: string;
  value: WikidataValue;
  qualifiers: WikidataFact['qualifiers'];
  sources: FactSource[];
  /** A stable key (subject, property, value, qualifiers). */
  key: string;
}

/** A stable text for a value. */
export function valueKey(value: WikidataValue): string {
  if (value.kind === 'item') return value.id;
  if (value.kind === 'unlinked') return `<${value.iri}>`;
  return JSON.stringify([value.value, value.datatype, value.lang]);
}

/** Merges facts into statements (same subject, property, value and qualifiers) in a stable order. */
export function toStatements(facts: WikidataFact[]): WikidataStatement[] {
  const merged = new Map<string, WikidataStatement>();
  for (const fact of facts) {
    const qualifiers = [...fact.qualifiers].sort((a, b) => compareCodePoints(a.property + valueKey(a.value), b.property + valueKey(b.value)));
    const key = [valueKey(fact.subject), fact.property, valueKey(fact.value), ...qualifiers.map((q) => q.property + valueKey(q.value))].join('\t');
    const statement = merged.get(key) ?? { subject: fact.subject, property: fact.property, value: fact.value, qualifiers, sources: [], key };
    for (const source of fact.sources) {
      if (!statement.sources.some((s) => sourceKey(s) === sourceKey(source))) statement.sources.push(source);
    }
    merged.set(key, statement);
  }
  const list = [...merged.values()];
  for (const statement of list) statement.sources.sort((a, b) => compareCodePoints(sourceKey(a), sourceKey(b)));
  return list.sort((a, b) => compareCodePoints(a.key, b.key));
}

/** A stable text for a source. */
export function sourceKey(source: FactSource): string {
  return JSON.stringify([source.kind, source.url, source.title, source.published, source.retrieved, source.publisherItem, source.language]);
}

/** Wikidata time precision of an XSD date type: 11 day, 10 month, 9 year. */
const PRECISION: Record<string, number> = { date: 11, gYearMonth: 10, gYear: 9 };

/** A date literal as a Wikidata time (`+2001-02-03T00:00:00Z` and its precision), or undefined. */
export function wikidataTime(value: string, datatype: string): { time: string; precision: number } | undefined {
  const local = datatype.startsWith(NS.xsd) ? datatype.slice(NS.xsd.length) : '';
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(value);
  if (!(local in PRECISION) || !m) return undefined;
  return { time: `+${m[1]}-${m[2] ?? '01'}-${m[3] ?? '01'}T00:00:00Z`, precision: PRECISION[local] };
}

/** A source date (`2001-02-03`, as the graph stores citation dates) as a Wikidata time, if it is a date. */
export function sourceTime(value: string | undefined): { time: string; precision: number } | undefined {
  return value ? wikidataTime(value, `${NS.xsd}date`) : undefined;
}

/** The language subtag of a tag (`zh-Hant` → `zh`). */
export function primaryLanguage(tag: string | undefined): string | undefined {
  return tag ? tag.toLowerCase().split('-')[0] : undefined;
}
