// Functional expenditure tables (部门支出预算表, 一般公共预算支出预算表, 政府性基金支出预算表,
// 国有资本经营支出预算表): rows by 功能分类 with 合计 = 基本 + 项目 split by the template's columns.
import { functionalName } from './names.ts';
import type { ExpenditureLine } from '../model/budget.ts';
import type { CellValue, Row } from '../model/document.ts';
import type { TableView, ViewContext } from './context.ts';
import { rowFrom } from './context.ts';
import type { MeasureKey, Measures, Scope } from './facts.ts';
import { blankZero, groupBy, linesIn, measuresOf } from './facts.ts';

const MEASURE_KEYS: MeasureKey[] = [
  'total', 'basic', 'basic.wages', 'basic.family', 'basic.goods', 'basic.capital',
  'project', 'project.other-operation', 'project.specific-target',
];

function amountCells(m: Measures): Record<string, CellValue> {
  const out: Record<string, CellValue> = {};
  for (const k of MEASURE_KEYS) out[k] = blankZero(m[k]);
  return out;
}

function refsFor(prefix: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of MEASURE_KEYS) out[k] = `${prefix}:${k}`;
  return out;
}

/** Rows for one set of lines: 类/款/项 rows as the template's functionalLevels ask, sorted by code. */
function functionalRows(ctx: ViewContext, lines: ExpenditureLine[], refPrefix: string): Row[] {
  const levels = ctx.spec.functionalLevels ?? ['item'];
  const rows: Row[] = [];
  const byClass = groupBy(lines, (l) => l.functionCode.slice(0, 3));
  for (const cls of [...byClass.keys()].sort()) {
    const classLines = byClass.get(cls) ?? [];
    if (levels.includes('class')) {
      rows.push(
        rowFrom(ctx, 'class', { 'fn.class': cls, name: functionalName(ctx.classification, cls), ...amountCells(measuresOf(classLines, ctx.categories)) },
          { code: cls, name: functionalName(ctx.classification, cls), refs: refsFor(`${refPrefix}:fn:${cls}`) }),
      );
    }
    const bySection = groupBy(classLines, (l) => l.functionCode.slice(0, 5));
    for (const sec of [...bySection.keys()].sort()) {
      const secLines = bySection.get(sec) ?? [];
      if (levels.includes('section')) {
        const name = functionalName(ctx.classification, sec);
        rows.push(
          rowFrom(ctx, 'section', { 'fn.class': cls, 'fn.section': sec.slice(3), name, ...amountCells(measuresOf(secLines, ctx.categories)) },
            { code: sec, name, refs: refsFor(`${refPrefix}:fn:${sec}`) }),
        );
      }
      if (!levels.includes('item')) continue;
      const byItem = groupBy(secLines, (l) => l.functionCode);
      for (const item of [...byItem.keys()].sort()) {
        const name = functionalName(ctx.classification, item);
        const m = measuresOf(byItem.get(item) ?? [], ctx.categories);
        rows.push(
          rowFrom(ctx, 'item', { 'fn.class': cls, 'fn.section': sec.slice(3), 'fn.item': item.slice(5), name, ...amountCells(m) },
            { code: item, name, refs: refsFor(`${refPrefix}:fn:${item}`) }),
        );
      }
    }
  }
  return rows;
}

export function functionalView(scope: Scope): TableView {
  return (ctx) => {
    const { budget } = ctx;
    const lines = linesIn(budget, scope);
    const total = measuresOf(lines, ctx.categories);
    const prefix = `exp:${scope}`;
    const dept = budget.department;
    const rows: Row[] = [
      rowFrom(ctx, 'total', { name: '合计', ...amountCells(total) }, { name: '合计', refs: refsFor(`${prefix}:total`) }),
    ];
    if (lines.length === 0) return { rows, empty: true };
    rows.push(
      rowFrom(ctx, 'department', { 'unit.code': dept.code, name: dept.name, ...amountCells(total) },
        { code: dept.code, name: dept.name, refs: refsFor(`${prefix}:total`) }),
    );
    if (dept.units.length === 1) {
      rows.push(...functionalRows(ctx, lines, prefix));
      return { rows };
    }
    const byUnit = groupBy(lines, (l) => l.unit);
    for (const unit of dept.units) {
      const unitLines = byUnit.get(unit.code);
      if (!unitLines) continue;
      const unitPrefix = `${prefix}:unit:${unit.code}`;
      rows.push(
        rowFrom(ctx, 'unit', { 'unit.code': unit.code, name: unit.name, ...amountCells(measuresOf(unitLines, ctx.categories)) },
          { code: unit.code, name: unit.name, refs: refsFor(`${unitPrefix}:total`) }),
      );
      rows.push(...functionalRows(ctx, unitLines, unitPrefix));
    }
    return { rows };
  };
}
