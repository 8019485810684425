// Header grid (表头网格): turns the columns' header paths into the merged cells of a multi-level
// table header, and indexes a table's body merges (合并单元格), so every renderer lays out the
// same header and the same merged body the same way. Pure; no I/O.
//
// Rules (see templates/luoyang/columns.ts): each column's `header` lists labels from the top
// header row down to the leaf. Consecutive columns whose paths agree up to and including a row
// share one cell on that row (horizontal merge); a cell whose label repeats in the rows below,
// over exactly its columns, extends down (vertical merge): ['合计','合计','合计'] is one cell
// spanning three rows, ['基本支出','小计','小计'] is 基本支出 over a 小计 spanning two rows.
import type { Column, DocTable, Merge } from '../model/document.ts';

/** One visible header cell (表头单元格); cells it covers are not listed. Rows and cols are 0-based. */
export interface HeaderCell {
  label: string;
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
}

/** Number of header rows: the longest header path; 0 for a form whose labels are body rows. */
export function headerDepth(columns: readonly Column[]): number {
  let depth = 0;
  for (const c of columns) depth = Math.max(depth, c.header.length);
  return depth;
}

/**
 * The merged header grid: one array per header row, each listing that row's visible cells from
 * left to right. Paths shorter than the deepest one (not expected: a template's paths have one
 * length) are padded with their last label, which makes that label span down to the leaf row.
 */
export function headerGrid(columns: readonly Column[]): HeaderCell[][] {
  const depth = headerDepth(columns);
  const paths = columns.map((c) => padPath(c.header, depth));
  const grid: HeaderCell[][] = Array.from({ length: depth }, () => []);
  // covered[r][c]: the cell at (r, c) belongs to a vertical span started above it.
  const covered: boolean[][] = Array.from({ length: depth }, () => new Array<boolean>(columns.length).fill(false));

  for (let r = 0; r < depth; r++) {
    let c = 0;
    while (c < paths.length) {
      if (covered[r]![c]) {
        c++;
        continue;
      }
      // Horizontal run: following columns with the same path prefix up to row r, not covered.
      let end = c + 1;
      while (end < paths.length && !covered[r]![end] && samePrefix(paths[c]!, paths[end]!, r)) end++;
      const label = paths[c]![r]!;
      // Vertical run: rows below whose label over exactly these columns repeats this one.
      let rowSpan = 1;
      while (r + rowSpan < depth && allLabel(paths, c, end, r + rowSpan, label)) rowSpan++;
      for (let rr = r + 1; rr < r + rowSpan; rr++) for (let cc = c; cc < end; cc++) covered[rr]![cc] = true;
      grid[r]!.push({ label, row: r, col: c, rowSpan, colSpan: end - c });
      c = end;
    }
  }
  return grid;
}

function padPath(header: readonly string[], depth: number): string[] {
  if (header.length === depth) return header.slice();
  const last = header.length > 0 ? header[header.length - 1]! : '';
  const out = header.slice();
  while (out.length < depth) out.push(last);
  return out;
}

function samePrefix(a: readonly string[], b: readonly string[], upTo: number): boolean {
  for (let i = 0; i <= upTo; i++) if (a[i] !== b[i]) return false;
  return true;
}

function allLabel(paths: readonly string[][], from: number, to: number, row: number, label: string): boolean {
  for (let c = from; c < to; c++) if (paths[c]![row] !== label) return false;
  return true;
}

/** Key of a body cell in the merge index: "row,col" (0-based body coordinates). */
export function cellKey(row: number, col: number): string {
  return `${row},${col}`;
}

/** A table body's merges, indexed: the anchor (top-left) cell of each block and the cells it covers. */
export interface BodyMergeIndex {
  /** Top-left cell key → its merge (spans clipped to the table). */
  anchors: Map<string, Merge>;
  /** Keys of the cells hidden under a merge (the anchors themselves are not included). */
  covered: Set<string>;
}

/**
 * Indexes `table.merges`. Spans are clipped to the body (rows × columns); a merge that starts
 * outside the body, spans less than two cells or overlaps an earlier merge is ignored,
 * so a renderer never prints overlapping cells.
 */
export function bodyMerges(table: Pick<DocTable, 'merges' | 'rows' | 'columns'>): BodyMergeIndex {
  const anchors = new Map<string, Merge>();
  const covered = new Set<string>();
  const nRows = table.rows.length;
  const nCols = table.columns.length;
  for (const m of table.merges) {
    if (m.row < 0 || m.col < 0 || m.row >= nRows || m.col >= nCols) continue;
    const rowSpan = Math.min(m.rowSpan, nRows - m.row);
    const colSpan = Math.min(m.colSpan, nCols - m.col);
    if (!(rowSpan >= 1 && colSpan >= 1) || (rowSpan === 1 && colSpan === 1)) continue;
    const keys: string[] = [];
    for (let r = m.row; r < m.row + rowSpan; r++) for (let c = m.col; c < m.col + colSpan; c++) keys.push(cellKey(r, c));
    if (keys.some((k) => covered.has(k) || anchors.has(k))) continue;
    anchors.set(keys[0]!, { row: m.row, col: m.col, rowSpan, colSpan });
    for (const k of keys.slice(1)) covered.add(k);
  }
  return { anchors, covered };
}

/** The body cells covered by `table.merges` (not their anchors), as cellKey(row, col) keys. */
export function bodyCovered(table: Pick<DocTable, 'merges' | 'rows' | 'columns'>): Set<string> {
  return bodyMerges(table).covered;
}
