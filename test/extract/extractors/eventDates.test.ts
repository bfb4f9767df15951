import { factsOf, pairs } from '../../helpers/extract';

// Invented events and years.
const ARTICLE = `'''甲乙聯絡處'''是一個機構。
受[[2031年－2033年甲乙金融危機]]影響，聯絡處曾關閉。[[2035年甲乙首腦會談]]在此舉行。`;

describe('dates in event names (event-dates/date-in-name)', () => {
  const facts = factsOf(ARTICLE);

  it('an event named for a day or year took place then', () => {
    expect(pairs(facts, 'pointInTime')).toContainEqual(['page:2035年甲乙首腦會談', '2035^^gYear']);
  });

  it('an event named for a period has its two ends, never a point in time at its start', () => {
    expect(pairs(facts, 'pointInTime').filter(([s]) => s.includes('金融危機'))).toEqual([]);
    expect(pairs(facts, 'startTime')).toContainEqual(['page:2031年－2033年甲乙金融危機', '2031^^gYear']);
    expect(pairs(facts, 'endTime')).toContainEqual(['page:2031年－2033年甲乙金融危機', '2033^^gYear']);
  });
});
