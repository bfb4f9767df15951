import { fact } from '../build';
import type { ExtractionContext } from '../context';
import { forLanguages, type Extractor } from '../extractor';
import { entityKey, literal, type Fact } from '../fact';
import { nameLabels } from '../labels';
import { triggers } from '../lexicon/triggers';
import { alt, ENTITY as E } from '../patterns';
import { forEachMatch, type RuleMatch } from '../rules';
import { COUNT_PATTERN, parseCount } from '../values/numbers';

const COUNT = `(?:${COUNT_PATTERN})`;

/** `雙方將派遣十至十二名職員常駐[辦事處]`: how many staff, sent by whom, are stationed at the subject. */
const PATTERN = new RegExp(
  `(?<sender>${E})?(?:會|会|將|将)?${alt(triggers.dispatch)}(?<min>${COUNT})(?:${alt(triggers.rangeJoiners)}(?<max>${COUNT}))?${alt(triggers.countersForPeople)}(?<noun>${alt(triggers.staffNouns)})${alt(triggers.station)}(?<where>${E})`,
);

/** `負責A、B及C等`: the duties that follow, one item each. */
const DUTIES = new RegExp(`^[，,]?${alt(triggers.duties)}(?<list>[^。；]+?)等?(?:[。；]|$)`, 'd');
const ITEM_BREAK = /、|以及|及|和|與|与/;

export const staffingExtractor: Extractor = {
  id: 'staffing',
  appliesTo: forLanguages('zh'),
  extract(context) {
    return forEachMatch(context, PATTERN, (m) => staffFacts(context, m));
  },
};

function staffFacts(context: ExtractionContext, m: RuleMatch): Fact[] {
  const [where] = m.entities('where');
  const min = parseCount(m.text('min') ?? '');
  const max = m.text('max') ? parseCount(m.text('max')!) : min;
  if (where !== context.subject || min === undefined || max === undefined) return [];
  const noun = m.text('noun')!;
  const group = entityKey.part(context.subject, 'staff', noun);
  const evidence = m.evidence('staffing/stationed-staff');
  const facts: Fact[] = [
    fact.entity(group, ['StaffGroup'], evidence),
    ...nameLabels(context, group, noun, evidence),
    fact.link(context.subject, 'stationedStaff', group, evidence),
    fact.relation(group, 'minCount', literal.integer(min), m.evidence('staffing/count', 'min', 'noun')),
    fact.relation(group, 'maxCount', literal.integer(max), m.evidence('staffing/count', 'min', 'noun')),
  ];
  for (const sender of m.entities('sender')) facts.push(fact.link(group, 'staffOf', sender, m.evidence('staffing/sent-by', 'sender', 'noun')));
  return facts.concat(duties(context, m, group));
}

function duties(context: ExtractionContext, m: RuleMatch, group: string): Fact[] {
  const end = m.span()![1];
  const rest = m.view.masked.slice(end);
  const found = DUTIES.exec(rest);
  if (!found) return [];
  const [listStart] = found.indices!.groups!.list;
  const facts: Fact[] = [];
  let offset = end + listStart;
  for (const item of found.groups!.list.split(ITEM_BREAK)) {
    const start = m.view.masked.indexOf(item, offset);
    offset = start + item.length;
    if (item.trim() === '') continue;
    const text = m.view.plainText(start, start + item.length);
    facts.push(fact.relation(group, 'duty', literal.text(text, context.script), m.evidenceAt(start, start + item.length, 'staffing/duty')));
  }
  return facts;
}

