/**
 * The parsed article: a document model that keeps positions.
 *
 * Every offset in this model counts Unicode code points of the original wikitext (NIF's convention),
 * `start` inclusive and `end` exclusive, so `codePointSlice(article.source, x.start, x.end)` is the exact
 * source text of element `x`. Nothing here depends on wikiparser-node's own types: the adapter in
 * `wikiparser.ts` is the only place that knows them.
 */

/** A half-open range of code points in the article's wikitext. */
export interface Span {
  start: number;
  end: number;
}

/** A problem in the input, reported with its place rather than thrown. */
export interface Diagnostic {
  severity: 'error' | 'warning' | 'info';
  message: string;
  /** 1-based line and column (column in code points) of the problem in the wikitext. */
  line: number;
  column: number;
  /** Short machine-readable code, e.g. `unclosed-ref`, `unknown-named-ref`. */
  code: string;
}

/** What the source stage hands to the parser. */
export interface ArticleSource {
  /** Page title as on the wiki, e.g. `中日經濟聯絡處`. */
  title: string;
  /** Wiki language code, e.g. `zh`; decides parser config and prose rules. */
  lang: string;
  /** The wikitext, exactly as read. */
  text: string;
  /** Revision id when known (from an XML dump); absent for plain files. */
  revision?: string;
  /** Page id when known (from an XML dump): what the wiki's SQL tables (`page_props`, `langlinks`) name it by. */
  pageId?: number;
  /** Where it came from (file path or dump path), for diagnostics. */
  origin?: string;
  /**
   * Target title when the source marks the page as a redirect (a dump's `<redirect title="…"/>`); the
   * parser also reads `#REDIRECT [[…]]` from the text, so plain files need not set it.
   */
  redirect?: string;
}

/** `== heading ==` and the text under it; the lead is section 0 with level 0 and no heading. */
export interface Section extends Span {
  index: number;
  level: number;
  /** Heading text with markup removed, '' for the lead. */
  heading: string;
}

/** A block of prose separated by blank lines; each list item line is a paragraph of its own. */
export interface Paragraph extends Span {
  index: number;
  section: number;
  /**
   * For a list item: its marker as written (`*`, `**`, `#`, `*:`, `;`, `:`), whitespace left out, and its
   * depth (the marker's length); absent for prose. `;` is a definition-list term: the `:definition` or
   * `*` items on the lines after it are paragraphs of their own.
   */
  list?: { marker: string; depth: number };
}

/**
 * A mention of something inside a sentence's plain text: a wikilink, a bold title, a quoted term.
 * `plainStart`/`plainEnd` are JavaScript string indices (UTF-16) into `Sentence.text`, so regular
 * expressions over the text can be compared with them directly; `start`/`end` are the source span (code
 * points) of the whole element (e.g. the `[[target|text]]` link).
 */
export interface Mention extends Span {
  kind: 'link' | 'bold' | 'quoted' | 'title-quoted';
  /** The text as displayed. */
  text: string;
  /** For links: the target page, normalised (first letter as written, underscores to spaces, no fragment). */
  target?: string;
  plainStart: number;
  plainEnd: number;
}

/** Where a reference is used in the text (the `<ref>` or `<ref name=x/>` element). */
export interface ReferenceUse extends Span {
  /** Id of the `Reference` (the one source) it cites. */
  referenceId: string;
  /** Sentence the use sits in (or ends), -1 when outside any sentence. */
  sentence: number;
  /**
   * Position (UTF-16 index) of the use in the sentence's plain text: the use supports the text before it.
   * -1 when the use is outside any sentence.
   */
  plainOffset: number;
}

/**
 * One cited source. A `<ref name=x>` defined once and reused by `<ref name=x/>` is one Reference with
 * several uses.
 */
export interface Reference extends Span {
  /**
   * Stable id: the ref name when it has one (`group/name` for grouped refs), else `ref-N` where N is the
   * 1-based order of first appearance among ALL distinct references of the article, named ones included.
   */
  id: string;
  name?: string;
  /** Citation template name as written (`Cite web`, `cite news`), absent for free-text refs. */
  template?: string;
  /**
   * Citation fields, keys lower-cased and normalised (`access-date` → `accessdate`, `archive-url` →
   * `archiveurl`, ...); values with markup stripped and trimmed. Empty values are dropped.
   */
  fields: Record<string, string>;
  /** Wikilinks inside field values (e.g. `work=[[某通訊社|某社]]`), keyed by field name. */
  fieldLinks: Record<string, string>;
  /** Plain text of a ref that has no citation template. */
  text?: string;
  uses: ReferenceUse[];
}

