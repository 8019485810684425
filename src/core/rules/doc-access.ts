// Reading a Document for rules: tables by id, columns by key, amounts (blank = 0), row labels,
// tolerances from the printed precision, and one comparison helper that reports a finding.
import type { CellValue, DocTable, Document, Row, TableId } from '../model/document.ts';
import type { Fen } from '../money/money.ts';
import { formatAmount, stepFor } from '../money/money.ts';
import { docMemo, tableMemo } from './memo.ts';
import type { Location, Reporter } from './types.ts';

export function findTable(doc: Document, id: TableId): DocTable | undefined {
  const memo = docMemo(doc);
  if (memo === undefined) return doc.tables.find((t) => t.id === id);
  let byId = memo.tables;
  if (byId === undefined) {
    byId = new Map();
    for (const t of doc.tables) if (!byId.has(t.id)) byId.set(t.id, t);
    memo.tables = byId;
  }
  return byId.get(id);
}

export function colIndex(table: DocTable, key: string): number {
  const memo = tableMemo(table);
  if (memo === undefined) return table.columns.findIndex((c) => c.key === key);
  let cols = memo.cols;
  if (cols === undefined) {
    cols = new Map();
    const columns = table.columns;
    for (let i = 0; i < columns.length; i++) {
      const k = (columns[i] as { key: string }).key;
      if (!cols.has(k)) cols.set(k, i);
    }
    memo.cols = cols;
  }
  return cols.get(key) ?? -1;
}

/** The amount of a cell in 分; a blank (or text) cell counts as 0. */
export function amountAt(row: Row | undefined, col: number): Fen {
  const v: CellValue | undefined = row?.cells[col];
  return typeof v === 'number' ? v : 0;
}

/** The cell's value when it is printed (number), else undefined. */
export function printedAmount(row: Row | undefined, col: number): Fen | undefined {
  const v = row?.cells[col];
  return typeof v === 'number' ? v : undefined;
}

export function textAt(row: Row | undefined, col: number): string {
  const v = row?.cells[col];
  return typeof v === 'string' ? v : v === null || v === undefined ? '' : String(v);
}

/** A human label for a row: its code and name, or its first text cells. */
export function rowLabel(row: Row): string {
  if (row.code && row.name) return `${row.code} ${row.name}`;
  if (row.name) return row.name;
  if (row.code) return row.code;
  return row.cells.filter((c) => typeof c === 'string' && c !== '').slice(0, 2).join(' ') || KIND_LABEL[row.kind];
}

/** What to call a row that prints no label of its own (the “三公” table's single 合计 row). */
const KIND_LABEL: Record<Row['kind'], string> = {
  total: '合计',
  subtotal: '小计',
  department: '部门',
  unit: '单位',
  class: '类',
  section: '款',
  item: '项',
  project: '项目',
  source: '收入来源',
  indicator: '指标',
  heading: '标题',
  pair: '收支',
};

export function cellLocation(table: DocTable, rowIndex: number, col?: number): Location {
  const row = table.rows[rowIndex];
  const loc: Location = { table: table.id, tableTitle: table.title, row: rowIndex };
  if (row) loc.rowLabel = rowLabel(row);
  if (col !== undefined && col >= 0) {
    const c = table.columns[col];
    if (c) {
      loc.column = c.key;
      loc.columnLabel = c.header.filter((h, i, a) => h && a.indexOf(h) === i).join('/') || c.key;
    }
  }
  return loc;
}

/** Prints an amount in the table's unit: “161.73万元”. */
export function money(table: Pick<DocTable, 'unit' | 'decimals'>, fen: Fen): string {
  // A table in 元 prints its figures with thousands separators (上海: 127,642,039), and a message
  // quotes them as printed; 万元 tables print none (洛阳: 2002.45).
  const thousands = table.unit === '元';
  return `${formatAmount(fen, { unit: table.unit, decimals: table.decimals, thousands })}${table.unit}`;
}

/**
 * The rounding allowance, in 分, for a figure compared with a sum of `items` printed figures:
 * zero for exact documents; otherwise `perItem` units of the last printed digit per item
 * (default 1, as domain.md says), never less than one unit.
 */
export function allowance(doc: Document, table: Pick<DocTable, 'unit' | 'decimals'>, items: number, perItem: number | undefined): Fen {
  if (doc.meta.precision === 'exact') return 0;
  const step = stepFor(table.unit, table.decimals);
  return Math.max(step, Math.round((perItem ?? 1) * step * Math.max(1, items)));
}

export interface Comparison {
  table: DocTable;
  rowIndex: number;
  col: number;
  expected: Fen;
  actual: Fen;
  /** Number of printed figures summed into `expected` (for the rounding allowance). */
  items: number;
  /** What the expected figure is, in words: “基本支出 + 项目支出”. */
  what: string;
  whatEn: string;
  hint?: string;
}

/** Compares a printed figure with what it should be; reports a finding when they differ. */
export function compare(doc: Document, report: Reporter, c: Comparison): boolean {
  report.checked();
  const tol = allowance(doc, c.table, c.items, report.tolerancePerItem);
  const diff = c.actual - c.expected;
  if (Math.abs(diff) <= tol) return true;
  reportDifference(report, c, tol);
  return false;
}

/** The finding of a failed comparison (compare, after the figures were found to differ by more than `tol`). */
export function reportDifference(report: Reporter, c: Comparison, tol: Fen): void {
  const diff = c.actual - c.expected;
  const loc = cellLocation(c.table, c.rowIndex, c.col);
  const tolText = tol > 0 ? `（已允许四舍五入误差 ${money(c.table, tol)}）` : '';
  const tolEn = tol > 0 ? ` (rounding allowance ${formatAmount(tol, { unit: c.table.unit, decimals: c.table.decimals })} applied)` : '';
  report.fail({
    message: `${c.table.title}“${loc.rowLabel ?? ''}”行“${loc.columnLabel ?? ''}”为 ${money(c.table, c.actual)}，应等于${c.what} ${money(c.table, c.expected)}，相差 ${money(c.table, diff)}${tolText}`,
    messageEn: `${c.table.id} row “${loc.rowLabel ?? ''}” column ${loc.column ?? ''} is ${formatAmount(c.actual, { unit: c.table.unit, decimals: c.table.decimals })}, expected ${c.whatEn} ${formatAmount(c.expected, { unit: c.table.unit, decimals: c.table.decimals })}${tolEn}`,
    location: loc,
    expected: c.expected,
    actual: c.actual,
    difference: diff,
    ...(tol > 0 ? { tolerance: tol } : {}),
    ...(c.hint ? { hint: c.hint } : {}),
  });
}

/** Table lookup for a rule: reports insufficient data and returns undefined when absent. */
export function requireTable(doc: Document, report: Reporter, id: TableId): DocTable | undefined {
  const t = findTable(doc, id);
  if (!t) {
    const lacks = report.templateLacks?.(id);
    if (lacks !== undefined) report.notApplicable(lacks);
    else report.insufficient(`文件中没有表“${id}”`);
  }
  return t;
}

/** Columns by key, or undefined (with insufficient data reported) when one is missing. */
export function requireColumns<K extends string>(table: DocTable, report: Reporter, keys: readonly K[]): Record<K, number> | undefined {
  const out = {} as Record<K, number>;
  for (const k of keys) {
    const i = colIndex(table, k);
    if (i < 0) {
      const lacks = report.templateLacksColumn?.(table.id, k);
      if (lacks !== undefined) report.notApplicable(lacks);
      else report.insufficient(`${table.title}没有“${k}”列`);
      return undefined;
    }
    out[k] = i;
  }
  return out;
}
