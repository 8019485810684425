// The row structure the identity rules read: functional tables (部门支出预算表 and its siblings) by
// unit block and level (类/款/项 by code), economic tables by code, and the 类 figures of a summary
// table checked against the detail rows of a functional table. Worked out once per check (memo.ts).
import type { DocTable, Document, Row } from '../model/document.ts';
import type { Fen } from '../money/money.ts';
import { formatAmount } from '../money/money.ts';
import { amountAt, colIndex, money, textAt } from './doc-access.ts';
import { compareAt, failAt } from './identity-checks.ts';
import { getTableSlot, setTableSlot, slot, tableMemo } from './memo.ts';
import { refCells } from './ref-index.ts';
import type { Reporter } from './types.ts';

// ——— Functional tables (部门支出预算表 and its siblings) ———

export type FnLevel = 'class' | 'section' | 'item';
const FN_DEPTH: Record<FnLevel, number> = { class: 0, section: 1, item: 2 };
const isFn = (row: Row | undefined): row is Row & { kind: FnLevel } => row?.kind === 'class' || row?.kind === 'section' || row?.kind === 'item';

/** The 功能分类 code of a row: its code, else the printed 类/款/项 cells joined. */
export function fnCode(table: DocTable, row: Row): string {
  if (row.code) return row.code;
  return (textAt(row, colIndex(table, 'fn.class')) + textAt(row, colIndex(table, 'fn.section')) + textAt(row, colIndex(table, 'fn.item'))).replace(/\s/g, '');
}

const FN_CODES = slot<string[]>('fnCodes');

/** fnCode of every row of a table, by row index (worked out once per check). */
export function fnCodes(table: DocTable): string[] {
  const memo = tableMemo(table);
  const hit = getTableSlot(memo, FN_CODES);
  if (hit !== undefined) return hit;
  const out: string[] = [];
  for (const row of table.rows) out.push(fnCode(table, row));
  return setTableSlot(memo, FN_CODES, out);
}

/** A block of functional rows: those of one unit (or of the whole department when no unit rows). */
export interface FnBlock {
  unitRow?: number;
  rows: number[];
}

export interface FnShape {
  total?: number;
  department?: number;
  blocks: FnBlock[];
}

const FN_SHAPE = slot<FnShape>('fnShape');

/** The shape of a functional table (worked out once per check: do not modify). */
export function fnShape(table: DocTable): FnShape {
  const memo = tableMemo(table);
  const hit = getTableSlot(memo, FN_SHAPE);
  if (hit !== undefined) return hit;
  const shape: FnShape = { blocks: [] };
  let block: FnBlock | undefined;
  const rows = table.rows;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as Row;
    if (row.kind === 'total') shape.total ??= i;
    else if (row.kind === 'department') shape.department ??= i;
    else if (row.kind === 'unit') shape.blocks.push((block = { unitRow: i, rows: [] }));
    else if (isFn(row)) {
      if (!block) shape.blocks.push((block = { rows: [] }));
      block.rows.push(i);
    }
  }
  return setTableSlot(memo, FN_SHAPE, shape);
}

function depthOf(table: DocTable, i: number): number {
  return FN_DEPTH[(table.rows[i] as Row & { kind: FnLevel }).kind];
}

/** The rows of the highest level printed among `rows` (类 where printed, else 款, else 项). */
export function topRows(table: DocTable, rows: readonly number[]): number[] {
  let top = Infinity;
  for (const i of rows) top = Math.min(top, depthOf(table, i));
  const out: number[] = [];
  for (const i of rows) if (depthOf(table, i) === top) out.push(i);
  return out;
}

/** The rows of the deepest level printed among `rows` (项 where printed). */
export function leafRows(table: DocTable, rows: readonly number[]): number[] {
  let deepest = -Infinity;
  for (const i of rows) deepest = Math.max(deepest, depthOf(table, i));
  const out: number[] = [];
  for (const i of rows) if (depthOf(table, i) === deepest) out.push(i);
  return out;
}