/**
 * A sentence of prose. Its span starts at the markup that opens its first character (`'''`, `[[x|`) or at
 * that character, and ends after its last character, the markup closing it and any refs or templates
 * that follow before the next sentence's text (so `。<ref>…</ref>` belongs to the sentence).
 */
export interface Sentence extends Span {
  index: number;
  paragraph: number;
  section: number;
  /**
   * The plain text (markup, templates and refs removed; link text kept). `plainToSource[i]`, for a
   * JavaScript string index `i` into `text` (UTF-16), is the source offset (code points) of that
   * character; `plainToSource[text.length]` is the source offset just after the last one. Both halves of
   * a surrogate pair map to the same code point.
   */
  text: string;
  plainToSource: number[];
  mentions: Mention[];
  /** Reference uses inside the sentence (including refs right after its final punctuation). */
  references: ReferenceUse[];
}

/** A `[[...]]` link anywhere in the article (prose, refs, templates). */
export interface WikiLink extends Span {
  target: string;
  text: string;
  /** Sentence it sits in, -1 otherwise. */
  sentence: number;
  /** True when the link sits inside a `<ref>`. */
  inReference: boolean;
  /** Namespace number of the target (0: an article; 4: Wikipedia:, 12: Help:, 14: a `[[:Category:X]]` link …). */
  namespace: number;
}

/** A template call with its arguments. */
export interface TemplateCall extends Span {
  /** Name as written, trimmed (`noteTA`, `kor`, `Cite web`). */
  name: string;
  /** Canonical name: first letter upper-cased, `_` as space, without `Template:`/`模板:` prefix. */
  canonicalName: string;
  args: TemplateArgument[];
}

export interface TemplateArgument extends Span {
  /** `1`, `2`, ... for positional arguments, else the trimmed key. */
  name: string;
  /** Value with surrounding whitespace trimmed, markup kept. */
  value: string;
  positional: boolean;
}

export interface Category extends Span {
  /** Category name without the namespace prefix. */
  name: string;
  sortKey?: string;
}

/** One `{{noteTA}}` rule: the same word in each variant, e.g. `{ 'zh-hans': '朝鲜', 'zh-tw': '北韓' }`. */
export interface VariantRule extends Span {
  /** The parameter name (`1`, `2`, ... or `G1` for group rules); `inline` for a `-{H|…}-` rule in the text. */
  key: string;
  /** Variant code → text; empty for group rules. */
  variants: Record<string, string>;
  /** For group rules (`G1=MilitaryTerms`): the conversion group's name. */
  group?: string;
}

/** A native Korean name given by `{{kor|hangul|hanja}}` (or the lang-ko family). */
export interface KoreanName extends Span {
  hangul?: string;
  hanja?: string;
  /** Sentence the template sits in, -1 otherwise. */
  sentence: number;
}

/** A media file shown in the article: `[[File:X.jpg|thumb|…]]` with any local name of the File namespace. */
export interface FileLink extends Span {
  /** File name without the namespace, `_` as space, first letter upper-cased (MediaWiki's file titles). */
  name: string;
  /** True when the file sits inside a `<ref>`. */
  inReference: boolean;
  /** True when the file sits inside a template call (an infobox parameter, a navbox). */
  inTemplate: boolean;
}

/** A link out of the wiki: `[https://… label]`, `[//host/path]` or a bare URL in the text. */
export interface ExternalLink extends Span {
  /** The URL as written (trimmed). */
  url: string;
  /** The label of a bracketed link with markup removed, '' when it has none. */
  text: string;
  /** Sentence it sits in, -1 otherwise. */
  sentence: number;
  inReference: boolean;
  inTemplate: boolean;
}

/** `[[en:Title]]` (no leading colon): the article on the same subject in another language edition. */
export interface InterlanguageLink extends Span {
  /** Language prefix, lower-cased (`en`, `zh-yue`). */
  lang: string;
  /** Title there, normalised like link targets. */
  title: string;
}

/** `#REDIRECT [[Target]]` (or a localised magic word): the page is no article, only a way to another. */
export interface Redirect extends Span {
  /** The target page, normalised like link targets (no fragment). */
  target: string;
}

