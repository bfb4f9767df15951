import { fact } from '../build';
import { sentenceEvidence } from '../evidence';
import { forLanguages, type Extractor } from '../extractor';
import type { EntityKey, Fact } from '../fact';
import { findDates } from '../values/dates';

/** What joins the two ends of a period (`2031年－2033年`, `2031年至2033年`). */
const RANGE = /^\s*(?:[-－–—~～〜至到]|から)\s*$/;

/** `[[2001年2月甲乙首腦會談]]`: an event whose name starts with a date took place then. */
export const eventDatesExtractor: Extractor = {
  id: 'event-dates',
  appliesTo: forLanguages('zh', 'ja'),
  extract(context) {
    const done = new Set<EntityKey>();
    const facts: Fact[] = [];
    context.views.forEach((view, index) => {
      for (const token of view.tokens) {
        const [entity] = token.entities;
        // The subject's own date comes from what its page says of it, not from its title.
        if (!token.types.includes('Event') || done.has(entity) || entity === context.subject) continue;
        const [date, second] = findDates(token.text);
        if (!date || date.index !== 0) continue;
        done.add(entity);
        const evidence = sentenceEvidence(context.article, index, token.plainStart, token.plainEnd, 'event-dates/date-in-name');
        // `[[2031年－2033年某危機]]`: a name that starts with a period took place over it, not at its start.
        const between = second ? token.text.slice(date.index + date.length, second.index) : undefined;
        if (second && between !== undefined && RANGE.test(between)) {
          facts.push(fact.relation(entity, 'startTime', date.value, evidence), fact.relation(entity, 'endTime', second.value, evidence));
        } else if (!RANGE.test(token.text.slice(date.length, date.length + 1))) {
          facts.push(fact.relation(entity, 'pointInTime', date.value, evidence));
        }
      }
    });
    return facts;
  },
};
