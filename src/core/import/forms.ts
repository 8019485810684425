// The performance forms (部门（单位）整体绩效目标表, 项目绩效目标表): no header of their own, label rows
// and blocks. Besides kinds and refs as the views give them (tables/performance-views.ts), print
// defects of text extraction are read back into the grid, each reported: a row that lost its leading
// empty cells (its cells sit one or two columns to the left, empty cells trailing), and a merged
// 一级/二级 label printed on the first row after a page break instead of where its block starts.
import type { CellValue, DocTable, Merge, Row, SourcePos } from '../model/document.ts';
import { readAmount } from './amounts.ts';
import { labelKey } from './labels.ts';
import { standardGroupOf } from './performance-groups.ts';
import type { RowsContext } from './table-access.ts';
import { cellText, codeDigits, colOf, hasNoFigures, setRefs } from './table-access.ts';

/** Where a row was read (its first positioned cell). */
function rowAt(row: Row): SourcePos | undefined {
  const cells = Object.keys(row.at ?? {}).map(Number).sort((a, b) => a - b);
  return cells.length ? row.at?.[cells[0] as number] : undefined;
}

/** True when `row` starts a new page (or a new stretch of lines) after `prev`. */
function afterBreak(prev: Row | undefined, row: Row): boolean {
  const a = prev ? rowAt(prev) : undefined;
  const b = rowAt(row);
  if (!a || !b) return false;
  if (a.page !== undefined && b.page !== undefined && a.page !== b.page) return true;
  return a.line !== undefined && b.line !== undefined && b.line - a.line > 1;
}

const blank = (v: CellValue | undefined) => v === null || v === undefined || (typeof v === 'string' && v.trim() === '');

/** Moves cells `from`.. right by `by`, when that many trailing cells are blank. */
function shiftRight(row: Row, from: number, by: number): boolean {
  const n = row.cells.length;
  for (let i = n - by; i < n; i++) if (!blank(row.cells[i])) return false;
  const at = row.at ?? {};
  for (let i = n - 1; i >= from + by; i--) {
    row.cells[i] = row.cells[i - by] ?? null;
    if (at[i - by]) at[i] = at[i - by] as SourcePos;
  }
  for (let i = from; i < from + by; i++) row.cells[i] = null;
  return true;
}

const LEVEL1 = /^(?:产出|效益|满意度|投入管理|成本)(?:指标)?$/;

const BUDGET_REFS: [RegExp, string][] = [
  [/部门预算总额/, 'exp:all:total:total'],
  [/政府预算资金/, 'exp:fiscal:total:total'],
  [/基本支出/, 'exp:all:total:basic'],
  [/项目支出/, 'exp:all:total:project'],
];

/** 部门（单位）整体绩效目标表. */
export function departmentPerformanceRows(ctx: RowsContext): void {
  const { table } = ctx;
  let block: 'head' | 'tasks' | 'budget' | 'indicators' = 'head';
  const indicators: Row[] = [];
  for (const row of table.rows) {
    const first = labelKey(cellText(table, row, 'c1'));
    delete row.refs;
    if (first === '年度主要任务') block = 'tasks';
    else if (first === '预算情况') block = 'budget';
    else if (first === '一级指标') block = 'indicators';
    if (block === 'head' || (block === 'tasks' && first === '年度主要任务') || first === '一级指标') row.kind = 'heading';
    else if (block === 'indicators') {
      row.kind = 'indicator';
      indicators.push(row);
    } else row.kind = 'item';
    if (block === 'budget') budgetLine(ctx, row);
  }
  realignIndicators(ctx, indicators);
  relocateLabels(ctx, indicators);
}

function budgetLine(ctx: RowsContext, row: Row): void {
  const { table } = ctx;
  const label = labelKey(cellText(table, row, 'c2'));
  const i = colOf(table, 'c3');
  const v = row.cells[i];
  if (i >= 0 && typeof v === 'string') {
    const r = readAmount(v, table.unit);
    if (r.ok) row.cells[i] = r.value;
  }
  const ref = BUDGET_REFS.find(([re]) => re.test(label))?.[1];
  if (ref) setRefs(table, row, { c3: ref });
}

/** An indicator row whose first cell is not a 一级指标 label lost its leading cells: shift it back. */
function realignIndicators(ctx: RowsContext, rows: Row[]): void {
  for (const row of rows) {
    const first = row.cells[0];
    if (blank(first) || LEVEL1.test(labelKey(String(first)))) continue;
    let trailing = 0;
    while (trailing < row.cells.length - 1 && blank(row.cells[row.cells.length - 1 - trailing])) trailing++;
    if (trailing === 0 || !shiftRight(row, 0, trailing)) continue;
    ctx.problems.add(
      `${ctx.table.title}：指标行“${String(first)}”缺少前 ${trailing} 格，已右移对齐到“三级指标”列`,
      `${ctx.table.id}: indicator row “${String(first)}” lost its first ${trailing} cell(s); shifted right into place`,
      rowAt(row), ctx.table.id,
    );
  }
}

