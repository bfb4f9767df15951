import type { ParsedArticle } from '../parse/model';
import { createContext, type PageClassLookup } from './context';
import { runExtractors, type Extractor } from './extractor';
import { allExtractors } from './extractors';
import { redirectFacts } from './extractors/page';
import type { Fact } from './fact';

/** What extraction may know beyond the article itself. */
export interface ExtractOptions {
  /** The extractors to run (default: all). */
  extractors?: Extractor[];
  /**
   * The class a page of the build gives itself (`types/pageClass.ts`), by title: a link to it is typed by
   * that class, whatever its name's ending suggests. Empty when the page is unknown.
   */
  pageClass?: PageClassLookup;
}

/** Every fact the extractors find in a parsed article; a redirect page only says where it leads. */
export function extractFacts(article: ParsedArticle, options: ExtractOptions = {}): Fact[] {
  if (article.redirect) return redirectFacts(article);
  return runExtractors(options.extractors ?? allExtractors, createContext(article, options.pageClass));
}
