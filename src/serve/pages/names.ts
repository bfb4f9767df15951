/**
 * Names for what a page shows: the labels of IRIs, fetched in batches, the one to show chosen by the
 * reader's languages (`Accept-Language`, then the graph's usual ones), and for an IRI with no label a
 * name made from what its path says (`quantity of Springfield`, `statement in Springfield`), never a bare
 * tail of an IRI.
 */
import type { Term } from '@rdfjs/types';
import { NS } from '../../graph/vocab';
import type { RowSource } from '../lookup/lookupService';

/** A label and its language tag (lower case, as the store gives it; '' for none). */
export interface Label {
  value: string;
  lang: string;
}

/** Labels by IRI. */
export type Labels = Map<string, Label[]>;

/** What names are chosen with. */
export interface Naming {
  base: string;
  labels: Labels;
  /** The reader's languages, best first, lower case. */
  languages: readonly string[];
}

/** Properties whose values name their subject, for showing it. */
const LABEL_PROPERTIES = 'rdfs:label|skos:prefLabel|schema:name|wkg:statedAs';

/** IRIs whose labels are asked for in one query. */
const BATCH = 200;

/** The labels of `iris` (those that are safe in a query; others go without). */
export async function fetchLabels(rows: RowSource, iris: Iterable<string>): Promise<Labels> {
  const wanted = [...new Set(iris)].filter((iri) => /^[A-Za-z][A-Za-z0-9+.-]*:[^<>"{}|^`\\\u0000-\u0020]*$/.test(iri));
  const labels: Labels = new Map();
  const batches: string[][] = [];
  for (let i = 0; i < wanted.length; i += BATCH) batches.push(wanted.slice(i, i + BATCH));
  const answers = await Promise.all(
    batches.map((batch) => rows(`SELECT DISTINCT ?x ?label WHERE { VALUES ?x { ${batch.map((iri) => `<${iri}>`).join(' ')} } ?x ${LABEL_PROPERTIES} ?label FILTER (isLiteral(?label)) }`)),
  );
  for (const row of answers.flat()) {
    if (!row.x || !row.label) continue;
    const list = labels.get(row.x.value) ?? [];
    list.push({ value: row.label.value, lang: languageOf(row.label) });
    labels.set(row.x.value, list);
  }
  return labels;
}

/** The language tag of a literal, lower case; '' for none. */
export function languageOf(term: Term): string {
  return term.termType === 'Literal' ? term.language.toLowerCase() : '';
}

/** The reader's languages from `Accept-Language`, widened (`zh-tw` → `zh-tw`, `zh`), then the graph's usual ones. */
export function readerLanguages(acceptLanguage: string | undefined): string[] {
  const asked = (acceptLanguage ?? '')
    .split(',')
    .map((part) => part.split(';')[0].trim().toLowerCase())
    .filter((tag) => tag !== '' && tag !== '*');
  const widened = asked.flatMap((tag) => (tag.includes('-') ? [tag, tag.split('-')[0]] : [tag]));
  return [...new Set([...widened, 'en', 'zh-hant', 'zh', 'zh-hans', ''])];
}

/** The label to show from several, by the reader's languages (then by value, so the choice is stable). */
export function pickLabel(labels: readonly Label[] | undefined, languages: readonly string[]): Label | undefined {
  if (!labels || labels.length === 0) return undefined;
  const rank = (label: Label) => {
    const exact = languages.indexOf(label.lang);
    if (exact >= 0) return exact;
    const wider = languages.findIndex((wanted) => wanted !== '' && label.lang.startsWith(`${wanted}-`));
    return wider >= 0 ? wider : languages.length;
  };
  return [...labels].sort((a, b) => rank(a) - rank(b) || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0))[0];
}

/** The name to show for an IRI, and its language when it has one. */
export function nameOf(iri: string, naming: Naming): Label {
  return pickLabel(naming.labels.get(iri), naming.languages) ?? { value: pathName(iri, naming.base), lang: '' };
}

/** A name from the IRI alone: what the base's paths say, else the prefixed form. */
export function pathName(iri: string, base: string): string {
  if (iri.startsWith(base) && !iri.includes('#')) {
    let parts: string[];
    try {
      parts = iri.slice(base.length).split('/').map((part) => decodeURIComponent(part).replace(/_/g, ' '));
    } catch {
      return iri;
    }
    const [kind, , title, ...rest] = parts;
    if (title === undefined) return parts.join(' ');
    if (kind === 'statement') return `statement in ${title}`;
    if (kind === 'source') return `source ${rest.join(' ')} in ${title}`;
    if (kind === 'category') return `Category: ${title}`;
    if (kind === 'text') return `text of ${title}`;
    if (rest.length >= 2) return `${rest[0]} of ${title}`;
    if (rest.length === 1) return `${rest[0]} (${title})`;
    return title;
  }
  for (const [prefix, ns] of Object.entries(NS)) {
    if (iri.startsWith(ns) && /^[\p{L}_][\p{L}\p{N}_-]*$/u.test(iri.slice(ns.length))) return `${prefix}:${iri.slice(ns.length)}`;
  }
  return iri;
}
