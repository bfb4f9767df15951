/**
 * Wikitables: `{| … |}` at the top level and nested in cells, read from the table nodes noted while the
 * tree was copied (no walk of their own). Tables inside templates, refs or other tags are left out:
 * infoboxes and navboxes are read from their template calls.
 *
 * Each cell's content is projected to plain text by the prose projection (`plainText.ts`), so links are
 * mentions with their targets, inline templates show as in prose and refs leave only their use; `<br>`
 * is kept as a line break. Rows and spans follow what MediaWiki and a browser make of the markup (see
 * `tableGrid.ts`), and malformed tables give what can be read of them, never an exception.
 */
import { bracketMentions } from './mentions';
import type { Diagnostic, Mention, ReferenceUse, Table, TableCell, TableRow } from './model';
import type { OffsetIndex } from './offsets';
import { projectItems, ProjectionContext } from './plainText';
import { clippedMention, linkTarget } from './prose';
import { layOut, MAX_COLSPAN, MAX_ROWSPAN, MAX_SPAN_COPIES, SpanBudget, WrittenCell } from './tableGrid';
import { childOfType, forEachOfType, type WikiDocument, type WikiNode } from './wikiparser';

/** What reading tables needs to know about the article. */
export interface TableContext extends ProjectionContext {
  offsets: OffsetIndex;
  /** Section index of a UTF-16 position. */
  sectionAt: (utf16: number) => number;
  /** The reference a `<ref>` use starting at this code point cites. */
  referenceAt: (start: number) => string | undefined;
  diagnosticAt: (utf16: number, code: string, message: string, severity?: Diagnostic['severity']) => Diagnostic;
}

/** The article's tables, and a diagnostic for each table whose spans were capped. */
export interface TableResult {
  tables: Table[];
  diagnostics: Diagnostic[];
}

/** Nodes a listed table may sit in: the root and the parts of other tables (stray text between rows too, which a browser shows before the table). */
const TABLE_PARTS = new Set(['root', 'table', 'tr', 'td', 'td-inner', 'table-inter']);

/** Reads every listed table of the document, in document order (a nested table after its parent). */
export function collectTables(document: WikiDocument, context: TableContext): TableResult {
  const result: TableResult = { tables: [], diagnostics: [] };
  const budget: SpanBudget = { copiesLeft: MAX_SPAN_COPIES };
  const cellContext: TableContext = { ...context, lineBreaks: true };
  forEachOfType(document, 'table', (node, ancestors) => {
    if (!ancestors.every((a) => TABLE_PARTS.has(a.type))) return;
    const depth = ancestors.reduce((n, a) => (a.type === 'table' ? n + 1 : n), 0);
    result.tables.push(readTable(node, result.tables.length, depth, cellContext, budget, result.diagnostics));
  });
  return result;
}

/** A row as written: its node's span (UTF-16) and its cells. */
interface WrittenRow {
  start: number;
  end: number;
  cells: WrittenCell[];
}

function readTable(node: WikiNode, index: number, depth: number, context: TableContext, budget: SpanBudget, diagnostics: Diagnostic[]): Table {
  const { toCodePoint } = context.offsets;
  const { rows: written, caption } = writtenRows(node, context);
  const { grid, capped } = layOut(written.map((row) => row.cells), budget);
  if (capped) {
    const message = `a rowspan past ${MAX_ROWSPAN} rows, a colspan past ${MAX_COLSPAN} columns, or more than ${MAX_SPAN_COPIES} spanned cells in the article: this table's spans were cut short here`;
    diagnostics.push(context.diagnosticAt(context.offsets.toUtf16(capped.start), 'table-span-capped', message, 'warning'));
  }
  const rows: TableRow[] = written.map((row, r) => ({ start: toCodePoint(row.start), end: toCodePoint(row.end), cells: grid[r] }));
  return {
    index,
    section: context.sectionAt(node.start),
    start: toCodePoint(node.start),
    end: toCodePoint(node.end),
    caption: caption ? projectCell(caption, false, context).text : '',
    rows,
    columns: columnNames(rows),
    depth,
  };
}

/** The rows with cells of their own (the cells before the first `|-` make one) and the first caption. */
function writtenRows(table: WikiNode, context: TableContext): { rows: WrittenRow[]; caption?: WikiNode } {
  const rows: WrittenRow[] = [];
  let caption: WikiNode | undefined;
  const readRow = (parent: WikiNode, rowNode: WikiNode | undefined) => {
    const cells: WrittenCell[] = [];
    let previous: CellKind | undefined;
    let first: WikiNode | undefined;
    let last: WikiNode | undefined;
    for (const child of parent.children) {
      if (child.type !== 'td') continue;
      const kind = cellKind(child, previous, context.source);
      previous = kind;
      if (kind === 'caption') {
        caption ??= child;
        continue;
      }
      cells.push({ cell: projectCell(child, kind === 'th', context), rowspan: spanAttribute(child, 'rowspan', context.source), colspan: spanAttribute(child, 'colspan', context.source) });
      first ??= child;
      last = child;
    }
    if (cells.length === 0) return; // MediaWiki writes no <tr> for a row without cells
    const from = rowNode ?? first!;
    rows.push({ start: from.start + (context.source[from.start] === '\n' ? 1 : 0), end: (rowNode ?? last!).end, cells });
  };
  readRow(table, undefined);
  for (const child of table.children) if (child.type === 'tr') readRow(child, child);
  return { rows, caption };
}

