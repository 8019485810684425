// Economic-classification tables: 一般公共预算基本支出预算表 (部门 款 with its 政府 款, 人员经费 /
// 公用经费) and 支出经济分类汇总表 (all money by 部门经济分类 类 and 款, 基本 vs 项目).
import { governmentCodeFor } from '../classification/types.ts';
import type { ExpenditureLine } from '../model/budget.ts';
import type { Row } from '../model/document.ts';
import type { TableView, ViewContext } from './context.ts';
import { rowFrom } from './context.ts';
import { blankZero, groupBy, linesIn, measuresOf } from './facts.ts';
import { economicName, governmentName } from './names.ts';

/** The 政府经济分类 款 of a line: as stated, else from the official mapping for its unit's type. */
export function governmentCodeOf(ctx: ViewContext, line: ExpenditureLine): string {
  if (line.governmentEconomicCode) return line.governmentEconomicCode;
  const unit = ctx.budget.department.units.find((u) => u.code === line.unit);
  const code = line.economicCode && unit ? governmentCodeFor(ctx.classification, line.economicCode, unit.type) : undefined;
  return code ?? '';
}

export const basicEconomicView: TableView = (ctx) => {
  const basic = linesIn(ctx.budget, 'gp').filter((l) => l.nature !== 'project');
  const total = measuresOf(basic, ctx.categories);
  const rows: Row[] = [
    rowFrom(ctx, 'total', { 'econ.code': '合计', total: blankZero(total.basic), 'basic.personnel': blankZero(total.personnel), 'basic.public': blankZero(total.public) },
      { name: '合计', refs: { total: 'exp:gp:total:basic', 'basic.personnel': 'exp:gp:total:personnel', 'basic.public': 'exp:gp:total:public' } }),
  ];
  const groups = groupBy(basic, (l) => `${l.economicCode ?? ''}|${governmentCodeOf(ctx, l)}`);
  for (const key of [...groups.keys()].sort()) {
    const [econ = '', gov = ''] = key.split('|');
    const m = measuresOf(groups.get(key) ?? [], ctx.categories);
    const name = economicName(ctx.classification, econ);
    rows.push(
      rowFrom(ctx, 'item', {
        'econ.code': econ, 'econ.name': name,
        'gov.code': gov, 'gov.name': gov ? governmentName(ctx.classification, gov) : '',
        total: blankZero(m.basic), 'basic.personnel': blankZero(m.personnel), 'basic.public': blankZero(m.public),
      }, { code: econ, name, refs: { total: `exp:gp:econ:${econ}:basic:${gov}` } }),
    );
  }
  return { rows, empty: basic.length === 0 };
};

const UNCLASSIFIED = '项目支出（未细化到经济分类）';

export const economicSummaryView: TableView = (ctx) => {
  const lines = ctx.budget.lines;
  const cells = (ls: ExpenditureLine[]) => {
    const m = measuresOf(ls, ctx.categories);
    return { total: blankZero(m.total), 'basic.personnel': blankZero(m.personnel), 'basic.public': blankZero(m.public), project: blankZero(m.project) };
  };
  const refs = (prefix: string) => ({ total: `${prefix}:total`, 'basic.personnel': `${prefix}:personnel`, 'basic.public': `${prefix}:public`, project: `${prefix}:project` });
  const rows: Row[] = [rowFrom(ctx, 'total', { name: '合计', ...cells(lines) }, { name: '合计', refs: refs('exp:all:total') })];
  const coded = lines.filter((l) => l.economicCode);
  const byClass = groupBy(coded, (l) => (l.economicCode ?? '').slice(0, 3));
  for (const cls of [...byClass.keys()].sort()) {
    const classLines = byClass.get(cls) ?? [];
    const name = economicName(ctx.classification, cls);
    rows.push(rowFrom(ctx, 'class', { 'econ.class': cls, name, ...cells(classLines) }, { code: cls, name, refs: refs(`exp:all:econ:${cls}`) }));
    const bySection = groupBy(classLines, (l) => l.economicCode ?? '');
    for (const sec of [...bySection.keys()].sort()) {
      const secName = economicName(ctx.classification, sec);
      rows.push(rowFrom(ctx, 'item', { 'econ.class': cls, 'econ.section': sec.slice(3), name: secName, ...cells(bySection.get(sec) ?? []) },
        { code: sec, name: secName, refs: refs(`exp:all:econ:${sec}`) }));
    }
  }
  const uncoded = lines.filter((l) => !l.economicCode);
  if (uncoded.length > 0) rows.push(rowFrom(ctx, 'item', { name: UNCLASSIFIED, ...cells(uncoded) }, { name: UNCLASSIFIED }));
  return { rows, empty: lines.length === 0 };
};
