// Reads what a worksheet is from its grid: the 目录 (contents), a table (title, preamble lines,
// header rows, body, notes), or text (cover, 部门职能, 编制说明 …). A table's header rows are the
// workbook's print-title rows when it has them, else the rows above a frozen pane, else found from
// the merges: the header grows while a merged label reaches further down or a label spanning
// several columns has no row beneath it yet (Shanghai's 类/款/项 row included). Notes are trailing
// single-cell rows that start with 注/备注/说明… or span the table after a blank row. Blank rows at
// the ends of the body are dropped unless bordered (an empty row printed inside the table).
import type { RawCell, RawTable } from '../../core/import/raw.ts';
import type { Merge } from '../../core/model/document.ts';
import { address, type Grid, type Item } from './grid.ts';

export type SheetLayout =
  | { kind: 'empty' }
  | { kind: 'contents'; heading: RawCell; entries: RawCell[] }
  | { kind: 'table'; table: RawTable; warnings: RawCell[] }
  | { kind: 'text'; lines: RawCell[] };

/** Lines between a title and its table: 编制部门：… 单位：元 部门名称：… */
const PREAMBLE = /^(?:编制|填报)?(?:预算)?(?:主管)?(?:部门|单位)(?:名称)?\s*[:：]|^(?:金额|计量)单位\s*[:：]/;
/** Lines under a table. */
const NOTE = /^(?:注|备注|附注|说明|本表|此表|数据来源)/;
const CONTENTS = /^(?:目录|目次)$/;
/** Leader dots and a page number after a contents entry. */
const LEADER = /(?:[\s.·…．—_-]{2,}\d*|\s+\d+)\s*$/;

function cell(grid: Grid, row: number, col: number, text: string): RawCell {
  return { text, at: { sheet: grid.name, cell: address(row, col) } };
}

/** Each line of each non-empty cell, row by row, trimmed. */
function lines(grid: Grid, from: number, to: number): RawCell[] {
  const out: RawCell[] = [];
  for (let r = from; r <= to; r++) {
    for (const it of grid.items(r)) {
      for (const line of it.text.split('\n')) {
        const t = line.trim();
        if (t) out.push(cell(grid, it.row, it.col, t));
      }
    }
  }
  return out;
}

export function layoutSheet(grid: Grid): SheetLayout {
  let first = 0;
  for (let r = 1; r <= grid.lastRow && !first; r++) if (!grid.isEmpty(r)) first = r;
  if (!first) return { kind: 'empty' };
  const top = grid.items(first);
  const head = top[0]!;
  if (top.length === 1 && CONTENTS.test(head.text.replace(/\s+/g, ''))) {
    const entries = lines(grid, first + 1, grid.lastRow)
      .map((c) => ({ ...c, text: c.text.replace(LEADER, '').replace(/[.·…．]+$/, '').trim() }))
      .filter((c) => c.text !== '');
    return { kind: 'contents', heading: cell(grid, head.row, head.col, head.text.trim()), entries };
  }
  // A title alone on its row, or with 单位：元 / 编制单位：… beside it.
  const titled = top.slice(1).every((it) => PREAMBLE.test(it.text.trim()));
  const table = titled ? readTable(grid, first) : undefined;
  if (table) return { kind: 'table', ...table };
  return { kind: 'text', lines: lines(grid, first, grid.lastRow) };
}

/** Leftmost column holding anything. */
function leftmost(grid: Grid): number {
  let left = grid.lastCol;
  for (let r = 1; r <= grid.lastRow; r++) for (const it of grid.items(r)) left = Math.min(left, it.col);
  return left;
}

