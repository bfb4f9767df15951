/**
 * The parse stage: wikitext in, a `ParsedArticle` out. One wikiparser-node parse per article; every
 * later step reads the copied tree. Input it refuses (nesting too deep) gives a diagnostic on an empty
 * article; an exception of the parser itself goes up to the pipeline, which fails that article.
 */
import { findHeadings, findParagraphs, splitLines } from './blocks';
import { diagnosticAt, lintDiagnostics } from './diagnostics';
import { koreanNames } from './korean';
import { excessiveNesting, MAX_NESTING_DEPTH } from './limits';
import { wellFormed } from './wellFormed';
import { collectCategories, collectLinks } from './links';
import { collectExternalLinks, collectFiles, collectInterlanguageLinks, findRedirect } from './pageLinks';
import type { ArticleSource, Mention, ParsedArticle, Redirect, Reference } from './model';
import { inlineRules, noteTaRules } from './noteTA';
import { buildOffsetIndex } from './offsets';
import { buildProse } from './prose';
import { collectReferences } from './references';
import { buildSections } from './sections';
import { collectTables } from './tables';
import { collectTemplates } from './templates';
import { parseWikitext } from './wikiparser';

/** How to parse. */
export interface ParseOptions {
  /** Add wikiparser-node's lint errors (wikitext syntax problems) as `lint/<rule>` diagnostics. */
  lint?: boolean;
}

/** Parses one article into the position-keeping document model. */
export function parseArticle(source: ArticleSource, options: ParseOptions = {}): ParsedArticle {
  const { text, firstReplaced } = wellFormed(typeof source?.text === 'string' ? source.text : '');
  const title = wellFormed(String(source?.title ?? '')).text;
  const safeSource: ArticleSource = { ...source, title, lang: String(source?.lang ?? ''), text };
  const article = parseSafely(safeSource, options);
  if (firstReplaced !== undefined) {
    const message = 'lone UTF-16 surrogates (no character on their own) were replaced by U+FFFD';
    article.diagnostics.unshift(diagnosticAt(buildOffsetIndex(text), firstReplaced, 'lone-surrogate', message, 'warning'));
  }
  return article;
}

/**
 * The parse, or an empty article with one diagnostic when the input is refused (nested too deep). An
 * exception from the parser (out of memory, stack, a bug of wikiparser-node or ours) is not a fault of
 * the input: it goes up, and the pipeline reports the article as failed and does not write it, rather
 * than writing a near-empty graph with exit 0.
 */
function parseSafely(source: ArticleSource, options: ParseOptions): ParsedArticle {
  const tooDeep = excessiveNesting(source.text);
  if (tooDeep !== undefined) return refused(source, tooDeep);
  return parseOrThrow(source, options);
}

/** An article nested past `MAX_NESTING_DEPTH`: not parsed, one diagnostic at the opener that went too deep. */
function refused(source: ArticleSource, utf16: number): ParsedArticle {
  const article = emptyArticle(source);
  const message = `templates, links and tables are nested more than ${MAX_NESTING_DEPTH} levels deep here; the article was not parsed`;
  article.diagnostics.push(diagnosticAt(buildOffsetIndex(source.text), utf16, 'nesting-too-deep', message));
  return article;
}

/** An article with nothing found in it (used when parsing fails, and as a base for hand-made articles). */
export function emptyArticle(source: ArticleSource): ParsedArticle {
  return {
    source,
    length: buildOffsetIndex(source.text).length,
    sections: [],
    paragraphs: [],
    sentences: [],
    tables: [],
    links: [],
    templates: [],
    references: [],
    categories: [],
    variantRules: [],
    koreanNames: [],
    boldTerms: [],
    files: [],
    externalLinks: [],
    interlanguageLinks: [],
    diagnostics: [],
  };
}

function parseOrThrow(source: ArticleSource, options: ParseOptions): ParsedArticle {
  const { text, lang } = source;
  const offsets = buildOffsetIndex(text);
  const document = parseWikitext(text, lang, { lint: options.lint === true });
  const context = { source: text, templatePrefixes: document.namespaces.template, offsets, lang };
  const at = (utf16: number, code: string, message: string, severity?: 'error' | 'warning' | 'info') =>
    diagnosticAt(offsets, utf16, code, message, severity);
  const { sections, sectionAt } = buildSections(findHeadings(document.root), text.length, offsets, context);
  const lines = splitLines(document.root, text);
  const prose = buildProse(findParagraphs(lines, text, context.templatePrefixes), { ...context, sectionAt });
  const templates = collectTemplates(document, text, offsets, context.templatePrefixes);
  const { references, diagnostics } = collectReferences(document, context, prose.placements, at);
  for (const reference of references) {
    for (const use of reference.uses) if (use.sentence >= 0) prose.sentences[use.sentence].references.push(use);
  }
  for (const sentence of prose.sentences) sentence.references.sort((a, b) => a.start - b.start);
  const tables = collectTables(document, { ...context, sectionAt, referenceAt: referenceIndex(references), diagnosticAt: at });
  const boldTerms: Mention[] = prose.sentences
    .filter((s) => s.section === 0)
    .flatMap((s) => s.mentions.filter((m) => m.kind === 'bold'));
  return {
    source,
    length: offsets.length,
    sections,
    paragraphs: prose.paragraphs,
    sentences: prose.sentences,
    tables: tables.tables,
    links: collectLinks(document, context, offsets, prose.placements),
    templates: templates.map((t) => t.call),
    references,
    categories: collectCategories(document, text, offsets),
    variantRules: [...noteTaRules(templates), ...inlineRules(document, text, offsets)],
    koreanNames: koreanNames(templates, prose.placements),
    boldTerms,
    files: collectFiles(document, text, offsets),
    externalLinks: collectExternalLinks(document, context, offsets, prose.sentences),
    interlanguageLinks: collectInterlanguageLinks(document, text, offsets, lang),
    ...redirectOf(text, offsets, source.redirect),
    diagnostics: [
      ...(document.roundTrips ? [] : [at(0, 'round-trip', 'the parser did not reproduce the wikitext exactly')]),
      ...lintDiagnostics(document.lint, offsets),
      ...diagnostics,
      ...tables.diagnostics,
    ],
  };
}

/** The reference each `<ref>` use cites, by the use's start (code points). */
function referenceIndex(references: readonly Reference[]): (start: number) => string | undefined {
  const byStart = new Map<number, string>();
  for (const reference of references) for (const use of reference.uses) byStart.set(use.start, reference.id);
  return (start) => byStart.get(start);
}

/** `{ redirect }` when the page is a redirect, else nothing (so the key is absent from ordinary articles). */
function redirectOf(text: string, offsets: ReturnType<typeof buildOffsetIndex>, declared?: string): { redirect?: Redirect } {
  const redirect = findRedirect(text, offsets, declared);
  return redirect ? { redirect } : {};
}
