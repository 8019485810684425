// Shared reading and checking helpers of the identity rules (catalogue/ID-*.ts): figures found by
// their references, sums of rows, "a part cannot exceed the whole", and the row structure of the
// functional, economic and project tables. Pure: reads a Document, reports into a Reporter.
// This module holds the table basics (本年收支 lines, amount columns, rows by kind, whether a table
// prints figures) and gathers the rest for the rules.
import type { DocTable, Document, Row, TableId } from '../model/document.ts';
import type { Fen } from '../money/money.ts';
import { findTable, textAt } from './doc-access.ts';
import { getTableSlot, setTableSlot, slot, tableMemo } from './memo.ts';
import type { Cell } from './ref-index.ts';
import { cellAt, refCell } from './ref-index.ts';
import type { Reporter } from './types.ts';

// The references the tables print (Cell, refsOf, refCell, refCells) live in ref-index.ts; the
// comparisons in identity-checks.ts; the functional and economic row structure in
// identity-tables.ts; projects and the performance form's budget block in identity-projects.ts.
export type { Cell, RefCell, RefIndex } from './ref-index.ts';
export { cellAt, refCell, refCells, refsOf } from './ref-index.ts';
export * from './identity-checks.ts';
export * from './identity-tables.ts';
export * from './identity-projects.ts';

/**
 * 本年支出 of a scope in a two-sided table: its own line (`exp:{scope}:total:total`), else — in a
 * template without that line and with no 年终结转结余 printed (Shanghai) — 支出总计, which is then
 * the same figure. Reports insufficient data when neither is printed.
 */
export function thisYearExpenditure(table: DocTable, report: Reporter | undefined, scope: string, label: string): Cell | undefined {
  const refs = scopeRefs(scope);
  const own = refCell(table, refs.thisYear);
  if (own) return own;
  const grand = refCell(table, scope === 'all' ? 'exp:grand-total' : refs.grand);
  const closing = refCell(table, 'closing-balance');
  if (grand && (!closing || closing.value === 0)) return grand;
  report?.insufficient(`${table.title}中找不到“${label}”`);
  return undefined;
}

/** A scope's expenditure references: 本年支出 `exp:{scope}:total:total` and 支出合计 `exp:{scope}:grand-total`. */
export interface ScopeRefs {
  thisYear: string;
  grand: string;
}

/** scopeRefs' answers by scope (the fund scopes of the templates: a handful). */
const SCOPE_REFS = new Map<string, ScopeRefs>();

/**
 * A scope's expenditure references, made once per scope: a reference concatenated at each call
 * is a new string, hashed again at each lookup.
 */
export function scopeRefs(scope: string): ScopeRefs {
  let refs = SCOPE_REFS.get(scope);
  if (refs === undefined) {
    refs = { thisYear: `exp:${scope}:total:total`, grand: `exp:${scope}:grand-total` };
    SCOPE_REFS.set(scope, refs);
  }
  return refs;
}

/** 本年收入合计 of 收支总表: its own line, else 收入总计 when no 上年结转结余 is printed (Shanghai). */
export function thisYearIncome(table: DocTable, report: Reporter | undefined, label: string): Cell | undefined {
  const own = refCell(table, 'income:this-year');
  if (own) return own;
  const grand = refCell(table, 'income:grand-total');
  const carried = refCell(table, 'income:carry-over');
  if (grand && (!carried || carried.value === 0)) return grand;
  report?.insufficient(`${table.title}中找不到“${label}”`);
  return undefined;
}

/** refCell that reports insufficient data when the figure is not printed. */
export function requireRef(table: DocTable, report: Reporter, ref: string, label: string): Cell | undefined {
  const cell = refCell(table, ref);
  if (!cell) {
    const lacks = report.templateLacksLine?.(table.id, ref, label);
    if (lacks !== undefined) report.notApplicable(lacks);
    else report.insufficient(`${table.title}中找不到“${label}”`);
  }
  return cell;
}

