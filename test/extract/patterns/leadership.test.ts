import { factsOf, labelsOf, pairs, relations, show, typesOf } from '../../helpers/extract';

describe('leadership extractor', () => {
  const text = "'''甲聯絡處'''是一個由[[大韓民國]]和[[日本]]共同開辦的常設[[聯絡處]]。聯絡處會由[[外交部]]次官金大中擔任韓方負責人，[[內閣府]]副大臣山田則為日方代表。";
  const facts = factsOf(text);

  it('finds the person named after their position, and the position in its organisation', () => {
    expect(typesOf(facts, 'name:金大中')).toEqual(['Person']);
    expect(pairs(facts, 'positionHeld')).toContainEqual(['name:金大中', 'page:外交部#position:次官']);
    expect(pairs(facts, 'ofOrganization')).toContainEqual(['page:外交部#position:次官', 'page:外交部']);
    expect(labelsOf(facts, 'page:外交部#position:次官')).toContain('外交部次官@zh-Hant');
  });
  it('makes the person a head of the subject for their side, with the role as written', () => {
    const [head] = relations(facts, 'director');
    expect(show(head.object)).toBe('name:金大中');
    expect(head.qualifiers.map((q) => `${q.name}=${show(q.value)}`)).toEqual(['roleTitle=負責人@zh-Hant', 'side=page:大韓民國']);
  });
  it('does not take an unknown title for a position', () => {
    expect(relations(facts, 'director').map((f) => show(f.object))).not.toContain('name:山田');
  });
});
