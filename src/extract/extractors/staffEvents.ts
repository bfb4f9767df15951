import { fact } from '../build';
import type { ExtractionContext } from '../context';
import { forLanguages, type Extractor } from '../extractor';
import { entityKey, literal, type EntityType, type Fact } from '../fact';
import { triggers } from '../lexicon/triggers';
import { alt, ENTITY as E, HAN } from '../patterns';
import { forEachMatch, type RuleMatch } from '../rules';
import { DATE_PATTERN } from '../values/dates';

const DATE = `(?:${DATE_PATTERN})`;
const PARTIAL = alt(triggers.partial);
const STAFF = alt(triggers.staffNouns);

/** `2001年2月3日日本方面的職員撤出[辦事處]`: a side's staff leave the subject. */
const WITHDRAWAL = new RegExp(
  `(?<date>${DATE})?(?<side>${E})的?(?<partialBefore>${PARTIAL})?${STAFF}(?:逕自|径自|全部|全體|全体)?(?<partialAfter>${PARTIAL})?(?<verb>${alt(triggers.withdrawal)})(?<place>${E})`,
);

/** `3月4日日方部分職員返回[辦事處]`: a side's staff come back. */
const RETURN = new RegExp(
  `(?<date>${DATE})?(?<side>${E})的?(?<partialBefore>${PARTIAL})?${STAFF}(?<partialAfter>${PARTIAL})?又?(?<verb>${alt(triggers.returning)})(?<place>${E})`,
);

/** `令[辦事處]陷入癱瘓`: the state the event left the subject in. */
const EFFECT = new RegExp(`^[^。]{0,4}?${alt(triggers.effectLead)}(?<affected>${E})${alt(triggers.effectVerb)}(?<state>${HAN}{2,4})`, 'd');

/** `日本方面…聲稱另有安排`: the reason the acting side gave (tried at each mention of the side). */
const REASON = new RegExp(`(?<who>${E})[^。，]{0,20}?${alt(triggers.statement)}(?<said>[^，。；]+?)(?:及|以及|，|。|；|$)`, 'dy');

export const staffEventsExtractor: Extractor = {
  id: 'staff-events',
  appliesTo: forLanguages('zh'),
  extract(context) {
    return [
      ...forEachMatch(context, WITHDRAWAL, (m) => eventFacts(context, m, 'StaffWithdrawal', 'withdrawal')),
      ...forEachMatch(context, RETURN, (m) => eventFacts(context, m, 'StaffReturn', 'return')),
    ];
  },
};

function eventFacts(context: ExtractionContext, m: RuleMatch, type: EntityType, kind: string): Fact[] {
  const [place] = m.entities('place');
  const side = m.token('side');
  const date = m.date('date');
  if (place !== context.subject || !side?.types.includes('Country') || !date) return [];
  const event = entityKey.part(context.subject, 'event', `${kind}-${date.value.literal}`);
  const evidence = m.evidence(`staff-events/${kind}`);
  const facts: Fact[] = [
    fact.entity(event, [type, 'Event'], evidence),
    fact.label(event, m.text('side')! + m.view.plainText(m.span('verb')![0], m.span('place')![1]), context.script, 'preferred', evidence),
    fact.link(context.subject, 'significantEvent', event, evidence),
    fact.relation(event, 'pointInTime', date.value, m.evidence(`staff-events/${kind}-date`, 'date')),
    fact.link(event, 'agent', side.entities[0], evidence),
    fact.link(event, 'affects', place, evidence),
  ];
  if (m.text('partialBefore') || m.text('partialAfter')) facts.push(fact.relation(event, 'partial', literal.boolean(true), evidence));
  return facts.concat(consequences(context, m, event, side.entities[0]));
}

/** The effect and the stated reason, when the same sentence gives them after the event. */
function consequences(context: ExtractionContext, m: RuleMatch, event: string, side: string): Fact[] {
  const end = m.span()![1];
  const rest = m.view.masked.slice(end);
  const facts: Fact[] = [];
  const effect = EFFECT.exec(rest);
  if (effect && m.view.tokenAt(end + effect.indices!.groups!.affected[0])?.entities.includes(context.subject)) {
    const [, e] = effect.indices!.groups!.state;
    facts.push(fact.relation(event, 'hasEffect', literal.text(effect.groups!.state, context.script), m.evidenceAt(end + effect.index, end + e, 'staff-events/effect')));
  }
  const reason = reasonGivenBy(m, end, side);
  if (reason) {
    const [s, e] = reason.indices!.groups!.said;
    const said = m.view.plainText(end + s, end + e);
    facts.push(fact.relation(event, 'statedReason', literal.text(said, context.script), m.evidenceAt(end + reason.index, end + e, 'staff-events/stated-reason')));
  }
  return facts;
}


/** The first `REASON` match that starts at a mention of `side` after masked index `from`. */
function reasonGivenBy(m: RuleMatch, from: number, side: string): RegExpExecArray | undefined {
  const rest = m.view.masked.slice(from);
  for (let i = 0; i < rest.length; i++) {
    if (!m.view.tokenAt(from + i)?.entities.includes(side)) continue;
    REASON.lastIndex = i;
    const found = REASON.exec(rest);
    if (found) return found;
  }
  return undefined;
}
