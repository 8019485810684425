// Small readers of a table being assembled: columns by key, a cell's text, the code a row prints
// (split 类/款/项 cells, “212 01 01” or joined), and writing refs by column key.
import type { CellValue, DocTable, Row } from '../model/document.ts';
import type { TableSpec, TemplateSpec } from '../templates/types.ts';
import { labelKey } from './labels.ts';
import type { ProblemList } from './problems.ts';

export interface RowsContext {
  table: DocTable;
  spec: TableSpec;
  template: TemplateSpec;
  problems: ProblemList;
}

export function colOf(table: DocTable, key: string): number {
  return table.columns.findIndex((c) => c.key === key);
}

/** The text of a cell (amounts as their number text), '' when blank or absent. */
export function cellText(table: DocTable, row: Row, key: string): string {
  const i = colOf(table, key);
  const v: CellValue | undefined = i < 0 ? undefined : row.cells[i];
  if (v === null || v === undefined) return '';
  return typeof v === 'string' ? v.trim() : String(v);
}

/** True when the text reads 合计 / 总计 (spaces, quotes and width aside). */
export function isTotalLabel(text: string): boolean {
  return /^(?:合计|总计)$/.test(labelKey(text));
}

/** The digits of a printed code: “212 01 01” → 2120101; '' when the text is not a code. */
export function codeDigits(text: string): string {
  const t = text.normalize('NFKC').replace(/\s+/g, '');
  return /^\d+$/.test(t) ? t : '';
}

/**
 * The code a row prints across the given columns (类, 款, 项 in order): the digits joined. A code
 * printed whole in the first column (“2120101” or “212 01 01”) is read the same.
 */
export function rowCode(table: DocTable, row: Row, keys: readonly string[]): string {
  const first = codeDigits(cellText(table, row, keys[0] ?? ''));
  if (first.length > 3) return first;
  let code = first;
  for (const k of keys.slice(1)) code += codeDigits(cellText(table, row, k));
  return code;
}

/**
 * Writes the code back into the split columns the spec has, in the canonical form the views print
 * (类 3 digits, 款 2, 项 2), so “212 01 01” printed in one cell reads as 212 | 01 | 01.
 */
export function splitCodeCells(table: DocTable, row: Row, keys: readonly string[], code: string): void {
  const widths = [3, 2, 2];
  let at = 0;
  keys.forEach((k, n) => {
    const i = colOf(table, k);
    const w = widths[n] ?? 2;
    const part = code.slice(at, at + w);
    at += w;
    if (i >= 0) row.cells[i] = part || null;
  });
}

/** Sets refs by column key on the row (columns the table does not print are skipped). */
export function setRefs(table: DocTable, row: Row, refs: Record<string, string | undefined>): void {
  const out: Record<number, string> = {};
  table.columns.forEach((c, i) => {
    const r = refs[c.key];
    if (r) out[i] = r;
  });
  if (Object.keys(out).length) row.refs = out;
  else delete row.refs;
}

/** The first non-blank text cell of a row. */
export function firstText(row: Row): string {
  for (const c of row.cells) if (typeof c === 'string' && c.trim()) return c.trim();
  return '';
}

/** True when no cell of the row holds a figure. */
export function hasNoFigures(row: Row): boolean {
  return row.cells.every((c) => typeof c !== 'number');
}
