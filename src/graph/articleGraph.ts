/**
 * What every builder of one article's graph shares: the article, its IRI minter, its wikitext as code
 * points (NIF offsets count code points) and the bag the triples go into.
 */
import { DataFactory } from 'n3';
import type { NamedNode } from '@rdfjs/types';
import type { ParsedArticle } from '../parse/model';
import { offsetIndexOf, type OffsetIndex } from '../parse/offsets';
import { IriMinter } from './iri';
import { QuadBag } from './quadBag';
import { tagOfWiki } from './languages';
import { isTraditional } from '../util/chineseScript';
import { SiteIndex } from '../site/siteIndex';

/** The shared state of building one article's graph. */
export class ArticleGraph {
  readonly iri: IriMinter;
  readonly bag = new QuadBag();
  readonly lang: string;
  /** Tag of the prose as written: the script for Chinese (`zh-Hant`/`zh-Hans`), else `lang`. */
  readonly proseLang: string;
  private readonly offsets: OffsetIndex;
  private contextNode?: NamedNode;

  /** The build's site index (what other pages are: their titles, redirects, ids, extension fields). */
  readonly site: SiteIndex;

  constructor(readonly article: ParsedArticle, base?: string, site: SiteIndex = SiteIndex.empty()) {
    this.site = site;
    // Literals carry the BCP 47 tag; IRIs and page URLs keep the wiki's own code.
    this.lang = tagOfWiki(article.source.lang);
    this.proseLang = this.lang === 'zh' ? proseScript(article) : this.lang;
    this.iri = new IriMinter(article.source.lang, article.source.title, base, site);
    // The parse stage's code-point index of the same text (reused, not rebuilt): no string per character.
    this.offsets = offsetIndexOf(article.source.text);
  }

  /** Length of the wikitext in code points. */
  get length(): number {
    return this.offsets.length;
  }

  /** The exact wikitext of a code-point span. */
  slice(start: number, end: number): string {
    const text = this.article.source.text;
    const from = this.offsets.toUtf16(Math.max(0, Math.min(start, this.length)));
    const to = this.offsets.toUtf16(Math.max(0, Math.min(end, this.length)));
    return text.slice(from, Math.max(from, to));
  }

  /** True when `[start, end)` is a non-empty span inside the wikitext. */
  isSpan(start: number, end: number): boolean {
    return Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start < end && end <= this.length;
  }

  /** The NIF context: the whole wikitext. */
  context(): NamedNode {
    return (this.contextNode ??= this.iri.textSpan(0, this.length));
  }

  /** A lang-tagged literal in the article's language. */
  text(value: string) {
    return DataFactory.literal(value, this.lang);
  }

  /** A literal of the article's prose, tagged with the script it is written in. */
  prose(value: string) {
    return DataFactory.literal(value, this.proseLang);
  }
}

/** Chinese prose is tagged by script, as the extractors tag the names they read from it. */
function proseScript(article: ParsedArticle): string {
  return isTraditional(article.sentences.map((s) => s.text).join('')) ? 'zh-Hant' : 'zh-Hans';
}
