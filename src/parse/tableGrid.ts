/**
 * The layout of a table's cells as a browser makes it (the HTML table model): each cell takes the first
 * free column of its row, a `rowspan` covers that column in the rows below, a `colspan` the columns to
 * its right, and later cells shift right past what is covered. Covered slots get a copy of the cell, so
 * `grid[r][c]` is the cell covering (r, c).
 *
 * Spans are the one way a few bytes of wikitext make many cells (`rowspan=10000` on every row of a long
 * table makes a square), so expansion is bounded: a rowspan covers at most `MAX_ROWSPAN` rows, a colspan
 * at most `MAX_COLSPAN` columns (a browser's own limit), and an article makes at most `MAX_SPAN_COPIES`
 * copies; past that, cells are laid out with spans of 1.
 */
import type { TableCell } from './model';

/** Most rows one rowspan covers (a browser allows 65534; real tables need a few dozen). */
export const MAX_ROWSPAN = 1000;
/** Most columns one colspan covers (the HTML standard's own limit). */
export const MAX_COLSPAN = 1000;
/** Most copies made by expanding spans in one article (about 10 MB of cells). */
export const MAX_SPAN_COPIES = 100_000;

/** A cell of a row as written, with its spans as read from its attributes (NaN when absent or unreadable). */
export interface WrittenCell {
  cell: TableCell;
  rowspan: number;
  colspan: number;
}

/** How many more copies spans may make in this article. */
export interface SpanBudget {
  copiesLeft: number;
}

/** The grid, and the first cell whose spans were cut short (by a cap or the budget), if any. */
export interface Layout {
  grid: TableCell[][];
  capped?: TableCell;
}

/** Lays out rows of written cells; sets each written cell's `column`. Rows must hold at least one cell each. */
export function layOut(rows: readonly (readonly WrittenCell[])[], budget: SpanBudget): Layout {
  const grid: (TableCell | undefined)[][] = rows.map(() => []);
  let capped: TableCell | undefined;
  rows.forEach((written, r) => {
    const slots = grid[r];
    let column = 0;
    for (const { cell, rowspan, colspan } of written) {
      while (slots[column] !== undefined) column++;
      // rowspan=0 covers the rest of the rows; any span covers only rows that exist.
      let down = Math.min(rowspan === 0 ? Infinity : spanOf(rowspan), grid.length - r);
      let across = spanOf(colspan);
      if (down > MAX_ROWSPAN || across > MAX_COLSPAN) {
        capped ??= cell;
        down = Math.min(down, MAX_ROWSPAN);
        across = Math.min(across, MAX_COLSPAN);
      }
      if (down * across - 1 > budget.copiesLeft) {
        capped ??= cell;
        down = across = 1;
      }
      budget.copiesLeft -= down * across - 1;
      cell.column = column;
      cover(grid, cell, r, column, down, across);
      column += across;
    }
  });
  return { grid: grid.map((slots, r) => fillGaps(slots, rows[r])), capped };
}

/** A span as a browser reads it: a positive integer, else 1. */
function spanOf(value: number): number {
  return Number.isFinite(value) && value >= 1 ? Math.floor(value) : 1;
}

/** Puts the cell in its slot and copies of it in the others it spans (slots already covered keep their cell). */
function cover(grid: (TableCell | undefined)[][], cell: TableCell, row: number, column: number, down: number, across: number): void {
  for (let dr = 0; dr < down; dr++) {
    const slots = grid[row + dr];
    for (let dc = 0; dc < across; dc++) {
      if (slots[column + dc] !== undefined) continue;
      slots[column + dc] = dr === 0 && dc === 0 ? cell : { ...cell, column: column + dc, copy: true };
    }
  }
}

/** A row's slots with the gaps a rowspan from above left (before its covered slots) filled by `absent` cells. */
function fillGaps(slots: (TableCell | undefined)[], written: readonly WrittenCell[]): TableCell[] {
  const last = written[written.length - 1].cell;
  const cells: TableCell[] = [];
  for (let c = 0; c < slots.length; c++) cells.push(slots[c] ?? absentCell(c, last.end));
  return cells;
}

/** The cell of a slot nothing covers: empty, at `at`. */
function absentCell(column: number, at: number): TableCell {
  return { start: at, end: at, header: false, column, text: '', plainToSource: [at], mentions: [], references: [], copy: false, absent: true };
}
