// Shanghai layout of the functional tables (支出预算总表, 一般公共预算 / 政府性基金 / 国有资本经营
// 预算支出功能分类预算表) and of 收入预算总表 (income by functional code): 类, 款 and 项 rows with
// the code split in 类 / 款 / 项 columns, no department or unit rows, 合计 at the bottom. Each
// cell's ref comes from the template's ref table and its value from ShanghaiFigures.
import type { CellValue, Row, TableId } from '../model/document.ts';
import { shanghaiRef } from '../templates/shanghai/refs.ts';
import type { TableView, ViewContext } from './context.ts';
import { blankZero, inScope, type Scope } from './facts.ts';
import { functionalName } from './names.ts';
import { ShanghaiFigures } from './shanghai-figures.ts';

type Level = 'class' | 'section' | 'item';
const LENGTH: Record<Level, number> = { class: 3, section: 5, item: 7 };

/** A row whose amount cells are the figures of the table's refs for `code` (undefined: 合计). */
export function refRow(ctx: ViewContext, figures: ShanghaiFigures, kind: Row['kind'], labels: Record<string, string>, code?: string): Row {
  const id: TableId = ctx.spec.id;
  const cells: CellValue[] = [];
  const refs: Record<number, string> = {};
  ctx.spec.columns.forEach((col, i) => {
    if (col.kind !== 'amount') {
      cells.push(labels[col.key] ?? null);
      return;
    }
    const ref = shanghaiRef(id, col.key, code);
    const v = ref ? figures.figure(ref) : undefined;
    cells.push(v === undefined ? null : blankZero(v));
    if (ref) refs[i] = ref;
  });
  const row: Row = { kind, cells };
  if (code !== undefined) row.code = code;
  const name = labels['name'] ?? labels['econ.name'];
  if (name !== undefined) row.name = name;
  if (Object.keys(refs).length > 0) row.refs = refs;
  return row;
}

/** The functional codes with figures at the template's levels, in code order. */
export function functionalCodes(codes: Iterable<string>, levels: readonly Level[]): { code: string; level: Level }[] {
  const out = new Map<string, Level>();
  for (const c of codes) {
    for (const level of levels) if (c.length >= LENGTH[level]) out.set(c.slice(0, LENGTH[level]), level);
  }
  return [...out.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([code, level]) => ({ code, level }));
}

/** The 类 / 款 / 项 code cells and the name of a functional row. */
function fnLabels(ctx: ViewContext, code: string): Record<string, string> {
  const labels: Record<string, string> = { 'fn.class': code.slice(0, 3), name: functionalName(ctx.classification, code) };
  if (code.length >= 5) labels['fn.section'] = code.slice(3, 5);
  if (code.length >= 7) labels['fn.item'] = code.slice(5, 7);
  return labels;
}

function layout(ctx: ViewContext, codes: Iterable<string>): { rows: Row[]; empty: boolean } {
  const figures = new ShanghaiFigures(ctx);
  const levels = ctx.spec.functionalLevels ?? ['class', 'section', 'item'];
  const rows = functionalCodes(codes, levels).map(({ code, level }) => refRow(ctx, figures, level, fnLabels(ctx, code), code));
  rows.push(refRow(ctx, figures, 'total', { name: '合计' }));
  return { rows, empty: rows.length === 1 };
}

export function shanghaiFunctionalView(scope: Scope): TableView {
  return (ctx) => layout(ctx, ctx.budget.lines.filter((l) => inScope(l.source, scope)).map((l) => l.functionCode));
}

/** 收入预算总表: this year's income by the functional code of the lines it pays for. */
export const shanghaiIncomeView: TableView = (ctx) =>
  layout(ctx, ctx.budget.lines.filter((l) => !l.carryOver).map((l) => l.functionCode));