function readTable(grid: Grid, titleRow: number): { table: RawTable; warnings: RawCell[] } | undefined {
  const titleItem = grid.items(titleRow)[0]!;
  const gridLeft = leftmost(grid);
  const fullWidth = (it: Item): boolean => it.col <= gridLeft && it.right >= grid.lastCol;
  // Print titles that end below the title row are the header (clipped to after the preamble).
  const hint = grid.printTitles && grid.printTitles[1] > titleRow ? grid.printTitles : undefined;

  // Preamble: what stands beside the title, then blank rows and rows of 编制单位 / 单位 lines or
  // full-width lines, up to the header.
  const preamble: RawCell[] = grid.items(titleRow).slice(1).map((it) => cell(grid, it.row, it.col, it.text.trim()));
  let r = titleRow + 1;
  for (; r <= grid.lastRow; r++) {
    if (hint && hint[0] > titleRow && r >= hint[0]) break;
    const its = grid.items(r);
    if (its.length === 0) continue;
    if (!its.every((it) => PREAMBLE.test(it.text.trim()) || (its.length === 1 && fullWidth(it)))) break;
    for (const it of its) preamble.push(cell(grid, it.row, it.col, it.text.trim()));
  }
  const headerTop = r;
  let headerBottom: number | undefined;
  if (hint && hint[1] >= headerTop) headerBottom = hint[1];
  else if (grid.frozenRows !== undefined && grid.frozenRows >= headerTop - 1 && grid.frozenRows < headerTop + 6) {
    headerBottom = grid.frozenRows; // rows above a frozen pane, when they can be a header
  } else headerBottom = headerEnd(grid, headerTop);
  if (headerBottom === undefined) return undefined;
  let left = gridLeft;
  let right = grid.lastCol;
  const headerItems: Item[] = [];
  for (let h = headerTop; h <= headerBottom; h++) headerItems.push(...grid.items(h));
  if (headerItems.length > 0) {
    left = Math.min(...headerItems.map((it) => it.col));
    right = Math.max(...headerItems.map((it) => it.right));
  }
  if (right - left < 1) return undefined; // one column: text, not a table

  const header: RawCell[][] = [];
  for (let h = headerTop; h <= headerBottom; h++) {
    const row: RawCell[] = [];
    for (let c = left; c <= right; c++) {
      const s = grid.shown(h, c);
      const inHeader = s.row >= headerTop;
      row.push(cell(grid, inHeader ? s.row : h, inHeader ? s.col : c, inHeader ? s.text : ''));
    }
    header.push(row);
  }

  // Body and notes.
  const blank = (row: number): boolean => {
    if (grid.items(row).some((it) => it.col <= right && it.right >= left)) return false;
    for (let c = left; c <= right; c++) if ((grid.block(row, c)?.top ?? row) < row) return false;
    return true;
  };
  let bodyTop = headerBottom + 1;
  const notesFrom = findNotes(grid, bodyTop, grid.lastRow, left, right, blank);
  let bodyBottom = notesFrom - 1;
  // Blank rows at either end are not the table's, unless they are inside its frame (borders).
  while (bodyBottom >= bodyTop && blank(bodyBottom) && !grid.framedRows.has(bodyBottom)) bodyBottom--;
  while (bodyTop <= bodyBottom && blank(bodyTop) && !grid.framedRows.has(bodyTop)) bodyTop++;
  const body: RawCell[][] = [];
  const warnings: RawCell[] = [];
  for (let b = bodyTop; b <= bodyBottom; b++) {
    const row: RawCell[] = [];
    for (let c = left; c <= right; c++) row.push(cell(grid, b, c, grid.text(b, c)));
    body.push(row);
    for (const it of grid.items(b)) {
      if (it.col > right || it.right < left) {
        warnings.push({
          text: `工作表“${grid.name}” ${address(b, it.col)}：在表格列之外，未读取（“${it.text.slice(0, 20)}”）/ sheet "${grid.name}" ${address(b, it.col)}: outside the table's columns, not read`,
          at: { sheet: grid.name, cell: address(b, it.col) },
        });
      }
    }
  }
  const merges: Merge[] = [];
  for (const m of grid.merges) {
    if (m.top < bodyTop || m.top > bodyBottom || m.left < left || m.left > right) continue;
    const rowSpan = Math.min(m.bottom, bodyBottom) - m.top + 1;
    const colSpan = Math.min(m.right, right) - m.left + 1;
    if (rowSpan > 1 || colSpan > 1) merges.push({ row: m.top - bodyTop, col: m.left - left, rowSpan, colSpan });
  }
  merges.sort((a, b) => a.row - b.row || a.col - b.col);
  const notes = lines(grid, notesFrom, grid.lastRow);
  const table: RawTable = {
    title: titleItem.text.trim(),
    titleAt: { sheet: grid.name, cell: address(titleItem.row, titleItem.col) },
    preamble,
    header,
    body,
    notes,
  };
  if (merges.length > 0) table.merges = merges;
  return { table, warnings };
}

/**
 * Last header row, found from the merges; undefined when the rows at `top` do not look like a
 * header (fewer than two labels in its first row, or fewer than three in all).
 */
export function headerEnd(grid: Grid, top: number): number | undefined {
  if (top > grid.lastRow || grid.items(top).length < 2) return undefined;
  let end = top;
  for (let changed = true; changed; ) {
    changed = false;
    for (let h = top; h <= end; h++) {
      for (const it of grid.items(h)) {
        if (it.bottom > end) {
          end = it.bottom;
          changed = true;
        }
        // A label over several columns with nothing beneath it yet: its sub-labels are next.
        if (it.right > it.col && it.bottom === end && end < grid.lastRow) {
          const under = grid.items(end + 1).some((u) => u.col >= it.col && u.col <= it.right && !u.numeric);
          if (under) {
            end++;
            changed = true;
          }
        }
      }
    }
  }
  // Shanghai's functional tables put 类 / 款 / 项 on a row of their own under 科目编码.
  const next = grid.items(end + 1);
  if (next.length > 0 && next.every((it) => /^[类款项]$/.test(it.text.trim()))) end++;
  let labels = 0;
  for (let h = top; h <= end; h++) labels += grid.items(h).length;
  return labels >= 3 ? end : undefined;
}

function findNotes(grid: Grid, from: number, to: number, left: number, right: number, blank: (row: number) => boolean): number {
  const run: number[] = [];
  for (let r = to; r >= from; r--) {
    const its = grid.items(r);
    if (its.length === 0 && blank(r)) continue;
    const only = its.length === 1 ? its[0]! : undefined;
    if (only && ((only.col <= left && only.right >= right) || NOTE.test(only.text.trim()))) {
      run.unshift(r);
      continue;
    }
    break;
  }
  for (const r of run) {
    const text = grid.items(r)[0]!.text.trim();
    if (NOTE.test(text) || (r - 1 >= from && blank(r - 1))) return r;
  }
  return to + 1;
}
