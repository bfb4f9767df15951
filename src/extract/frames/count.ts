import { fact } from '../build';
import type { ExtractionContext } from '../context';
import { sentenceEvidence } from '../evidence';
import { forLanguages, type Extractor } from '../extractor';
import { entityKey, literal, type Fact, type LiteralValue } from '../fact';
import { frameWords, numberScales } from '../lexicon/frames';
import { escapeRegExp } from '../patterns';

/**
 * The count frame: figures with a measure word (`約30萬名市民`, `120多家`, `512名觀光客`, `300票`,
 * `50萬噸重油`, `編制僅60人`), read as a Quantity with its amount, unit, whether it is approximate, and
 * the words as written. A figure that is part of a date, a time, an age or an ordinal is no count.
 */
export const countFrame: Extractor = {
  id: 'count',
  appliesTo: forLanguages('zh'),
  extract(context) {
    const facts: Fact[] = [];
    context.article.sentences.forEach((s, sentence) => {
      for (const m of s.text.matchAll(COUNT)) facts.push(...countFacts(context, sentence, m));
    });
    return facts;
  },
};

const alternation = (words: readonly string[]) => [...new Set(words)].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');

const COUNT = new RegExp(
  `(?<before>${alternation(frameWords.approximateBefore)})?` +
    `(?<![0-9０-９.,第])(?<figure>[0-9０-９]{1,3}(?:,[0-9]{3})+|[0-9０-９]+(?:\\.[0-9]+)?)` +
    `(?<scale>[${Object.keys(numberScales).join('')}]*)` +
    `(?<after>${alternation(frameWords.approximateAfter)})?` +
    `(?<measure>${alternation(frameWords.measureWords)})`,
  'g',
);
const NOT_A_COUNT = new RegExp(`^(?:${alternation(frameWords.notACount)})`);

function countFacts(context: ExtractionContext, sentence: number, m: RegExpMatchArray): Fact[] {
  const g = m.groups!;
  const text = context.article.sentences[sentence].text;
  const end = m.index! + m[0].length;
  // `2000年`, `10時`, `53歲`, `第20次` are not counts; nor `1,234人` read from its middle.
  if (NOT_A_COUNT.test(text.slice(m.index! + (g.before?.length ?? 0) + g.figure.length))) return [];
  const figure = Number(g.figure.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/,/g, ''));
  let amount = figure;
  for (const ch of g.scale) amount *= numberScales[ch];
  if (!Number.isFinite(amount) || amount <= 0) return [];
  const value: LiteralValue = Number.isInteger(amount) ? literal.integer(amount) : { literal: String(amount), datatype: 'decimal' };
  const start = m.index!;
  const evidence = sentenceEvidence(context.article, sentence, start, end, 'count/figure');
  const node = entityKey.part(context.subject, 'quantity', `${sentence}-${start}`);
  return [
    fact.entity(node, ['Quantity'], evidence),
    fact.link(context.subject, 'quantity', node, evidence),
    fact.relation(node, 'quantityAmount', value, evidence),
    fact.relation(node, 'unitText', literal.text(g.measure, context.script), evidence),
    fact.relation(node, 'approximate', literal.boolean(!!(g.before || g.after)), evidence),
    fact.relation(node, 'statedAs', literal.text(text.slice(start, Math.min(text.length, end + countedWordsLength(text, end))), context.script), evidence),
  ];
}

/** How many characters after the measure word name what is counted: Han up to four, before punctuation or a verb. */
function countedWordsLength(text: string, from: number): number {
  const rest = /^[\u3400-\u9FFF]{0,4}/.exec(text.slice(from))![0];
  const stop = rest.search(/[的在從从與与和及乘前往採访訪問相見]/);
  return stop < 0 ? rest.length : stop;
}
