/**
 * An entity's facts grouped by property and cut into pages, so that a page of a country with hundreds
 * of facts stays readable and short. A property with few values shows each with its statements (the
 * sentence, the citations); a property with many (interlanguage links, categories, page links) shows
 * them as one list of names, each linked to its statement, with the rest of a long list folded.
 */
import type { Term } from '@rdfjs/types';
import { PROPERTY } from '../../graph/vocab';
import { html, link, type Html } from '../html/html';
import { pathForIri } from '../linkedData';
import { statementHtml } from './evidence';
import { nameOf, pathName, type Naming } from './names';
import { termHtml } from './terms';
import { factKey, type StatementInfo } from './statements';

/** A fact of the entity: a property and a value. */
export interface Fact {
  predicate: string;
  object: Term;
}

/** The facts of one property. */
export interface FactGroup {
  property: string;
  facts: Fact[];
  /** Shown as one list of names rather than one block per value. */
  compact: boolean;
}

/** Values past which a property is shown as a list. */
const COMPACT_FROM = 9;
/** Properties that are lists by nature, however few their values. */
const LIST_PROPERTIES = new Set([PROPERTY.interlanguageLink.value, PROPERTY.wikiPageLink.value, PROPERTY.category.value, PROPERTY.externalLink.value]);
/** Values of a list shown before the rest is folded. */
const LIST_SHOWN = 40;
/** What a page of facts holds: a value with its statements costs 1, a list 1 per 20 values. */
export const PAGE_BUDGET = 60;

/**
 * Facts grouped by property: first the ontology's properties with their evidence, then the lists, then
 * the raw values of infobox parameters (`{base}property/…`, which the mapped facts mostly restate);
 * within each, in order of the property's name.
 */
export function groupFacts(facts: readonly Fact[], naming: Naming): FactGroup[] {
  const byProperty = new Map<string, Fact[]>();
  for (const fact of facts) byProperty.set(fact.predicate, [...(byProperty.get(fact.predicate) ?? []), fact]);
  const groups = [...byProperty.entries()].map(([property, list]) => ({ property, facts: list, compact: list.length >= COMPACT_FROM || LIST_PROPERTIES.has(property) }));
  const rank = (group: FactGroup) => (group.property.startsWith(`${naming.base}property/`) ? 2 : group.compact ? 1 : 0);
  const name = (iri: string) => nameOf(iri, naming).value.toLowerCase();
  return groups.sort((a, b) => rank(a) - rank(b) || (name(a.property) < name(b.property) ? -1 : name(a.property) > name(b.property) ? 1 : a.property < b.property ? -1 : a.property > b.property ? 1 : 0));
}

/** What a group costs on a page. */
function cost(group: FactGroup): number {
  return group.compact ? Math.ceil(Math.min(group.facts.length, LIST_SHOWN) / 20) : group.facts.length;
}

/** The groups cut into pages within the budget; a group of detailed values longer than a page is split. */
export function pageGroups(groups: readonly FactGroup[]): FactGroup[][] {
  const pages: FactGroup[][] = [[]];
  let used = 0;
  const newPage = () => {
    pages.push([]);
    used = 0;
  };
  for (const group of groups) {
    if (group.compact) {
      if (used > 0 && used + cost(group) > PAGE_BUDGET) newPage();
      pages[pages.length - 1].push(group);
      used += cost(group);
      continue;
    }
    let rest = group.facts;
    while (rest.length > 0) {
      if (used >= PAGE_BUDGET) newPage();
      const take = Math.min(rest.length, PAGE_BUDGET - used);
      pages[pages.length - 1].push({ ...group, facts: rest.slice(0, take) });
      used += take;
      rest = rest.slice(take);
    }
  }
  return pages.filter((page) => page.length > 0);
}

/** One group: its heading and its values. */
export function groupHtml(group: FactGroup, statements: ReadonlyMap<string, StatementInfo[]>, naming: Naming): Html {
  const property = nameOf(group.property, naming);
  const curie = pathName(group.property, naming.base);
  const shownCurie = curie !== group.property && /^\w+:/.test(curie) ? html` <code class="curie">${curie}</code>` : '';
  const heading = html`<h3>${link(pathForIri(group.property, naming.base), property.value, { title: group.property })}${shownCurie}${group.facts.length > 1 ? html` <span class="count">${group.facts.length}</span>` : ''}</h3>`;
  if (group.compact) {
    const items = group.facts.map((fact) => html`<li class="fact" data-predicate="${fact.predicate}">${termHtml(fact.object, naming)}${statementLink(fact, statements, naming)}</li>`);
    const folded = items.length > LIST_SHOWN ? html`<details class="more"><summary>${items.length - LIST_SHOWN} more</summary><ul class="values compact">${items.slice(LIST_SHOWN)}</ul></details>` : '';
    return html`<div class="property compact" data-property="${group.property}">${heading}<ul class="values compact">${items.slice(0, LIST_SHOWN)}</ul>${folded}</div>`;
  }
  const items = sharedRuns(group.facts, statements).map((run) => {
    if (run.length > 1) {
      // Several values read from the same words with the same sources: the words are quoted once, and
      // each value links its own statement (the quote's block links only the first's).
      const [first] = statements.get(factKey(run[0].predicate, run[0].object)) ?? [];
      return html`<li class="fact shared" data-predicate="${group.property}"><ul class="values compact">${run.map((fact) => html`<li class="value">${termHtml(fact.object, naming)}${statementLink(fact, statements, naming)}</li>`)}</ul>${statementHtml(first, naming)}</li>`;
    }
    const [fact] = run;
    const backing = statements.get(factKey(fact.predicate, fact.object)) ?? [];
    const blocks = backing.length > 0 ? backing.map((statement) => statementHtml(statement, naming)) : [html`<p class="no-evidence">no statement with evidence for this fact</p>`];
    return html`<li class="fact" data-predicate="${fact.predicate}"><div class="value">${termHtml(fact.object, naming)}</div>${blocks}</li>`;
  });
  return html`<div class="property" data-property="${group.property}">${heading}<ul class="facts">${items}</ul></div>`;
}

/** ` ¶`, a link to the (first) statement behind a fact, or nothing. */
function statementLink(fact: Fact, statements: ReadonlyMap<string, StatementInfo[]>, naming: Naming): Html | '' {
  const statement = statements.get(factKey(fact.predicate, fact.object))?.[0];
  return statement ? html` ${link(pathForIri(statement.iri, naming.base), '¶', { class: 'statement-link', title: 'the statement and its evidence' })}` : '';
}

/**
 * The facts in runs: consecutive facts each backed by one statement without qualifiers, with the same
 * spans and citations, make one run; any other fact is a run of its own.
 */
function sharedRuns(facts: readonly Fact[], statements: ReadonlyMap<string, StatementInfo[]>): Fact[][] {
  const keyOf = (fact: Fact) => {
    const backing = statements.get(factKey(fact.predicate, fact.object)) ?? [];
    if (backing.length !== 1 || backing[0].qualifiers.length > 0 || backing[0].evidence.length === 0) return undefined;
    const [statement] = backing;
    return JSON.stringify([statement.evidence.map((e) => [e.begin, e.end]), statement.citations.map((c) => c.iri), statement.rule]);
  };
  const runs: Fact[][] = [];
  let last: string | undefined;
  for (const fact of facts) {
    const key = keyOf(fact);
    if (key !== undefined && key === last) runs[runs.length - 1].push(fact);
    else runs.push([fact]);
    last = key;
  }
  return runs;
}
