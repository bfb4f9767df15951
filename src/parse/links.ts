/** Article links (`[[…]]`, not categories, files or interwiki links) and categories, anywhere in the article. */
import { INTERWIKI_PREFIXES } from './lexicon/links';
import type { Category, WikiLink } from './model';
import { normaliseLinkTarget } from './names';
import type { OffsetIndex } from './offsets';
import { projectChildren, ProjectionContext } from './plainText';
import type { Placement } from './prose';
import { childOfType, forEachOfType, type WikiDocument, type WikiNode } from './wikiparser';

/** Whether a link target leaves the wiki (`en:Foo`, `:ja:Foo`, `wikt:foo`). */
export function isInterwiki(rawTarget: string): boolean {
  const match = /^\s*:?\s*([A-Za-z][\w-]*)\s*:/.exec(rawTarget);
  return match !== null && INTERWIKI_PREFIXES.includes(match[1].toLowerCase());
}

/** Every article link in document order, with its sentence when it sits in prose. */
export function collectLinks(document: WikiDocument, context: ProjectionContext, offsets: OffsetIndex, placements: Map<WikiNode, Placement>): WikiLink[] {
  const links: WikiLink[] = [];
  forEachOfType(document, 'link', (node, ancestors) => {
    const targetNode = childOfType(node, 'link-target');
    const raw = targetNode ? context.source.slice(targetNode.start, targetNode.end) : '';
    const target = normaliseLinkTarget(raw);
    if (!target || isInterwiki(raw)) return;
    const textNode = childOfType(node, 'link-text');
    links.push({
      target,
      text: textNode ? projectChildren(textNode, context).text.trim() : raw.trim().replace(/^:+/, ''),
      sentence: placements.get(node)?.sentence ?? -1,
      inReference: ancestors.some((a) => a.type === 'ext' && a.name === 'ref'),
      namespace: node.ns ?? 0,
      start: offsets.toCodePoint(node.start),
      end: offsets.toCodePoint(node.end),
    });
  });
  return links;
}

/** Every category link (`[[Category:X|sort]]` and the wiki's localised prefixes), in document order. */
export function collectCategories(document: WikiDocument, source: string, offsets: OffsetIndex): Category[] {
  const categories: Category[] = [];
  forEachOfType(document, 'category', (node) => {
    const targetNode = childOfType(node, 'link-target');
    const raw = targetNode ? source.slice(targetNode.start, targetNode.end) : '';
    const name = raw.slice(raw.indexOf(':') + 1).replace(/[_\s]+/g, ' ').trim();
    const sortNode = childOfType(node, 'link-text');
    const category: Category = { name, start: offsets.toCodePoint(node.start), end: offsets.toCodePoint(node.end) };
    const sortKey = sortNode ? source.slice(sortNode.start, sortNode.end).trim() : '';
    if (sortKey) category.sortKey = sortKey;
    categories.push(category);
  });
  return categories;
}
