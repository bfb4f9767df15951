import { factsOf, pairs, typesOf } from '../../helpers/extract';

// Invented names and years throughout.
describe('the clause subject (resolvers/topic.ts)', () => {
  it('gives subjectless clauses before `…的[[X]]` and a predicate to X, the noun they describe', () => {
    const facts = factsOf("'''某市'''是一座城市。*[[某大街]]是一條街道。在某改革進程中，於2031年成立，擁有27名[[某獎]]得主的[[某大學]]的一部分也位於此處。");
    expect(pairs(facts, 'foundingDate')).toEqual([['page:某大學', '2031^^gYear']]);
    expect(pairs(facts, 'quantity').map(([s]) => s)).toEqual(['page:某大學']);
  });

  it('leaves an object after `的` alone: `…，並兼任[[A]]的[[B]]` is no subject', () => {
    const facts = factsOf("'''某協會'''是一個民間團體，於2031年成立，並兼管[[甲市]]的[[某中心]]。");
    expect(pairs(facts, 'foundingDate')).toEqual([['page:某協會', '2031^^gYear']]);
  });

  it('reads `該基金會` as the nearest mention ending in 基金會, not the clause before it', () => {
    const facts = factsOf("'''某獎'''是一個獎項。某獎，由[[某基金會]]頒發，該基金會於2031年在[[甲國]]創立，2033年開始頒獎。");
    expect(pairs(facts, 'foundingDate')).toEqual([['page:某基金會', '2031^^gYear']]);
  });

  it('knows no subject for `該委員會` when no mention before it ends so', () => {
    const facts = factsOf("'''某獎'''是一個獎項。某獎由[[某基金會]]頒發。該委員會於2031年成立。");
    expect(pairs(facts, 'foundingDate')).toEqual([]);
  });
});

describe('a common word is nobody’s name', () => {
  it('does not read two linked disciplines joined by 和 as two people', () => {
    const facts = factsOf("'''某學'''是一門學科。與其相關的學科有[[考古學]]、[[社會學]]和[[新聞學]]等。");
    expect(typesOf(facts, 'page:社會學')).not.toContain('Person');
    expect(typesOf(facts, 'page:新聞學')).not.toContain('Person');
  });

  it('does not read two theories joined by 與 as two people, though the segmenter knows neither word', () => {
    const facts = factsOf("'''某學'''是一門學科。其一為[[水成论]]與[[火成论]]之爭。另一為[[王大明]]與[[李小紅]]之爭。");
    expect(typesOf(facts, 'page:水成论')).not.toContain('Person');
    expect(typesOf(facts, 'page:火成论')).not.toContain('Person');
    expect(typesOf(facts, 'page:王大明')).toContain('Person');
  });

  it('does not read an adverb after a title as a person (代表單獨)', () => {
    const facts = factsOf("'''某會'''是一個團體。各國代表單獨或以集團形式提問。");
    expect(typesOf(facts, 'name:單獨')).toEqual([]);
  });
});
