// Layout helpers of the Excel renderer (Excel 表格): sheet names Excel accepts (≤ 31 characters,
// none of []:*?/\, unique), display widths with CJK counted double, column widths and the row
// heights wrapped text needs. Pure functions, no exceljs.
import type { DocTable } from '../core/model/document.ts';
import { bodyMerges, cellKey, type HeaderCell } from '../core/tables/header-grid.ts';
import { cellText, listTitle } from './table-text.ts';

/** Excel's limit on a sheet name's length. */
export const SHEET_NAME_MAX = 31;
/** Widest column, in Excel character units; longer text wraps. */
export const COLUMN_WIDTH_MAX = 50;
const COLUMN_WIDTH_MIN = 4;
/** Points per printed line of 10-point text, and the padding of a row. */
export const LINE_HEIGHT = 14;

/** A table's sheet name before sanitising: "一 部门收支预算表". */
export function baseSheetName(table: Pick<DocTable, 'title' | 'shortTitle' | 'numberLabel'>): string {
  return [table.numberLabel, listTitle(table)].filter(Boolean).join(' ');
}

/** Hands out sheet names Excel accepts, each unique (case-insensitively) in one workbook. */
export class SheetNames {
  private readonly taken = new Set<string>();

  take(wanted: string): string {
    let base = wanted.replace(/[[\]:*?/\\]/g, '_').replace(/[\u0000-\u001f]/g, '').trim();
    base = base.replace(/^'+|'+$/g, '').trim() || `Sheet${this.taken.size + 1}`;
    base = base.slice(0, SHEET_NAME_MAX);
    let name = base;
    for (let n = 2; this.taken.has(name.toLowerCase()); n++) {
      const suffix = `(${n})`;
      name = base.slice(0, SHEET_NAME_MAX - suffix.length) + suffix;
    }
    this.taken.add(name.toLowerCase());
    return name;
  }
}

/** Width of text in Excel character units: CJK and full-width characters count double. */
export function displayWidth(text: string): number {
  let w = 0;
  for (let i = 0; i < text.length; i++) {
    const cu = text.charCodeAt(i);
    if (cu >= 0xd800 && cu <= 0xdbff) {
      w += 2; // a character outside the BMP (CJK extensions): one character, two code units
      i++;
    } else if (cu >= 0x2e80 ? !(cu >= 0xff61 && cu <= 0xff9f) : cu >= 0x2000 && cu <= 0x206f) {
      w += 2; // CJK, full-width forms, and punctuation such as “ ” — that CJK fonts print wide
    } else {
      w += 1;
    }
  }
  return w;
}

/**
 * Column widths: the larger of the template's hint, the column's own (unmerged) header label and
 * its longest printed (unmerged) value, plus a little padding, capped at COLUMN_WIDTH_MAX (longer
 * text wraps).
 */
export function columnWidths(table: DocTable, grid: readonly HeaderCell[][]): number[] {
  const widths = table.columns.map((c) => c.width ?? 0);
  for (const row of grid) {
    for (const cell of row) {
      if (cell.colSpan === 1) widths[cell.col] = Math.max(widths[cell.col]!, displayWidth(cell.label));
    }
  }
  // Text merged over several columns wraps across them; it does not widen its first column.
  const merged = table.merges.length > 0 ? bodyMerges(table) : null;
  const wideAnchors = new Set<string>();
  for (const [key, m] of merged?.anchors ?? []) if (m.colSpan > 1) wideAnchors.add(key);
  for (let r = 0; r < table.rows.length; r++) {
    const row = table.rows[r]!;
    for (let c = 0; c < widths.length; c++) {
      const v = row.cells[c];
      if (v === null || v === undefined) continue;
      if (merged && (merged.covered.has(cellKey(r, c)) || wideAnchors.has(cellKey(r, c)))) continue;
      const w = typeof v === 'number' ? cellText(v, table).length + 2 : displayWidth(v);
      if (w > widths[c]!) widths[c] = w;
    }
  }
  return widths.map((w) => Math.min(COLUMN_WIDTH_MAX, Math.max(COLUMN_WIDTH_MIN, w + 2)));
}

/** Lines `text` wraps to in a cell `width` characters wide. */
export function wrappedLines(text: string, width: number): number {
  if (!text) return 1;
  const per = Math.max(1, width - 1);
  if (!text.includes('\n')) return Math.max(1, Math.ceil(displayWidth(text) / per));
  let lines = 0;
  for (const part of text.split('\n')) lines += Math.max(1, Math.ceil(displayWidth(part) / per));
  return lines;
}

/** Row height in points for `lines` lines of text; undefined keeps Excel's default. */
export function heightFor(lines: number): number | undefined {
  return lines > 1 ? lines * LINE_HEIGHT + 4 : undefined;
}
