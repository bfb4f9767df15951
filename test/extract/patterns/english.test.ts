import { factsOf, pairs } from '../../helpers/extract';

/** English rows (patterns/en) over invented biographies; the engine's clause start skips the spaces after a break. */
const bio = (body: string) => factsOf(`'''John Quillfeather''' (born 3 May 1921) is a writer. ${body}\n[[Category:1921 births]]`, 'John Quillfeather', 'en');
const s = 'page:John Quillfeather';

describe('English biography rows', () => {
  it('reads a clause that opens after a comma and its space', () => {
    expect(pairs(bio('In 1950, he married [[Ann Vellum]].'), 'spouse')).toEqual([[s, 'page:Ann Vellum']]);
    expect(pairs(bio('In 1921, he was born in [[Northbrook]].'), 'birthPlace')).toEqual([[s, 'page:Northbrook']]);
  });

  it('reads only the subject: not another person the sentence is about', () => {
    expect(pairs(bio('Their first son, [[Tom Quillfeather]], was born in [[Northbrook]].'), 'birthPlace')).toEqual([]);
  });

  it('reads no mention that only begins a phrase (`the [[Y]] cantonal school`, `married [[poet]] Z`)', () => {
    expect(pairs(bio('He attended the [[Westshire|Westshirean]] cantonal school.'), 'educatedAt')).toEqual([]);
    expect(pairs(bio('He married [[Poet|poet]] Ann Vellum in 1950.'), 'spouse')).toEqual([]);
    expect(pairs(bio('He studied at the [[University of Northbrook]] and graduated in 1944.'), 'educatedAt')).toEqual([[s, 'page:University of Northbrook']]);
  });

  it('reads no list page as the thing a fact is about (`[[List of members of X|X]]`)', () => {
    expect(pairs(bio('He was a member of the [[List of members of the Westshire League|Westshire League]].'), 'memberOf')).toEqual([]);
    expect(pairs(bio('He was a member of the [[Westshire League]].'), 'memberOf')).toEqual([[s, 'page:Westshire League']]);
  });

  it('reads nothing on a page that is no person’s', () => {
    const facts = factsOf("'''Northbrook Guild''' is a society. He was a member of the [[Westshire League]].", 'Northbrook Guild', 'en');
    expect(pairs(facts, 'memberOf')).toEqual([]);
  });
});
