// 项目支出预算表: one row per project with its money by fund (本年拨款 / 财政拨款结转结余 / 财政专户 /
// 单位资金), 其他运转类 before 特定目标类, projects in the order the Budget lists them.
import type { Budget, ExpenditureLine, Project, ProjectCategory } from '../model/budget.ts';
import { budgetKindOf } from '../model/budget.ts';
import type { CellValue, Row } from '../model/document.ts';
import type { TableView } from './context.ts';
import { rowFrom } from './context.ts';
import { blankZero, groupBy } from './facts.ts';

export const CATEGORY_LABEL: Record<ProjectCategory, string> = {
  'other-operation': '其他运转类',
  'specific-target': '特定目标类',
};

const CATEGORY_ORDER: Record<ProjectCategory, number> = { 'other-operation': 0, 'specific-target': 1 };

/** Projects ordered by category, keeping the Budget's order within a category. */
export function projectsInTableOrder(budget: Budget): Project[] {
  return budget.projects
    .map((p, i) => ({ p, i }))
    .sort((a, b) => CATEGORY_ORDER[a.p.category] - CATEGORY_ORDER[b.p.category] || a.i - b.i)
    .map((x) => x.p);
}

/** The fund columns of a set of project lines. */
export function projectFundCells(lines: ExpenditureLine[]): Record<string, CellValue> {
  const sums: Record<string, number> = {};
  const add = (key: string, v: number) => (sums[key] = (sums[key] ?? 0) + v);
  for (const l of lines) {
    add('total', l.amount);
    const kind = budgetKindOf(l.source);
    if (kind === 'general-public') add(l.carryOver ? 'carry.general-public-all' : 'now.general-public-all', l.amount);
    else if (kind === 'government-fund') add(l.carryOver ? 'carry.government-fund' : 'now.government-fund', l.amount);
    else if (kind === 'state-capital') add(l.carryOver ? 'carry.state-capital' : 'now.state-capital', l.amount);
    else if (l.source === 'special-account') add('special-account', l.amount);
    else add('unit-funds', l.amount);
  }
  const out: Record<string, CellValue> = {};
  for (const [k, v] of Object.entries(sums)) out[k] = blankZero(v);
  return out;
}

export const projectExpenditureView: TableView = (ctx) => {
  const { budget } = ctx;
  const projectLines = budget.lines.filter((l) => l.nature === 'project');
  const byProject = groupBy(projectLines, (l) => l.project ?? '');
  const all = projectFundCells(projectLines);
  const totalRefs = { total: 'exp:all:total:project' };
  const rows: Row[] = [rowFrom(ctx, 'total', all, { refs: totalRefs })];
  if (budget.projects.length === 0) return { rows, empty: true };
  const dept = budget.department;
  rows.push(rowFrom(ctx, 'department', { name: dept.code, 'unit.name': dept.name, ...all }, { code: dept.code, name: dept.name, refs: totalRefs }));
  const unitName = new Map(dept.units.map((u) => [u.code, u.name]));
  for (const p of projectsInTableOrder(budget)) {
    const cells = projectFundCells(byProject.get(p.id) ?? []);
    rows.push(rowFrom(ctx, 'project',
      { category: CATEGORY_LABEL[p.category], name: p.name, 'unit.name': unitName.get(p.unit) ?? p.unit, ...cells },
      { code: p.id, name: p.name, refs: { total: `project:${p.id}:total` } }));
  }
  return { rows };
};
