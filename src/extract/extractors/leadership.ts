import { fact } from '../build';
import { perArticle, type ExtractionContext } from '../context';
import { forLanguages, type Extractor } from '../extractor';
import { entityKey, literal, type EntityKey, type Fact, type LiteralValue, type Qualifier } from '../fact';
import { nameLabels } from '../labels';
import { positionTitles, roleTitles, roleVerbs } from '../lexicon/positions';
import { triggers } from '../lexicon/triggers';
import { alt, ENTITY as E, HAN } from '../patterns';
import { forEachMatch, type RuleMatch } from '../rules';
import { statedOpeningDate } from './opening';

/**
 * `由[[商務部]]次官王小明擔任中方主任`: a person, named without a link after their position in an
 * organisation, takes a role for one side. The person heads the subject for that side.
 */
const PATTERN = new RegExp(
  `(?<organization>${E})(?<position>${alt(positionTitles)})(?<person>${E}|${HAN}{2,4}?)(?<verb>${alt(roleVerbs)})(?<side>${E})?(?<role>${alt(roleTitles)})`,
);

/** One person taking one role, as the text states it. */
export interface RoleHolding {
  person: EntityKey;
  personName: string;
  organization: EntityKey;
  position: EntityKey;
  positionTitle: string;
  side?: EntityKey;
  role: string;
  match: RuleMatch;
}

/** Every role holding the article states (shared with rules that refer to holders by their role). */
export const findRoleHoldings = perArticle((context: ExtractionContext): RoleHolding[] => {
  const found: RoleHolding[] = [];
  forEachMatch(context, PATTERN, (m) => {
    const [organization] = m.entities('organization');
    const personName = m.text('person')!;
    const personToken = m.token('person');
    if (!organization || organization === context.subject) return [];
    if (personToken && !personToken.types.includes('Person')) return [];
    const positionTitle = m.text('position')!;
    found.push({
      person: personToken?.entities[0] ?? entityKey.name(personName), personName, organization, positionTitle,
      position: entityKey.part(organization, 'position', positionTitle),
      side: m.token('side')?.types.includes('Country') ? m.entities('side')[0] : undefined,
      role: m.text('role')!, match: m,
    });
    return [];
  });
  return found;
});

export const leadershipExtractor: Extractor = {
  id: 'leadership',
  appliesTo: forLanguages('zh'),
  extract(context) {
    const opened = statedOpeningDate(context);
    return findRoleHoldings(context).flatMap((h) => holdingFacts(context, h, startsAtOpening(h.match) ? opened : undefined));
  },
};

const AFTER_OPENING = new RegExp(alt(triggers.afterOpening));

/** `…在揭牌後將由…擔任`: the sentence dates the role from the opening. */
function startsAtOpening(m: RuleMatch): boolean {
  return AFTER_OPENING.test(m.view.masked.slice(0, m.span()![0]));
}

function holdingFacts(context: ExtractionContext, h: RoleHolding, start?: LiteralValue): Fact[] {
  const { match: m } = h;
  const personEvidence = m.evidence('leadership/person', 'person');
  const positionEvidence = m.evidence('leadership/position-held', 'organization', 'person');
  const roleEvidence = m.evidence('leadership/heads-for-side', 'person', 'role');
  // The post itself (person → position → organisation) is the position frame's (src/extract/frames/position.ts);
  // this rule adds only what the sentence says beyond it: the role the person takes for one side.
  const facts: Fact[] = m.token('person')
    ? []
    : [
      fact.entity(h.person, ['Person'], personEvidence),
      ...nameLabels(context, h.person, h.personName, personEvidence),
      fact.entity(h.position, ['Position'], positionEvidence),
      ...nameLabels(context, h.position, m.text('organization')! + h.positionTitle, positionEvidence),
      fact.relation(h.position, 'positionTitle', literal.text(h.positionTitle, context.script), positionEvidence),
      fact.link(h.position, 'ofOrganization', h.organization, positionEvidence),
      fact.link(h.person, 'positionHeld', h.position, positionEvidence),
    ];
  const qualifiers: Qualifier[] = [{ name: 'roleTitle', value: literal.text(h.role, context.script) }];
  if (h.side) qualifiers.push({ name: 'side', value: { entity: h.side } });
  if (start) qualifiers.push({ name: 'startTime', value: start });
  facts.push(fact.link(context.subject, 'director', h.person, roleEvidence, qualifiers));
  if (h.side) {
    facts.push(fact.link(h.person, 'represents', h.side, roleEvidence));
    facts.push(fact.link(h.organization, 'country', h.side, m.evidence('leadership/organization-of-side', 'organization', 'role')));
  }
  return facts;
}
