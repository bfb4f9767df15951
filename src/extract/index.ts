import type { ParsedArticle } from '../parse/model';
import { createContext } from './context';
import { runExtractors, type Extractor } from './extractor';
import { allExtractors } from './extractors';
import { redirectFacts } from './extractors/page';
import type { Fact } from './fact';

/** Every fact the extractors find in a parsed article; a redirect page only says where it leads. */
export function extractFacts(article: ParsedArticle, extractors: Extractor[] = allExtractors): Fact[] {
  if (article.redirect) return redirectFacts(article);
  return runExtractors(extractors, createContext(article));
}
