import type { ParsedArticle } from '../parse/model';
import { createContext } from './context';
import { runExtractors, type Extractor } from './extractor';
import { allExtractors } from './extractors';
import type { Fact } from './fact';

/** Every fact the extractors find in a parsed article. */
export function extractFacts(article: ParsedArticle, extractors: Extractor[] = allExtractors): Fact[] {
  return runExtractors(extractors, createContext(article));
}
