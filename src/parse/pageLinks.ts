/**
 * What every page has besides its prose: media files, links out of the wiki, interlanguage links and
 * the redirect line. Offsets are converted to code points like everything in the model.
 */
import { LANGUAGE_PREFIXES } from './lexicon/links';
import { REDIRECT_WORD_ALTERNATION } from './lexicon/redirects';
import { isInterwiki } from './links';
import type { ExternalLink, FileLink, InterlanguageLink, Redirect, Sentence } from './model';
import { normaliseLinkTarget } from './names';
import type { OffsetIndex } from './offsets';
import { projectChildren, type ProjectionContext } from './plainText';
import { childOfType, forEachOfType, type WikiDocument, type WikiNode } from './wikiparser';

const LANGUAGES = new Set(LANGUAGE_PREFIXES);

const inReference = (ancestors: readonly WikiNode[]): boolean => ancestors.some((a) => a.type === 'ext' && a.name === 'ref');
const inTemplate = (ancestors: readonly WikiNode[]): boolean => ancestors.some((a) => a.type === 'template');

/** Every `[[File:…]]` (the tree's `file` tokens; gallery lines and `[[:File:…]]` links are not shown files). */
export function collectFiles(document: WikiDocument, source: string, offsets: OffsetIndex): FileLink[] {
  const files: FileLink[] = [];
  forEachOfType(document, 'file', (node, ancestors) => {
    const targetNode = childOfType(node, 'link-target');
    // wikiparser-node names the token with the canonical namespace (`File:X.jpg`) whatever the local name.
    const written = node.name ?? (targetNode ? source.slice(targetNode.start, targetNode.end) : '');
    const name = fileName(written);
    if (!name) return;
    files.push({ name, inReference: inReference(ancestors), inTemplate: inTemplate(ancestors), start: offsets.toCodePoint(node.start), end: offsets.toCodePoint(node.end) });
  });
  return files;
}

/** `File:a_b.jpg` → `A b.jpg`: namespace dropped, `_` as space, first letter upper-cased as MediaWiki stores file titles. */
function fileName(written: string): string {
  const name = written.slice(written.indexOf(':') + 1).replace(/[_\s]+/g, ' ').trim();
  return name ? name[0].toUpperCase() + name.slice(1) : '';
}

/** Every `[url label]` and bare URL, with the sentence it sits in (by span) when it is in prose outside references. */
export function collectExternalLinks(document: WikiDocument, context: ProjectionContext, offsets: OffsetIndex, sentences: readonly Sentence[]): ExternalLink[] {
  const links: ExternalLink[] = [];
  forEachOfType(document, ['ext-link', 'free-ext-link'], (node, ancestors) => {
    const urlNode = node.type === 'ext-link' ? childOfType(node, 'ext-link-url') : node;
    const url = urlNode ? context.source.slice(urlNode.start, urlNode.end).trim() : '';
    if (!url) return;
    const textNode = node.type === 'ext-link' ? childOfType(node, 'ext-link-text') : undefined;
    const start = offsets.toCodePoint(node.start);
    const inRef = inReference(ancestors);
    links.push({
      url,
      text: textNode ? projectChildren(textNode, context).text.trim() : '',
      // As for wikilinks, a link inside a reference is not part of the sentence's prose.
      sentence: inRef ? -1 : sentenceAt(sentences, start),
      inReference: inRef,
      inTemplate: inTemplate(ancestors),
      start,
      end: offsets.toCodePoint(node.end),
    });
    return false;
  });
  return links;
}

/** Index of the sentence whose span holds code point `at`, or -1 (sentences are in source order). */
function sentenceAt(sentences: readonly Sentence[], at: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid];
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return s.index;
  }
  return -1;
}

/**
 * Every `[[xx:Title]]` whose prefix is a language edition and is written without a leading colon (with
 * one, `[[:en:Title]]` is an inline link shown in the text, not an interlanguage link). A link to the
 * article's own language is no interlanguage link either.
 */
export function collectInterlanguageLinks(document: WikiDocument, source: string, offsets: OffsetIndex, lang: string): InterlanguageLink[] {
  const links: InterlanguageLink[] = [];
  forEachOfType(document, 'link', (node) => {
    const targetNode = childOfType(node, 'link-target');
    const raw = targetNode ? source.slice(targetNode.start, targetNode.end) : '';
    const match = /^\s*([A-Za-z][\w-]*)\s*:(.*)$/s.exec(raw);
    if (!match) return;
    const prefix = match[1].toLowerCase();
    if (!LANGUAGES.has(prefix) || prefix === lang.toLowerCase()) return;
    const title = normaliseLinkTarget(match[2]);
    if (!title) return;
    links.push({ lang: prefix, title, start: offsets.toCodePoint(node.start), end: offsets.toCodePoint(node.end) });
  });
  return links;
}

/** Leading space, a magic word, an optional colon, then `[[target]]` or `[[target|text]]` on the same line. */
const REDIRECT_LINE = new RegExp(`^(\\s*)(?:${REDIRECT_WORD_ALTERNATION})[ \\t]*:?[ \\t]*\\[\\[([^[\\]|\\n]+)(?:\\|[^\\]\\n]*)?\\]\\]`, 'iu');

/**
 * The redirect line: a magic word of any language (`#REDIRECT`, `#重定向`, `#WEITERLEITUNG`, …) at the
 * start of the text, then a link to a page of this wiki. When the text has none but the source says the
 * page is a redirect (a dump's `<redirect title>`), the source's target is kept with the first line as its span.
 */
export function findRedirect(text: string, offsets: OffsetIndex, declared?: string): Redirect | undefined {
  const line = REDIRECT_LINE.exec(text);
  if (line && !isInterwiki(line[2])) {
    const target = normaliseLinkTarget(line[2]);
    if (target) return { target, start: offsets.toCodePoint(line[1].length), end: offsets.toCodePoint(line[0].length) };
  }
  const target = declared === undefined ? '' : normaliseLinkTarget(declared);
  if (!target) return undefined;
  const lead = text.length - text.trimStart().length;
  const lineEnd = text.indexOf('\n', lead);
  return { target, start: offsets.toCodePoint(lead), end: offsets.toCodePoint(lineEnd < 0 ? text.length : lineEnd) };
}