/**
 * A 一级 (column 0) or 二级 (column 1) label printed on the first row after a page break while the rows
 * above it, back to where a block must start, have none: the label belongs up there. A 一级 block
 * starts at the first indicator row; a 二级 block at the first row of the run whose 三级 indicator the
 * standard indicator set files under that label (performance-groups.ts), else it stays where printed.
 */
function relocateLabels(ctx: RowsContext, rows: Row[]): void {
  for (const col of [0, 1]) {
    for (let r = 1; r < rows.length; r++) {
      const row = rows[r] as Row;
      const label = row.cells[col];
      if (blank(label) || !afterBreak(rows[r - 1], row)) continue;
      // Up through the rows without a label in this column; a 二级 block never starts above a 一级 one.
      let start = r;
      while (start > 0 && blank(rows[start - 1]?.cells[col])) {
        start--;
        if (col === 1 && !blank(rows[start]?.cells[0])) break;
      }
      if (start === r) continue;
      let target: number | undefined;
      if (col === 0) target = start === 0 ? 0 : undefined;
      else {
        for (let k = start; k < r && target === undefined; k++) {
          if (standardGroupOf(String(rows[k]?.cells[2] ?? '')) === labelKey(String(label))) target = k;
        }
      }
      if (target === undefined) continue;
      const to = rows[target] as Row;
      to.cells[col] = label ?? null;
      row.cells[col] = null;
      ctx.problems.add(
        `${ctx.table.title}：合并单元格“${String(label)}”印在分页后的第一行，已移到其所属块的首行“${String(to.cells[2] ?? '')}”`,
        `${ctx.table.id}: merged label “${String(label)}” printed after a page break; moved to the first row of its block`,
        rowAt(row), ctx.table.id,
      );
    }
  }
}

const PAIRS = ['cost', 'output', 'effect', 'satisfaction'];

/**
 * 项目绩效目标表: 合计, unit rows, a block per project (its first row has the code, name and money,
 * the rest indicator rows). Returns project name → code for the 项目支出预算表.
 */
export function projectPerformanceRows(ctx: RowsContext): Map<string, string> {
  const { table } = ctx;
  const codes = new Map<string, string>();
  const zone = PAIRS.flatMap((p) => [colOf(table, `${p}.name`), colOf(table, `${p}.value`)]).filter((i) => i >= 0);
  let project: string | undefined;
  for (const row of table.rows) {
    realignPairs(ctx, row, zone);
    delete row.refs;
    const code = codeDigits(cellText(table, row, 'code'));
    const name = cellText(table, row, 'name');
    const indicators = zone.some((i) => !blank(row.cells[i]));
    if (!code && !name && !hasNoFigures(row)) {
      row.kind = 'total';
      setRefs(table, row, { total: 'exp:all:total:project' });
    } else if (code && !indicators && code.length <= 12) {
      row.kind = 'unit';
      row.code = code;
      if (name) row.name = name;
      project = undefined;
    } else if (code) {
      row.kind = 'project';
      row.code = code;
      project = code;
      if (name) {
        row.name = name;
        codes.set(name, code);
      }
      setRefs(table, row, { total: `project:${code}:total` });
    } else {
      row.kind = 'indicator';
      if (project) row.code = project;
    }
  }
  table.merges = projectMerges(table);
  return codes;
}

/** Indicator cells come in (name, value) pairs; a row whose first one sits in a value column is one left. */
function realignPairs(ctx: RowsContext, row: Row, zone: number[]): void {
  const first = zone.find((i) => !blank(row.cells[i]));
  const start = zone[0];
  if (first === undefined || start === undefined || (first - start) % 2 === 0) return;
  if (!shiftRight(row, start, 1)) return;
  ctx.problems.add(
    `${ctx.table.title}：绩效指标“${String(row.cells[first + 1] ?? '')}”所在行的指标错位一格，已按“三级指标/指标值”成对右移`,
    `${ctx.table.id}: indicator cells of a row sit one column left of their pairs; shifted right`,
    rowAt(row), ctx.table.id,
  );
}

/** The project blocks' code, name and money cells merge down over their indicator rows (as the view). */
function projectMerges(table: DocTable): Merge[] {
  const merges: Merge[] = [];
  const keys = ['code', 'name', 'total', 'government', 'special-account', 'unit-funds'].map((k) => colOf(table, k)).filter((i) => i >= 0);
  table.rows.forEach((row, r) => {
    if (row.kind !== 'project') return;
    let end = r + 1;
    while (table.rows[end]?.kind === 'indicator') end++;
    if (end - r > 1) for (const col of keys) merges.push({ row: r, col, rowSpan: end - r, colSpan: 1 });
  });
  return merges;
}
