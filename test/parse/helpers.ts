import type { ParsedArticle, Span } from '../../src/parse/model';
import { codePointSlice } from '../../src/parse/offsets';
import { parseArticle } from '../../src/parse/parseArticle';

/** Parses inline wikitext as an article of the given language. */
export function parse(text: string, lang = 'zh'): ParsedArticle {
  return parseArticle({ title: 'Test', lang, text });
}

/** The source text of an element of a parsed article. */
export function sourceOf(article: ParsedArticle, span: Span): string {
  return codePointSlice(article.source.text, span.start, span.end);
}

/** The plain texts of the sentences of some wikitext. */
export function sentencesOf(text: string, lang = 'zh'): string[] {
  return parse(text, lang).sentences.map((s) => s.text);
}
