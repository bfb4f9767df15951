/** Hand-made parsed articles and facts, so graph tests do not depend on the parser. */
import type { Fact, Qualifier, Value } from '../../src/extract/fact';
import type { ParsedArticle, Reference, Sentence } from '../../src/parse/model';
import { emptyArticle } from '../../src/parse/parseArticle';

/** The code-point span of the first `needle` in `text` (after `from`, a code-point offset). */
export function span(text: string, needle: string, from = 0): { start: number; end: number } {
  const unit = text.indexOf(needle, Array.from(text).slice(0, from).join('').length);
  if (unit < 0) throw new Error(`fixture: ${needle} not in text`);
  const start = Array.from(text.slice(0, unit)).length;
  return { start, end: start + Array.from(needle).length };
}

/** A ParsedArticle with only what the graph reads filled in. */
export function article(title: string, text: string, parts: Partial<ParsedArticle> = {}): ParsedArticle {
  return { ...emptyArticle({ title, lang: 'zh', text, revision: '12345' }), ...parts };
}

/** A sentence over the source span of `source`, with its plain text and the ids of the refs in it. */
export function sentence(index: number, text: string, source: string, plain: string, refs: string[] = []): Sentence {
  const { start, end } = span(text, source);
  return {
    index, paragraph: 0, section: 0, start, end, text: plain, plainToSource: [], mentions: [],
    references: refs.map((referenceId) => ({ referenceId, sentence: index, plainOffset: plain.length, start: end, end })),
  };
}

/** A reference with citation fields. */
export function reference(id: string, fields: Record<string, string>, extra: Partial<Reference> = {}): Reference {
  return { id, fields, fieldLinks: {}, uses: [], start: 0, end: 0, template: 'cite web', ...extra };
}

interface EvidenceAt {
  sentence?: number;
  start?: number;
  end?: number;
  rule?: string;
  citations?: string[];
}

function evidence(at: EvidenceAt) {
  return { sentence: at.sentence ?? -1, start: at.start ?? 0, end: at.end ?? 0, rule: at.rule ?? 'test/rule', citations: at.citations ?? [] };
}

/** Builders of facts with default evidence. */
export const fact = {
  entity: (entity: string, types: string[], at: EvidenceAt = {}): Fact =>
    ({ kind: 'entity', entity, types, evidence: evidence(at) }) as Fact,
  label: (entity: string, text: string, lang: string, labelKind: 'preferred' | 'alternative' | 'native' = 'preferred', at: EvidenceAt = {}): Fact =>
    ({ kind: 'label', entity, text, lang, labelKind, evidence: evidence(at) }),
  relation: (subject: string, property: string, object: Value, qualifiers: Qualifier[] = [], at: EvidenceAt = {}): Fact =>
    ({ kind: 'relation', subject, property, object, qualifiers, evidence: evidence(at) }) as Fact,
};

/** The liaison-office fixture: two sentences, a named web citation and a free-text one. */
export function liaisonOffice(): { article: ParsedArticle; facts: Fact[] } {
  const s1 = "'''南北共同聯絡辦公室'''是[[大韓民國]]與[[朝鮮民主主義人民共和國]]設立的機構。";
  const ref1 = '<ref name="bbc">{{cite web|url=https://www.bbc.com/zhongwen/trad/world-45521223|title=朝韓聯絡辦公室開幕|language=zh-hant|date=2018-09-14|accessdate=2018年9月15日}}</ref>';
  const s2 = '2020年6月16日，朝鮮炸毀了辦公室。';
  const ref2 = '<ref>北韓炸毀聯絡辦公室</ref>';
  const text = `${s1}${ref1}\n\n${s2}${ref2}\n`;
  const a = article('南北共同聯絡辦公室', text, {
    sentences: [
      sentence(0, text, s1, '南北共同聯絡辦公室是大韓民國與朝鮮民主主義人民共和國設立的機構。', ['bbc']),
      sentence(1, text, s2, '2020年6月16日，朝鮮炸毀了辦公室。', ['ref-1']),
    ],
    references: [
      reference('bbc', { url: 'https://www.bbc.com/zhongwen/trad/world-45521223', title: '朝韓聯絡辦公室開幕', language: 'zh-hant', date: '2018-09-14', accessdate: '2018年9月15日' }, { name: 'bbc' }),
      reference('ref-1', {}, { template: undefined, text: '北韓炸毀聯絡辦公室' }),
    ],
  });
  const office = 'page:南北共同聯絡辦公室';
  const founded = span(text, '大韓民國]]與[[朝鮮民主主義人民共和國]]設立');
  const facts: Fact[] = [
    fact.entity(office, ['LiaisonOffice'], { sentence: 0, ...span(text, '機構'), rule: 'classify/head-noun' }),
    fact.label(office, '南北共同聯絡辦公室', 'zh-Hant', 'preferred', { sentence: 0, ...span(text, '南北共同聯絡辦公室') }),
    fact.relation(office, 'foundedBy', { entity: 'page:大韓民國' }, [], { sentence: 0, ...founded, rule: 'relations/founded-by', citations: ['bbc'] }),
    fact.relation(office, 'significantEvent', { entity: `${office}#event:demolition` }, [
      { name: 'pointInTime', value: { literal: '2020-06-16', datatype: 'date' } },
    ], { sentence: 1, ...span(text, s2), rule: 'events/demolition', citations: ['ref-1'] }),
    fact.relation('citation:bbc', 'publisher', { entity: 'name:BBC' }, [], { rule: 'citations/publisher' }),
  ];
  return { article: a, facts };
}
