import { fact } from '../build';
import { forLanguages, type Extractor } from '../extractor';
import { entityKey, type Fact } from '../fact';
import { nameLabels } from '../labels';
import { roleTitles } from '../lexicon/positions';
import { frequencies, triggers } from '../lexicon/triggers';
import { alt } from '../patterns';
import { forEachMatch } from '../rules';
import { findRoleHoldings } from './leadership';

/** `主任將主持每月舉行的會議`: the holders of a role chair recurring meetings of the subject. */
const PATTERN = new RegExp(
  `(?<role>${alt(roleTitles)})(?:將|将|會|会)?${alt(triggers.chairing)}(?<frequency>${alt(Object.keys(frequencies))})?(?:舉行|举行|召開|召开)的(?<meeting>${alt(triggers.meetingWords)})`,
);

export const meetingsExtractor: Extractor = {
  id: 'meetings',
  appliesTo: forLanguages('zh'),
  extract(context) {
    const holdings = findRoleHoldings(context);
    return forEachMatch(context, PATTERN, (m) => {
      const meetingName = m.text('meeting')!;
      const meeting = entityKey.part(context.subject, 'meeting', meetingName);
      const evidence = m.evidence('meetings/chaired-meeting');
      const facts: Fact[] = [
        fact.entity(meeting, ['Meeting'], evidence),
        ...nameLabels(context, meeting, meetingName, evidence),
        fact.link(context.subject, 'holdsMeeting', meeting, evidence),
      ];
      const frequency = m.text('frequency');
      if (frequency) facts.push(fact.relation(meeting, 'frequency', { literal: frequencies[frequency], datatype: 'duration' }, evidence));
      const role = m.text('role');
      for (const h of holdings.filter((x) => x.role === role && x.match.sentenceIndex <= m.sentenceIndex)) {
        facts.push(fact.link(meeting, 'chairedBy', h.person, evidence));
      }
      return facts;
    });
  },
};
