// The row structure the identity rules read: functional tables (部门支出预算表 and its siblings) by
// unit block and level (类/款/项 by code), economic tables by code, and the 类 figures of a summary
// table checked against the detail rows of a functional table. Worked out once per check (memo.ts).
import type { DocTable, Document, Row } from '../model/document.ts';
import type { Fen } from '../money/money.ts';
import { formatAmount } from '../money/money.ts';
import { amountAt, colIndex, money, textAt } from './doc-access.ts';
import { agreesAt, failAt, reportDisagreement } from './identity-checks.ts';
import { getTableSlot, setTableSlot, slot, tableMemo } from './memo.ts';
import type { Cell } from './ref-index.ts';
import { refsOf } from './ref-index.ts';
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

/** The 3-digit codes as strings, made once per process (a slice per row allocates, and is hashed again). */
const CODE_STRINGS: string[] = [];

/** The digits at `at` … `at + 2` of a code as a number, or -1 when one is not a digit. */
function threeDigits(code: string, at: number): number {
  const a = code.charCodeAt(at) - 48, b = code.charCodeAt(at + 1) - 48, c = code.charCodeAt(at + 2) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 && c >= 0 && c <= 9 ? a * 100 + b * 10 + c : -1;
}

/** code.slice(0, 3): for 3 digits, the one string per process. */
function classOf(code: string): string {
  const n = threeDigits(code, 0);
  return n < 0 ? code.slice(0, 3) : (CODE_STRINGS[n] ??= code.slice(0, 3));
}

/** A 类 of a functional table: the sum of its deepest rows, how many there are, and the first of them. */
export interface ClassSum {
  sum: Fen;
  count: number;
  firstRow: number;
}

/**
 * The printed figure per 类 (3-digit code) of a functional table: Σ of its deepest rows, by 类 in
 * order of first appearance (one entry per 类 rather than a map per field: one lookup a row).
 */
export function classSums(table: DocTable, col: number): Map<string, ClassSum> {
  const shape = fnShape(table);
  const codes = fnCodes(table);
  const sums = new Map<string, ClassSum>();
  for (const block of shape.blocks) {
    if (block.rows.length === 0) continue;
    for (const i of leafRows(table, block.rows)) {
      const cls = classOf(codes[i] as string);
      const value = amountAt(table.rows[i], col);
      const entry = sums.get(cls);
      if (entry === undefined) sums.set(cls, { sum: value, count: 1, firstRow: i });
      else {
        entry.sum += value;
        entry.count++;
      }
    }
  }
  return sums;
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

/** Length of the fixed end of a 类 reference after its scope, `:fn:` + 3 digits + `:total`. */
const CLASS_REF_END = 13;

/** A 类 reference of any scope, `exp:{scope}:fn:{3 digits}:total` (a scope holds no ':'). */
const CLASS_REF = /^exp:[^:]+:fn:\d{3}:total$/;

/**
 * Where the scope of a 类 reference ends, or -1. endsWith first: a reference the builder
 * concatenated is a cons string, which endsWith flattens cheaply and a regex only through V8's
 * runtime (most of classCells' cost, before); the pattern then runs on a flat string.
 */
function classRefEnd(ref: string): number {
  const len = ref.length;
  return len >= 18 && ref.endsWith(':total') && CLASS_REF.test(ref) ? len - CLASS_REF_END : -1;
}

/** The code of a 类 reference whose scope ends at `at` (its three digits checked by classRefEnd). */
function classCode(ref: string, at: number): string {
  return (CODE_STRINGS[threeDigits(ref, at + 4)] ??= ref.slice(at + 4, at + 7));
}

/** A printed 类 figure and its 3-digit code. */
export interface ClassCell extends Cell {
  code: string;
}

const CLASS_CELLS = slot<Map<string, ClassCell[]>>('classCells');
const NO_CELLS: ClassCell[] = [];

/**
 * The 类 figures of a scope a table prints (references `exp:{scope}:fn:{code}:total`), in table
 * order. Found for every scope in one pass over the table's references (worked out once per check;
 * shared: do not modify) — the 财政拨款收支预算表 is read for five scopes, and a pattern scan per
 * scope cost several times one. The scope is compared in place with those already found (a
 * handful) and cut from the reference only when new, and the code taken from a table of the
 * thousand codes: no string made per cell.
 */
export function classCells(table: DocTable, scope: string): ClassCell[] {
  const memo = tableMemo(table);
  let byScope = getTableSlot(memo, CLASS_CELLS);
  if (byScope === undefined) {
    byScope = new Map();
    const scopes: string[] = [];
    const lists: ClassCell[][] = [];
    const { refs, table: t } = refsOf(table);
    const rows = table.rows;
    const end = refs.tableStart[t + 1] as number;
    for (let g = refs.tableStart[t] as number; g < end; g++) {
      const ref = refs.refAt[g] as string;
      const at = classRefEnd(ref);
      if (at < 0) continue;
      const row = refs.rowAt[g] as number;
      const col = refs.colAt[g] as number;
      const cell: ClassCell = { table, rowIndex: row, col, value: amountAt(rows[row], col), code: classCode(ref, at) };
      let k = 0;
      while (k < scopes.length && !((scopes[k] as string).length === at - 4 && ref.startsWith(scopes[k] as string, 4))) k++;
      if (k < scopes.length) (lists[k] as ClassCell[]).push(cell);
      else {
        const list = [cell];
        scopes.push(ref.slice(4, at));
        lists.push(list);
        byScope.set(scopes[k] as string, list);
      }
    }
    setTableSlot(memo, CLASS_CELLS, byScope);
  }
  return byScope.get(scope) ?? NO_CELLS;
}

export interface ClassCheck {
  /** The summary table and the scope of its 类 references (classCells). */
  table: DocTable;
  scope: string;
  /** The functional table whose detail rows the 类 figures sum. */
  fn: DocTable;
  hint: string;
}

/** True when every 类 sums to 0. */
function allZero(sums: Map<string, ClassSum>): boolean {
  for (const s of sums.values()) if (s.sum !== 0) return false;
  return true;
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
  const cells = classCells(c.table, c.scope);
  if (cells.length === 0) {
    report.insufficient(`${c.table.title}中找不到各类支出`);
    return true;
  }
  const sums = classSums(c.fn, totalCol);
  if (cells.every((x) => x.value === 0) && allZero(sums)) return false;
  const seen = new Set<string>();
  for (const cell of cells) {
    const cls = cell.code;
    seen.add(cls);
    const entry = sums.get(cls);
    const expected = entry?.sum ?? 0;
    const items = Math.max(1, entry?.count ?? 0);
    // compareAt, with the words of the finding built only when the figures differ.
    if (agreesAt(doc, report, cell.table, cell.value, expected, items)) continue;
    reportDisagreement(doc, report, cell, expected, items,
      `${c.fn.title}中${cls}类各科目之和`, `the sum of class ${cls} in ${c.fn.id}`, c.hint);
  }
  for (const [cls, { sum: value, firstRow }] of sums) {
    if (seen.has(cls) || value === 0) continue;
    report.checked();
    failAt(report, c.fn, firstRow, totalCol,
      `${c.fn.title}有 ${cls} 类支出 ${money(c.fn, value)}，但${c.table.title}中没有该类的行`,
      `${c.fn.id} has class ${cls} (${formatAmount(value, { unit: c.fn.unit, decimals: c.fn.decimals })}) but ${c.table.id} has no line for it`, c.hint);
  }
  return true;
}
