import type { ParsedArticle, Sentence } from '../parse/model';
import type { Evidence } from './fact';

/**
 * Source span (code points) of a plain-text span of a sentence: from the first character's source to
 * just after the last one's, widened to whole wikilinks where the span starts or ends on one.
 */
export function sourceSpan(sentence: Sentence, plainStart: number, plainEnd: number): { start: number; end: number } {
  const map = sentence.plainToSource;
  if (plainEnd <= plainStart) return { start: map[plainStart], end: map[plainStart] };
  let start = map[plainStart];
  let end = map[plainEnd - 1] + 1;
  for (const m of sentence.mentions) {
    if (m.kind !== 'link') continue;
    if (m.plainStart === plainStart) start = Math.min(start, m.start);
    if (m.plainEnd === plainEnd) end = Math.max(end, m.end);
  }
  return { start, end };
}

/**
 * The references that support a span: by Wikipedia's convention a footnote backs the text before it, so
 * these are the first run of adjacent reference uses at or after the span's end, in the same sentence.
 */
export function citationsFor(sentence: Sentence, plainEnd: number): string[] {
  const after = sentence.references.filter((r) => r.plainOffset >= plainEnd);
  if (after.length === 0) return [];
  // reduce, not Math.min(...): a sentence can hold more uses than a call can take arguments.
  const first = after.reduce((min, r) => Math.min(min, r.plainOffset), Infinity);
  const ids = after.filter((r) => r.plainOffset === first).map((r) => r.referenceId);
  return [...new Set(ids)];
}

/** Evidence for a fact stated by a plain-text span of sentence `index`. */
export function sentenceEvidence(
  article: ParsedArticle,
  index: number,
  plainStart: number,
  plainEnd: number,
  rule: string,
): Evidence {
  const sentence = article.sentences[index];
  return { sentence: index, ...sourceSpan(sentence, plainStart, plainEnd), rule, citations: citationsFor(sentence, plainEnd) };
}

/** Evidence for a fact stated by a source element outside prose (a category link, a citation template). */
export function elementEvidence(span: { start: number; end: number }, rule: string, citations: string[] = []): Evidence {
  return { sentence: -1, start: span.start, end: span.end, rule, citations };
}