/** The first cell (in a label column) whose text matches, and the figure in the given column. */
export function labelCell(table: DocTable, labelCol: number, pattern: RegExp, col: number): Cell | undefined {
  const r = labelRow(table, labelCol, pattern);
  return r < 0 ? undefined : cellAt(table, r, col);
}

/** The index of the first row whose text in a label column matches, or -1. */
export function labelRow(table: DocTable, labelCol: number, pattern: RegExp): number {
  return table.rows.findIndex((row) => pattern.test(textAt(row, labelCol)));
}

/** Fund scopes of the 财政拨款收支预算表's expenditure columns (合计, 一般公共预算, 其中：财政拨款, 政府性基金, 国有资本经营). */
export const FISCAL_SCOPES = ['fiscal', 'gp', 'gpa', 'gf', 'sc'] as const;

export const sum = (values: readonly Fen[]): Fen => values.reduce((a, b) => a + b, 0);

const AMOUNT_COLS = slot<number[]>('amountCols');

/** The indexes of a table's amount columns (shared within a check: do not modify). */
export function amountCols(table: DocTable): number[] {
  const memo = tableMemo(table);
  const hit = getTableSlot(memo, AMOUNT_COLS);
  if (hit !== undefined) return hit;
  const out: number[] = [];
  const columns = table.columns;
  for (let i = 0; i < columns.length; i++) if ((columns[i] as DocTable['columns'][number]).kind === 'amount') out.push(i);
  return setTableSlot(memo, AMOUNT_COLS, out);
}

const ROWS_OF_KIND = slot<Map<string, number[]>>('rowsOfKind');

/** The indexes of a table's rows of a kind, in order (shared within a check: do not modify). */
export function rowsOfKind(table: DocTable, kind: Row['kind']): number[] {
  const memo = tableMemo(table);
  let byKind = getTableSlot(memo, ROWS_OF_KIND);
  const hit = byKind?.get(kind);
  if (hit !== undefined) return hit;
  const out: number[] = [];
  const rows = table.rows;
  for (let i = 0; i < rows.length; i++) if ((rows[i] as Row).kind === kind) out.push(i);
  if (memo !== undefined) {
    byKind ??= setTableSlot(memo, ROWS_OF_KIND, new Map());
    byKind.set(kind, out);
  }
  return out;
}

/** True when the row prints a figure in any of the columns. */
export function hasFigure(row: Row | undefined, cols: readonly number[]): boolean {
  if (row === undefined) return false;
  const cells = row.cells;
  for (let k = 0; k < cols.length; k++) if (typeof cells[cols[k] as number] === 'number') return true;
  return false;
}

/** True when the row prints a figure in any cell. */
function hasAnyFigure(row: Row): boolean {
  const cells = row.cells;
  for (let c = 0; c < cells.length; c++) if (typeof cells[c] === 'number') return true;
  return false;
}

const HAS_FIGURES = slot<boolean>('hasFigures');

/** True when the table prints at least one figure (an empty table prints only its note). */
export function tableHasFigures(table: DocTable): boolean {
  const memo = tableMemo(table);
  const hit = getTableSlot(memo, HAS_FIGURES);
  if (hit !== undefined) return hit;
  const cols = amountCols(table);
  let found = false;
  for (const row of table.rows) {
    if (cols.length ? hasFigure(row, cols) : hasAnyFigure(row)) {
      found = true;
      break;
    }
  }
  return setTableSlot(memo, HAS_FIGURES, found);
}

/** Ends a rule on a table without figures (an empty table printed with its note): nothing to compare. */
export function noFigures(report: Reporter, table: DocTable): void {
  report.notApplicable(`${table.title}没有数据，无可核对的数字`);
}

/** The tables of the list the document has; insufficient data when it has none of them. */
export function presentTables(doc: Document, report: Reporter, ids: readonly TableId[]): DocTable[] {
  const tables: DocTable[] = [];
  for (const id of ids) {
    const t = findTable(doc, id);
    if (t) tables.push(t);
  }
  if (tables.length === 0) report.insufficient(`文件中没有表 ${ids.join('、')}`);
  return tables;
}
