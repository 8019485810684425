// What the renderers print for a table, decided once for all formats: the name in the contents
// (目录名称), which columns head their rows (行标题), the text of a cell (money through formatAmount
// only) and whether a table is wide enough for landscape pages.
import type { CellValue, Column, DocTable } from '../core/model/document.ts';
import { formatAmount } from '../core/money/money.ts';

/** Tables with this many columns or more print on landscape pages. */
export const WIDE_COLUMNS = 8;

export function isWide(table: Pick<DocTable, 'columns'>): boolean {
  return table.columns.length >= WIDE_COLUMNS;
}

/**
 * The table's name without its year, as the contents list it: its shortTitle when it has one,
 * else the title without a leading year: "2023年部门收支预算表" → "部门收支预算表".
 */
export function listTitle(table: Pick<DocTable, 'title' | 'shortTitle'>): string {
  if (table.shortTitle?.trim()) return table.shortTitle.trim();
  const short = table.title.replace(/^\s*\d{4}\s*年度?\s*/, '').trim();
  return short || table.title.trim();
}

/** "一、部门收支预算表": the contents line of a table. */
export function contentsLine(table: Pick<DocTable, 'title' | 'shortTitle' | 'numberLabel'>): string {
  return table.numberLabel ? `${table.numberLabel}、${listTitle(table)}` : listTitle(table);
}

/**
 * Indexes of the columns whose cells head their row (<th scope="row">): the label columns of a
 * two-sided table (left.label, right.label), else the first name column ("name" or "….name").
 * Forms and tables of figures only have none.
 */
export function rowHeaderColumns(columns: readonly Column[]): number[] {
  const labels = columns.flatMap((c, i) => (c.key.endsWith('.label') ? [i] : []));
  if (labels.length > 0) return labels;
  const name = columns.findIndex((c) => c.key === 'name');
  if (name >= 0) return [name];
  const dotted = columns.findIndex((c) => c.key.endsWith('.name'));
  return dotted >= 0 ? [dotted] : [];
}

/** The printed text of a cell: numbers are money in the table's unit and decimals; null is blank. */
export function cellText(value: CellValue, table: Pick<DocTable, 'unit' | 'decimals'>): string {
  if (value === null) return '';
  if (typeof value === 'number') return formatAmount(value, { unit: table.unit, decimals: table.decimals });
  return value;
}

/** True when the table prints money (an amount column or a number anywhere), so it needs 单位：…. */
export function printsMoney(table: Pick<DocTable, 'columns' | 'rows'>): boolean {
  if (table.columns.some((c) => c.kind === 'amount')) return true;
  return table.rows.some((r) => r.cells.some((v) => typeof v === 'number'));
}

/** The unit line printed above the table, e.g. "单位：万元". */
export function unitLine(table: Pick<DocTable, 'unit'>): string {
  return `单位：${table.unit}`;
}