/**
 * One cell of a wikitable, with its plain text projected like a sentence's. Its span is the cell's
 * content (after the `|` or `!` and any attributes), whitespace at both ends left out.
 */
export interface TableCell extends Span {
  /** True for `!` cells (also `! scope=row | X` in the middle of a row, and cells after `!!`). */
  header: boolean;
  /** Column index after colspan and rowspan expansion (0-based). */
  column: number;
  /**
   * Plain text, projected as prose is (markup, refs and non-inline templates removed, link text kept,
   * nested tables left out), whitespace at both ends trimmed. A line break of a multi-line cell stays
   * '\n', and so does a `<br>` (which prose drops).
   */
  text: string;
  /**
   * Same contract as `Sentence.plainToSource`: UTF-16 index into `text` → code-point source offset;
   * length `text.length + 1`, the last entry just after the last character (`start` for an empty text).
   * A character the projection makes rather than copies (the '\n' of a `<br>`, an inline template's
   * separator) maps to the markup it stands for.
   */
  plainToSource: number[];
  /** Links, bold terms, quoted terms inside the cell: same contract as `Sentence.mentions` (plainStart/plainEnd into `text`). */
  mentions: Mention[];
  /** `<ref>` uses inside the cell: `plainOffset` is into `text`, `sentence` is -1. */
  references: ReferenceUse[];
  /**
   * True when this cell is a copy made by expanding a rowspan/colspan of the cell above/left (same span,
   * and the same `text`, `plainToSource`, `mentions` and `references` arrays, as the original).
   */
  copy: boolean;
  /**
   * True for a slot no cell covers, left between cells by a rowspan from above (the row's own cells
   * ran out before it): empty text, an empty span at the end of the row's last own cell. Absent otherwise.
   */
  absent?: boolean;
}

/** A row of a table (`|-`, or the cells before the first `|-`); rows without cells of their own are left out, as MediaWiki does. */
export interface TableRow extends Span {
  /** The cell covering each column, `cells[c].column === c`; a row may be shorter than the table is wide. */
  cells: TableCell[];
}

/**
 * A wikitable (`{| … |}`) at the top level of the article or nested in another table's cell; tables
 * inside templates, refs and other tags are not listed. Its span runs from `{|` to `|}` (to the end of the
 * text when it is never closed).
 */
export interface Table extends Span {
  index: number;
  /** Section index (as `Sentence.section`) the table starts in. */
  section: number;
  /** The caption `|+ …` as plain text (the first one when there are several), '' if none. */
  caption: string;
  /**
   * Rows in order. rowspan and colspan are expanded as a browser does, so `rows[r].cells[c]` is the cell
   * covering (r, c); header rows included. A rowspan covers rows that exist (0: every row after it), at
   * most `MAX_ROWSPAN` of them; a colspan covers at most `MAX_COLSPAN` columns; past `MAX_SPAN_COPIES`
   * copies in one article spans are no longer expanded (a `table-span-capped` diagnostic says where).
   */
  rows: TableRow[];
  /**
   * Column names: for each column, the text of the last non-empty header cell (`!`, copies included) at
   * that column in the rows above the first row that holds a data cell ('' if none).
   */
  columns: string[];
  /** 0 for a top-level table; tables nested in a cell get 1, … (nested tables are listed too, after their parent). */
  depth: number;
}

export interface ParsedArticle {
  source: ArticleSource;
  /** Length of the wikitext in code points. */
  length: number;
  sections: Section[];
  paragraphs: Paragraph[];
  sentences: Sentence[];
  /** Wikitables in document order (a nested table right after the table it sits in); their lines are no paragraphs. */
  tables: Table[];
  links: WikiLink[];
  templates: TemplateCall[];
  references: Reference[];
  categories: Category[];
  variantRules: VariantRule[];
  koreanNames: KoreanName[];
  /** Spans of `'''bold'''` text in the lead: conventionally the article's subject. */
  boldTerms: Mention[];
  /** Media files (`[[File:…]]`) in document order. */
  files: FileLink[];
  /** Links out of the wiki in document order. */
  externalLinks: ExternalLink[];
  /** Links to the same subject in other language editions, in document order. */
  interlanguageLinks: InterlanguageLink[];
  /** Set when the page is a redirect. */
  redirect?: Redirect;
  diagnostics: Diagnostic[];
}
