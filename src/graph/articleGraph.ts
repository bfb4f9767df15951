/**
 * What every builder of one article's graph shares: the article, its IRI minter, its wikitext as code
 * points (NIF offsets count code points) and the bag the triples go into.
 */
import { DataFactory } from 'n3';
import type { NamedNode } from '@rdfjs/types';
import type { ParsedArticle } from '../parse/model';
import { IriMinter } from './iri';
import { QuadBag } from './quadBag';
import { tagOfWiki } from './languages';

/** The shared state of building one article's graph. */
export class ArticleGraph {
  readonly iri: IriMinter;
  readonly bag = new QuadBag();
  readonly lang: string;
  private readonly codePoints: string[];

  constructor(readonly article: ParsedArticle, base?: string) {
    // Literals carry the BCP 47 tag; IRIs and page URLs keep the wiki's own code.
    this.lang = tagOfWiki(article.source.lang);
    this.iri = new IriMinter(article.source.lang, article.source.title, base);
    this.codePoints = Array.from(article.source.text);
  }

  /** Length of the wikitext in code points. */
  get length(): number {
    return this.codePoints.length;
  }

  /** The exact wikitext of a code-point span. */
  slice(start: number, end: number): string {
    return this.codePoints.slice(start, end).join('');
  }

  /** True when `[start, end)` is a non-empty span inside the wikitext. */
  isSpan(start: number, end: number): boolean {
    return Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start < end && end <= this.length;
  }

  /** The NIF context: the whole wikitext. */
  context(): NamedNode {
    return this.iri.textSpan(0, this.length);
  }

  /** A lang-tagged literal in the article's language. */
  text(value: string) {
    return DataFactory.literal(value, this.lang);
  }
}
