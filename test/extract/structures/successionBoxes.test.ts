import type { RelationFact } from '../../../src/extract/fact';
import { factsOf, relations } from '../../helpers/extract';

// An invented biography and its succession box.
const PERSON = `{{Infobox officeholder
|name=王大同}}
'''王大同'''（1930年1月2日－2010年3月4日），某國政治人物。
{{s-start}}
{{s-off}}
{{s-bef|[[李小明]]}}
{{s-ttl|title=[[某國和平協會]]會長|years=2001年－2005年}}
{{s-aft|after=[[張三豐]]}}
{{s-before|rows=2|[[趙四]]}}
{{s-title|[[某國外交部部長]]|2006年－2008年}}
{{s-after|[[錢五]]}}
{{s-ttl|title=[[某國財政部]]部長|years=2008年－}}
{{s-aft|[[孫六]]}}
{{s-prec}}
{{s-bef|[[周七]]}}
{{s-ttl|title=[[某國禮賓順序]]}}
{{s-aft|[[吳八]]}}
{{end box}}`;

const qualifiersOf = (f: RelationFact) => Object.fromEntries(f.qualifiers.map((q) => [q.name, 'entity' in q.value ? q.value.entity : 'literal' in q.value ? q.value.literal : '']));

describe('succession boxes', () => {
  const held = relations(factsOf(PERSON, '王大同'), 'positionHeld').filter((f) => f.evidence.rule === 'succession/box');

  it('give a person each post of the box, with its years and whom they followed and who followed them', () => {
    expect(held.map((f) => [f.object, qualifiersOf(f)])).toEqual([
      [{ entity: 'page:某國和平協會#position:會長' }, { startTime: '2001', endTime: '2005', replaces: 'page:李小明', replacedBy: 'page:張三豐' }],
      // A post's page named by its body and title is read as that body's post (as in an infobox).
      [{ entity: 'name:某國外交部#position:部長' }, { startTime: '2006', endTime: '2008', replaces: 'page:趙四', replacedBy: 'page:錢五' }],
      [{ entity: 'page:某國財政部#position:部長' }, { startTime: '2008', replaces: 'page:趙四', replacedBy: 'page:孫六' }],
    ]);
  });

  it('leave out the order of precedence, and a box on a page that is no person', () => {
    expect(held.some((f) => JSON.stringify(f.object).includes('禮賓'))).toBe(false);
    const place = PERSON.replace('{{Infobox officeholder\n|name=王大同}}', '{{Infobox settlement\n|name=王大同}}').replace('，某國政治人物', '，某國城市');
    expect(relations(factsOf(place, '王大同'), 'positionHeld').filter((f) => f.evidence.rule === 'succession/box')).toEqual([]);
  });
});
