// Shanghai layout of 一般公共预算基本支出部门预算经济分类预算表 (部门经济分类 类 and 款 rows, 人员经费
// / 公用经费, 合计 at the bottom) and of “三公”经费和机关运行经费预算表 (one row of figures in 万元,
// 机关运行经费 beside the “三公” items).
import { inScope } from './facts.ts';
import type { TableView } from './context.ts';
import { economicName } from './names.ts';
import { ShanghaiFigures } from './shanghai-figures.ts';
import { refRow } from './shanghai-functional-views.ts';

export const shanghaiBasicEconomicView: TableView = (ctx) => {
  const figures = new ShanghaiFigures(ctx);
  const codes = new Set<string>();
  for (const l of ctx.budget.lines) {
    if (l.nature === 'project' || !inScope(l.source, 'gp') || !l.economicCode) continue;
    codes.add(l.economicCode.slice(0, 3));
    codes.add(l.economicCode);
  }
  const rows = [...codes].sort().map((code) =>
    refRow(ctx, figures, code.length === 3 ? 'class' : 'item', {
      'econ.class': code.slice(0, 3),
      ...(code.length > 3 ? { 'econ.section': code.slice(3) } : {}),
      'econ.name': economicName(ctx.classification, code),
    }, code),
  );
  rows.push(refRow(ctx, figures, 'total', { 'econ.name': '合计' }));
  return { rows, empty: rows.length === 1 };
};

export const shanghaiThreePublicView: TableView = (ctx) => {
  const figures = new ShanghaiFigures(ctx);
  const row = refRow(ctx, figures, 'total', {});
  return { rows: [row], empty: !row.cells.some((c) => typeof c === 'number') };
};
