// A worksheet as plain data for layout analysis: the text of every written cell, the merged
// blocks, the content bounds and the workbook's own hints (print-title rows, frozen rows). Built
// from exceljs by sheet-grid.ts, or by hand in tests; layout.ts reads nothing else.

/** A merged block, 1-based and inclusive. */
export interface Block {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** A non-empty cell or merged block as seen on one row: where it starts and how far it reaches. */
export interface Item {
  row: number;
  col: number;
  /** Rightmost and lowest column/row it covers (itself when not merged). */
  right: number;
  bottom: number;
  text: string;
  numeric: boolean;
}

export interface GridInput {
  name: string;
  /** Written cells (merge anchors carry their block's text); empty texts may be left out. */
  cells: { row: number; col: number; text: string; numeric?: boolean }[];
  merges: Block[];
  /** Rows Excel repeats on every printed page (“打印标题”), e.g. [4, 6]. */
  printTitles?: [number, number];
  /** Rows above a frozen pane. */
  frozenRows?: number;
  /** Rows with a bordered cell: a blank row inside a table's frame is a printed (empty) row. */
  framedRows?: number[];
}

/** Columns beyond which nothing is read: disclosure tables are far narrower. */
export const MAX_COLUMNS = 256;

/** Column letters of a 1-based index: 1 → A, 28 → AB. */
export function columnName(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function address(row: number, col: number): string {
  return `${columnName(col)}${row}`;
}

const key = (row: number, col: number): number => row * 1024 + col;

export class Grid {
  readonly name: string;
  readonly merges: Block[];
  readonly printTitles?: [number, number];
  readonly frozenRows?: number;
  readonly framedRows: ReadonlySet<number>;
  /** Last row and column holding text (or a merge anchored on text). */
  readonly lastRow: number;
  readonly lastCol: number;
  private readonly texts = new Map<number, { text: string; numeric: boolean }>();
  /** The block covering each covered cell within the bounds (anchors included). */
  private readonly cover = new Map<number, Block>();
  private readonly byRow = new Map<number, Item[]>();

  constructor(input: GridInput) {
    this.name = input.name;
    if (input.printTitles) this.printTitles = input.printTitles;
    if (input.frozenRows) this.frozenRows = input.frozenRows;
    this.framedRows = new Set(input.framedRows ?? []);
    let lastRow = 0;
    let lastCol = 0;
    for (const c of input.cells) {
      if (c.text.trim() === '' || c.col > MAX_COLUMNS) continue;
      this.texts.set(key(c.row, c.col), { text: c.text, numeric: c.numeric ?? false });
      lastRow = Math.max(lastRow, c.row);
      lastCol = Math.max(lastCol, c.col);
    }
    const anchored = input.merges.filter((m) => this.texts.has(key(m.top, m.left)));
    for (const m of anchored) lastCol = Math.max(lastCol, Math.min(m.right, MAX_COLUMNS));
    this.lastRow = lastRow;
    this.lastCol = lastCol;
    // Blocks clipped to the bounds; the caller caps their count (zip-guard) and total area here.
    this.merges = [];
    let area = 0;
    for (const m of input.merges) {
      const b = { top: m.top, left: m.left, bottom: Math.min(m.bottom, lastRow), right: Math.min(m.right, lastCol) };
      if (b.top > b.bottom || b.left > b.right || (b.top === b.bottom && b.left === b.right)) continue;
      area += (b.bottom - b.top + 1) * (b.right - b.left + 1);
      if (area > 4_000_000) break; // a pathological sheet; the rest read unmerged
      this.merges.push(b);
      for (let r = b.top; r <= b.bottom; r++) for (let c = b.left; c <= b.right; c++) this.cover.set(key(r, c), b);
    }
  }

  /** The text written in the cell itself ('' for a cell covered by a merge). */
  text(row: number, col: number): string {
    const b = this.cover.get(key(row, col));
    if (b && (b.top !== row || b.left !== col)) return '';
    return this.texts.get(key(row, col))?.text ?? '';
  }

  numeric(row: number, col: number): boolean {
    return this.texts.get(key(row, col))?.numeric ?? false;
  }

  /** The block covering a cell, if merged. */
  block(row: number, col: number): Block | undefined {
    return this.cover.get(key(row, col));
  }

  /** The text shown at a cell: its own, or its merged block's, with the cell that holds it. */
  shown(row: number, col: number): { text: string; row: number; col: number } {
    const b = this.cover.get(key(row, col));
    if (b) return { text: this.texts.get(key(b.top, b.left))?.text ?? '', row: b.top, col: b.left };
    return { text: this.texts.get(key(row, col))?.text ?? '', row, col };
  }

  /** Non-empty cells and blocks starting on `row`, left to right. */
  items(row: number): Item[] {
    let list = this.byRow.get(row);
    if (list) return list;
    list = [];
    for (let col = 1; col <= this.lastCol; col++) {
      const t = this.texts.get(key(row, col));
      if (!t) continue;
      const b = this.cover.get(key(row, col));
      if (b && (b.top !== row || b.left !== col)) continue;
      list.push({ row, col, right: b?.right ?? col, bottom: b?.bottom ?? row, text: t.text, numeric: t.numeric });
    }
    this.byRow.set(row, list);
    return list;
  }

  isEmpty(row: number): boolean {
    return this.items(row).length === 0;
  }
}
