// The text a table prints in each cell: amounts through formatAmount in the table's unit and
// decimals, blank for null. Renderers, importers' round-trip checks and golden tests share it.
import type { CellValue, DocTable } from '../model/document.ts';
import { formatAmount } from '../money/money.ts';

export function cellText(value: CellValue, table: Pick<DocTable, 'unit' | 'decimals'>): string {
  if (value === null) return '';
  if (typeof value === 'number') return formatAmount(value, { unit: table.unit, decimals: table.decimals });
  return value;
}

export function printedRows(table: DocTable): string[][] {
  return table.rows.map((r) => r.cells.map((c) => cellText(c, table)));
}
