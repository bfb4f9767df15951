import { fact } from '../build';
import { perArticle, type ExtractionContext } from '../context';
import { forLanguages, type Extractor } from '../extractor';
import type { Fact, LiteralValue, Qualifier, RelationFact } from '../fact';
import { triggers } from '../lexicon/triggers';
import { alt, ENTITY as E, gap } from '../patterns';
import { forEachMatch, type RuleMatch } from '../rules';
import { DATE_PATTERN } from '../values/dates';

const DATE = `(?:${DATE_PATTERN})`;

/** `使X由原定的2001年2月開張改為3月4日`: a planned opening date replaced by the actual one. */
const CHANGED = new RegExp(
  `(?<subject>${E})${gap(4)}由?${alt(triggers.planned)}(?<planned>${DATE})(?<verb>${alt(triggers.opening)})${alt(triggers.changedTo)}(?<actual>${DATE})`,
);

/** `X於2001年2月3日正式開張`: an opening date stated directly. */
const STATED = new RegExp(`(?<subject>${E})${gap(6)}(?<!原定的?)(?:於|于)(?<actual>${DATE})(?:正式)?(?<verb>${alt(triggers.opening)})`);

/** `隨著[[甲乙關係]]緊張`: what caused a change stated in the same sentence. */
const CAUSE = new RegExp(`${alt(triggers.causeLead)}(?<cause>${E})`, 'dg');

/** The opening date the article states (the first, if it states several), for rules that say "after the opening". */
export const statedOpeningDate = perArticle((context: ExtractionContext): LiteralValue | undefined => {
  const opening = openingFacts(context).find((f): f is RelationFact => f.kind === 'relation' && f.property === 'openingDate');
  return opening?.object as LiteralValue | undefined;
});

/** The opening facts of the article, read once and shared with the leadership rule. */
const openingFacts = perArticle((context: ExtractionContext): Fact[] => [
  ...forEachMatch(context, CHANGED, (m) => changedOpening(context, m)),
  ...forEachMatch(context, STATED, (m) => statedOpening(context, m)),
]);

export const openingExtractor: Extractor = {
  id: 'opening',
  appliesTo: forLanguages('zh'),
  extract: (context) => openingFacts(context),
};

function changedOpening(context: ExtractionContext, m: RuleMatch): Fact[] {
  const [subject] = m.entities('subject');
  const planned = m.date('planned');
  const actual = m.date('actual');
  if (subject !== context.subject || !planned || !actual) return [];
  const qualifiers: Qualifier[] = [{ name: 'plannedDate', value: planned.value }];
  const cause = causeBefore(m);
  if (cause) qualifiers.push({ name: 'reasonForChange', value: { entity: cause } });
  return [
    fact.relation(subject, 'openingDate', actual.value, m.evidence('opening/changed-date', 'planned', 'actual'), qualifiers),
    fact.relation(subject, 'plannedOpeningDate', planned.value, m.evidence('opening/planned-date', 'planned', 'verb'), [
      { name: 'status', value: { literal: 'superseded', datatype: 'string' } },
    ]),
  ];
}

function statedOpening(context: ExtractionContext, m: RuleMatch): Fact[] {
  const [subject] = m.entities('subject');
  const actual = m.date('actual');
  if (subject !== context.subject || !actual) return [];
  return [fact.relation(subject, 'openingDate', actual.value, m.evidence('opening/stated-date', 'actual', 'verb'))];
}

function causeBefore(m: RuleMatch) {
  const before = m.view.masked.slice(0, m.span()![0]);
  const causes = [...before.matchAll(CAUSE)];
  const last = causes[causes.length - 1];
  return last ? m.view.tokenAt(last.indices!.groups!.cause[0])?.entities[0] : undefined;
}