type CellKind = 'td' | 'th' | 'caption';

/**
 * A cell's kind from the markup that opens it: `!` a header, `|+` a caption, `|` a data cell; `!!`
 * always a header, `||` the kind of the cell before it on the line. (wikiparser-node's own `subtype`
 * reads back through every cell of the line each time it is asked.)
 */
function cellKind(td: WikiNode, previous: CellKind | undefined, source: string): CellKind {
  const syntax = childOfType(td, 'table-syntax');
  const opener = syntax ? source.slice(syntax.start, syntax.end).replace(/\{\{\s*!\s*\}\}/g, '|').trim() : '|';
  if (opener === '||') return previous ?? 'td';
  if (opener.startsWith('!')) return 'th';
  return opener.startsWith('|+') ? 'caption' : 'td';
}

/** A `rowspan`/`colspan` attribute as written (the digits it starts with), NaN when absent or unreadable. */
function spanAttribute(td: WikiNode, name: 'rowspan' | 'colspan', source: string): number {
  const attributes = childOfType(td, 'table-attrs');
  const attribute = attributes?.children.find((child) => child.type === 'table-attr' && child.name?.toLowerCase() === name);
  const value = attribute && childOfType(attribute, 'attr-value');
  return value ? parseInt(source.slice(value.start, value.end).trim(), 10) : NaN;
}

/** A cell's content projected to plain text, trimmed, with its map, mentions and (still unresolved) references. */
function projectCell(td: WikiNode, header: boolean, context: TableContext): TableCell {
  const { source } = context;
  const { toCodePoint } = context.offsets;
  const inner = childOfType(td, 'td-inner') ?? { type: 'td-inner', start: td.end, end: td.end, children: [] };
  let start16 = inner.start;
  let end16 = inner.end;
  while (start16 < end16 && /\s/.test(source[start16])) start16++;
  while (end16 > start16 && /\s/.test(source[end16 - 1])) end16--;
  const plain = projectItems(inner.children.map((child) => ({ node: child, start: child.start, end: child.end })), context);
  let from = 0;
  let to = plain.text.length;
  while (from < to && /\s/.test(plain.text[from])) from++;
  while (to > from && /\s/.test(plain.text[to - 1])) to--;
  const text = plain.text.slice(from, to);
  const start = toCodePoint(start16);
  const plainToSource = plain.map.slice(from, to).map(toCodePoint);
  plainToSource.push(text.length ? plainToSource[text.length - 1] + 1 : start);
  const sourceOf = (a: number, b: number) => ({ start: plainToSource[a], end: plainToSource[b - 1] + 1 });
  const mentions: Mention[] = bracketMentions(text, sourceOf);
  for (const link of plain.links) {
    mentions.push(clippedMention(text, from, { kind: 'link', ...link, target: link.target ?? linkTarget(link.node, source), start: toCodePoint(link.node.start), end: toCodePoint(link.node.end) }));
  }
  for (const bold of plain.bold) mentions.push(clippedMention(text, from, { kind: 'bold', ...bold, start: toCodePoint(bold.start), end: toCodePoint(bold.end) }));
  mentions.sort((a, b) => a.plainStart - b.plainStart || a.start - b.start);
  const references: ReferenceUse[] = [];
  for (const ref of plain.refs) {
    const use = { start: toCodePoint(ref.node.start), end: toCodePoint(ref.node.end) };
    const referenceId = context.referenceAt(use.start);
    if (referenceId !== undefined) references.push({ referenceId, sentence: -1, plainOffset: Math.max(0, Math.min(ref.plainStart - from, text.length)), ...use });
  }
  return { start, end: toCodePoint(end16), header, column: 0, text, plainToSource, mentions, references, copy: false };
}

/** For each column, the last non-empty header text at it in the rows above the first row with a data cell. */
function columnNames(rows: readonly TableRow[]): string[] {
  const width = rows.reduce((max, row) => Math.max(max, row.cells.length), 0);
  const columns: string[] = new Array(width).fill('');
  for (const row of rows) {
    if (row.cells.some((cell) => !cell.header && !cell.absent)) break;
    for (const cell of row.cells) if (cell.header && cell.text !== '') columns[cell.column] = cell.text;
  }
  return columns;
}
