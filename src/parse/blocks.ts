/**
 * Block structure of an article: lines of top-level tokens grouped into sections and paragraphs.
 *
 * wikiparser-node leaves prose flat under the root, so blocks are found the way MediaWiki finds them:
 * by lines. A line is prose when it carries visible text; headings, tables, lines of only templates,
 * categories, files or comments, and blank lines are not. Consecutive prose lines form one paragraph,
 * except list items, which are a paragraph each. All indices are UTF-16.
 */
import { BLOCK_TEMPLATES, DATE_TEMPLATES, inlineRule } from './lexicon/templates';
import { canonicalTemplateName } from './names';
import type { BlockItem } from './plainText';
import { childOfType, WikiNode } from './wikiparser';

/** A top-level line: its items (text pieces and tokens), without the newline that ends it. */
export interface Line {
  items: BlockItem[];
  start: number;
  end: number;
}

/** A heading at the top level. */
export interface HeadingBlock {
  node: WikiNode;
  level: number;
}

/** A paragraph's items (newlines between its lines included) and its span. */
export interface ParagraphBlock {
  items: BlockItem[];
  start: number;
  end: number;
  /** For a list item line: its marker as written (whitespace left out) and its depth. */
  list?: { marker: string; depth: number };
}

type LineKind = 'blank' | 'heading' | 'other' | 'prose' | 'list';

/** Splits the root's children into lines at the newlines of top-level text. */
export function splitLines(root: WikiNode, source: string): Line[] {
  const lines: Line[] = [];
  let current: Line = { items: [], start: root.start, end: root.start };
  const push = (item: BlockItem) => {
    if (item.end > item.start || item.node.type !== 'text') current.items.push(item);
    current.end = item.end;
  };
  for (const node of root.children) {
    if (node.type !== 'text') {
      push({ node, start: node.start, end: node.end });
      continue;
    }
    let from = node.start;
    for (let nl = source.indexOf('\n', from); nl !== -1 && nl < node.end; nl = source.indexOf('\n', nl + 1)) {
      push({ node, start: from, end: nl });
      lines.push(current);
      current = { items: [], start: nl + 1, end: nl + 1 };
      from = nl + 1;
    }
    push({ node, start: from, end: node.end });
  }
  lines.push(current);
  return lines;
}

const INVISIBLE = new Set(['comment', 'category', 'file', 'magic-word', 'double-underscore', 'html', 'hr', 'arg']);

/** Whether an item shows no prose: whitespace, comments, categories, block templates, and the like. */
function isInvisible(item: BlockItem, source: string, templatePrefixes: readonly string[]): boolean {
  const { node } = item;
  if (node.type === 'text') return source.slice(item.start, item.end).trim() === '';
  if (INVISIBLE.has(node.type)) return true;
  if (node.type === 'ext') return node.name !== 'ref' && node.name !== 'nowiki';
  if (node.type === 'template') return !isInlineTemplate(node, source, templatePrefixes);
  return false;
}

/** Whether a template renders inline text (it is in the inline lexicon and not a block template). */
export function isInlineTemplate(node: WikiNode, source: string, templatePrefixes: readonly string[]): boolean {
  const nameNode = childOfType(node, 'template-name');
  if (!nameNode) return false;
  const name = canonicalTemplateName(source.slice(nameNode.start, nameNode.end), templatePrefixes);
  return (inlineRule(name) !== undefined || DATE_TEMPLATES.has(name.toLowerCase())) && !BLOCK_TEMPLATES.includes(name);
}

/** Classifies a line by its first visible item. */
function classify(line: Line, source: string, templatePrefixes: readonly string[]): LineKind {
  const visible = line.items.filter((item) => !isInvisible(item, source, templatePrefixes));
  if (line.items.some((item) => item.node.type === 'heading')) return 'heading';
  if (visible.length === 0) return line.items.length && line.items.every((i) => i.node.type === 'text') ? 'blank' : 'other';
  const first = visible[0].node.type;
  if (first === 'table' || first === 'ext' && visible[0].node.name !== 'ref') return 'other';
  if (first === 'list' || first === 'dd') {
    // An indented table (`:{|`) is a table, not a list item.
    const rest = visible.slice(1).filter((item) => !['list', 'dd', 'table'].includes(item.node.type));
    return rest.length ? 'list' : 'other';
  }
  if (visible.every((item) => item.node.type === 'ext' || item.node.type === 'table')) return 'other';
  return 'prose';
}

/** The headings at the top level, in order. */
export function findHeadings(root: WikiNode): HeadingBlock[] {
  return root.children.filter((n) => n.type === 'heading').map((node) => ({ node, level: node.level ?? 2 }));
}

/** Groups prose lines into paragraphs; leading and trailing invisible items are left out of the span. */
export function findParagraphs(lines: readonly Line[], source: string, templatePrefixes: readonly string[]): ParagraphBlock[] {
  const paragraphs: ParagraphBlock[] = [];
  let run: Line[] = [];
  const flush = () => {
    if (run.length) paragraphs.push(toParagraph(run, source, templatePrefixes));
    run = [];
  };
  for (const line of lines) {
    const kind = classify(line, source, templatePrefixes);
    if (kind === 'prose') run.push(line);
    else if (kind === 'list') {
      flush();
      paragraphs.push({ ...toParagraph([line], source, templatePrefixes), list: listMarker(line, source) });
    } else flush();
  }
  flush();
  return paragraphs.filter((p) => p.end > p.start);
}

/** The marker that opens a list item line (`*`, `**`, `#:`, `;`, …: its list or dd token, whitespace left out). */
function listMarker(line: Line, source: string): { marker: string; depth: number } {
  const opener = line.items.find((item) => item.node.type === 'list' || item.node.type === 'dd');
  const marker = opener ? source.slice(opener.start, opener.end).replace(/[^*#:;]/g, '') : '';
  return { marker, depth: marker.length };
}

/** Joins lines (with their separating newlines) and trims invisible items at both ends. */
function toParagraph(lines: readonly Line[], source: string, templatePrefixes: readonly string[]): ParagraphBlock {
  const items: BlockItem[] = [];
  lines.forEach((line, i) => {
    if (i > 0) {
      const nl = lines[i - 1].end;
      items.push({ node: { type: 'text', start: nl, end: nl + 1, children: [] }, start: nl, end: nl + 1 });
    }
    // A loop, not push(...items): a line of a hundred thousand items would overflow the call stack.
    for (const item of line.items) items.push(item);
  });
  let first = 0;
  let last = items.length - 1;
  const skippable = (item: BlockItem) =>
    isInvisible(item, source, templatePrefixes) || item.node.type === 'list' || item.node.type === 'dd';
  while (first <= last && skippable(items[first])) first++;
  while (last >= first && isInvisible(items[last], source, templatePrefixes) && items[last].node.type !== 'template') last--;
  const kept = items.slice(first, last + 1);
  const start = kept.length ? kept[0].start + leadingSpace(source, kept[0]) : lines[0].start;
  return { items: kept, start, end: kept.length ? kept[kept.length - 1].end : start };
}

/** Whitespace at the start of a text item, so a paragraph starts at its first visible character. */
function leadingSpace(source: string, item: BlockItem): number {
  if (item.node.type !== 'text') return 0;
  const text = source.slice(item.start, item.end);
  return text.length - text.trimStart().length;
}