/** The rows directly under a 类 or 款 row: the next level printed below it, by code prefix. */
export function childRows(table: DocTable, rows: readonly number[], parent: number): number[] {
  const codes = fnCodes(table);
  const code = codes[parent] as string;
  const parentDepth = depthOf(table, parent);
  const under: number[] = [];
  let next = Infinity;
  for (const i of rows) {
    if (i === parent) continue;
    const d = depthOf(table, i);
    if (d > parentDepth && (codes[i] as string).startsWith(code)) {
      under.push(i);
      if (d < next) next = d;
    }
  }
  if (under.length === 0) return under;
  const out: number[] = [];
  for (const i of under) if (depthOf(table, i) === next) out.push(i);
  return out;
}

/** The printed figure per 类 (3-digit code) of a functional table: Σ of its deepest rows. */
export function classSums(table: DocTable, col: number): { sums: Map<string, Fen>; counts: Map<string, number>; firstRow: Map<string, number> } {
  const shape = fnShape(table);
  const codes = fnCodes(table);
  const sums = new Map<string, Fen>();
  const counts = new Map<string, number>();
  const firstRow = new Map<string, number>();
  for (const block of shape.blocks) {
    if (block.rows.length === 0) continue;
    for (const i of leafRows(table, block.rows)) {
      const cls = (codes[i] as string).slice(0, 3);
      sums.set(cls, (sums.get(cls) ?? 0) + amountAt(table.rows[i], col));
      counts.set(cls, (counts.get(cls) ?? 0) + 1);
      if (!firstRow.has(cls)) firstRow.set(cls, i);
    }
  }
  return { sums, counts, firstRow };
}

// ——— Economic tables ———

/** The 经济分类 code of a row: its code, else the printed 类/款 (or 科目编码) cells joined. */
export function econCode(table: DocTable, row: Row): string {
  if (row.code) return row.code;
  return (textAt(row, colIndex(table, 'econ.class')) + textAt(row, colIndex(table, 'econ.section')) + textAt(row, colIndex(table, 'econ.code'))).replace(/\D/g, '');
}

const ECON_CODES = slot<string[]>('econCodes');

/** econCode of every row of a table, by row index (worked out once per check). */
export function econCodes(table: DocTable): string[] {
  const memo = tableMemo(table);
  const hit = getTableSlot(memo, ECON_CODES);
  if (hit !== undefined) return hit;
  const out: string[] = [];
  for (const row of table.rows) out.push(econCode(table, row));
  return setTableSlot(memo, ECON_CODES, out);
}


// ——— 类 figures of a summary table against the detail rows of a functional table ———

export interface ClassCheck {
  /** The summary table and the pattern of its 类 references (group 1 = the 3-digit code). */
  table: DocTable;
  pattern: RegExp;
  /** The functional table whose detail rows the 类 figures sum. */
  fn: DocTable;
  hint: string;
}

/**
 * Compares every 类 figure the summary table prints with the sum of the functional table's
 * detail rows of that 类, and reports a 类 the functional table has but the summary lacks.
 * Returns false (nothing compared) when neither side prints a figure.
 */
export function checkClassTotals(doc: Document, report: Reporter, c: ClassCheck): boolean {
  const totalCol = colIndex(c.fn, 'total');
  if (totalCol < 0) {
    report.insufficient(`${c.fn.title}没有“合计”列`);
    return true;
  }
  const cells = refCells(c.table, c.pattern);
  if (cells.length === 0) {
    report.insufficient(`${c.table.title}中找不到各类支出`);
    return true;
  }
  const { sums, counts, firstRow } = classSums(c.fn, totalCol);
  if (cells.every((x) => x.value === 0) && [...sums.values()].every((v) => v === 0)) return false;
  const seen = new Set<string>();
  for (const cell of cells) {
    const cls = cell.match[1] ?? '';
    seen.add(cls);
    compareAt(doc, report, cell, sums.get(cls) ?? 0, Math.max(1, counts.get(cls) ?? 0),
      `${c.fn.title}中${cls}类各科目之和`, `the sum of class ${cls} in ${c.fn.id}`, c.hint);
  }
  for (const [cls, value] of sums) {
    if (seen.has(cls) || value === 0) continue;
    report.checked();
    failAt(report, c.fn, firstRow.get(cls) ?? 0, totalCol,
      `${c.fn.title}有 ${cls} 类支出 ${money(c.fn, value)}，但${c.table.title}中没有该类的行`,
      `${c.fn.id} has class ${cls} (${formatAmount(value, { unit: c.fn.unit, decimals: c.fn.decimals })}) but ${c.table.id} has no line for it`, c.hint);
  }
  return true;
}
