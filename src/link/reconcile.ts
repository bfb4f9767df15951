/**
 * Reconciling a name with Wikidata items, on the model of OpenRefine's Wikibase reconciliation service
 * (wetneb/openrefine-wikibase, `engine.py`):
 *
 * - score (0–100) = (name + 0.4 × Σ context) / (1 + 0.4 × n), where `name` is the best similarity of our
 *   labels with the candidate's labels and aliases (Traditional and Simplified compared alike) and each of
 *   the n context items the graph ties the entity to scores 100 when the candidate's P31/P39/P108/P463
 *   holds it, else 0;
 * - a candidate whose kind is not confirmed (see `typeEvidence.ts`) scores half, as OpenRefine does;
 * - it is a match only when the best score is above 95 − 5 × n AND more than 10 above the runner-up.
 *
 * Anything less stays a list of scored candidates, never an identity.
 */
import { simplify } from '../extract/text/chineseVariants';
import type { EntityRecord } from './wikidataApi';
import { CLASS_ITEMS, CONTEXT_PROPERTIES, PERSON_PROPERTIES } from './typeEvidence';

/** OpenRefine's weight of one matching property against the name. */
export const PROPERTY_WEIGHT = 0.4;
/** OpenRefine's auto-match threshold with no properties, and its discount per property. */
export const MATCH_THRESHOLD = 95;
export const THRESHOLD_DISCOUNT_PER_PROPERTY = 5;
/** OpenRefine's minimum gap between the best and the second-best candidate. */
export const MATCH_SCORE_GAP = 10;

/** What is known about the entity to reconcile. */
export interface ReconcileQuery {
  labels: Array<{ text: string; lang: string }>;
  types: string[];
  /** Item ids of the entities the graph ties it to. */
  contextItems: string[];
}

/** A candidate with its score. */
export interface ScoredCandidate {
  id: string;
  score: number;
}

/** The outcome: a certain match, or only candidates (best first). */
export interface Decision {
  match?: ScoredCandidate;
  candidates: ScoredCandidate[];
}

/** The score of one candidate item for the query. */
export function scoreCandidate(query: ReconcileQuery, record: EntityRecord): number {
  const name = nameScore(query.labels.map((l) => l.text), candidateNames(record));
  const held = new Set(CONTEXT_PROPERTIES.flatMap((p) => record.claims[p] ?? []));
  const context = query.contextItems.reduce((sum, item) => sum + (held.has(item) ? 100 : 0), 0);
  const score = (name + PROPERTY_WEIGHT * context) / (1 + PROPERTY_WEIGHT * query.contextItems.length);
  return typeConfirmed(query.types, record) ? score : score / 2;
}

/** Applies the threshold and the margin to candidates scored for a query with `contextCount` context items. */
export function decide(scored: ScoredCandidate[], contextCount: number): Decision {
  const ranked = [...scored].sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
  const [best, second] = ranked;
  const threshold = MATCH_THRESHOLD - THRESHOLD_DISCOUNT_PER_PROPERTY * contextCount;
  if (best && best.score > threshold && best.score > (second?.score ?? 0) + MATCH_SCORE_GAP) {
    return { match: best, candidates: [] };
  }
  return { candidates: ranked.filter((c) => c.score > 0) };
}

/** True when the candidate's claims show it is of one of our classes. */
function typeConfirmed(types: string[], record: EntityRecord): boolean {
  const instanceOf = record.claims.P31 ?? [];
  return types.some((type) => {
    if (type === 'Person') return PERSON_PROPERTIES.some((p) => (record.claims[p] ?? []).length > 0);
    return (CLASS_ITEMS[type] ?? []).some((item) => instanceOf.includes(item));
  });
}

function candidateNames(record: EntityRecord): string[] {
  return [...Object.values(record.labels), ...Object.values(record.aliases).flat()];
}

/** The best similarity (0–100) between any of our names and any of theirs. */
export function nameScore(ours: string[], theirs: string[]): number {
  let best = 0;
  for (const a of ours.map(normaliseName)) {
    for (const b of theirs.map(normaliseName)) best = Math.max(best, similarity(a, b));
  }
  return best;
}

/** Compatibility forms folded, Simplified script, lower case, no spaces or middle dots. */
export function normaliseName(text: string): string {
  return simplify(text.normalize('NFKC')).toLowerCase().replace(/[\s·・‧-]+/g, '');
}

/** 100 × (1 − edit distance / longer length), over code points. */
function similarity(a: string, b: string): number {
  const x = Array.from(a);
  const y = Array.from(b);
  const longer = Math.max(x.length, y.length);
  if (longer === 0) return 0;
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    for (let j = 1; j <= y.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return 100 * (1 - previous[y.length] / longer);
}
