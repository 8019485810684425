// Performance-target forms: 部门（单位）整体绩效目标表 (goal, tasks, budget, indicator tree) and
// 部门预算项目绩效目标表 (one block per project: money, then 成本/产出/效益/满意度 indicators side by side).
import type { ExpenditureLine, IndicatorKind, Project } from '../model/budget.ts';
import { isFiscal } from '../model/budget.ts';
import type { CellValue, Merge, Row } from '../model/document.ts';
import type { TableView } from './context.ts';
import { rowFrom } from './context.ts';
import { blankZero, groupBy, measuresOf } from './facts.ts';
import { CATEGORY_LABEL } from './project-view.ts';

function fundingCells(lines: ExpenditureLine[]): Record<string, CellValue> {
  let total = 0;
  let government = 0;
  let special = 0;
  for (const l of lines) {
    total += l.amount;
    if (isFiscal(l.source)) government += l.amount;
    else if (l.source === 'special-account') special += l.amount;
  }
  return {
    total: blankZero(total),
    government: blankZero(government),
    'special-account': blankZero(special),
    'unit-funds': blankZero(total - government - special),
  };
}

const KINDS: IndicatorKind[] = ['cost', 'output', 'effect', 'satisfaction'];

export const projectPerformanceView: TableView = (ctx) => {
  const { budget } = ctx;
  const projectLines = budget.lines.filter((l) => l.nature === 'project');
  const byProject = groupBy(projectLines, (l) => l.project ?? '');
  const rows: Row[] = [rowFrom(ctx, 'total', fundingCells(projectLines), { refs: { total: 'exp:all:total:project' } })];
  const merges: Merge[] = [];
  const colIndex = new Map(ctx.spec.columns.map((c, i) => [c.key, i]));
  const blockKeys = ['code', 'name', 'total', 'government', 'special-account', 'unit-funds'];
  const byUnit = groupBy(budget.projects, (p) => p.unit);
  for (const unit of budget.department.units) {
    const projects = byUnit.get(unit.code);
    if (!projects) continue;
    const unitLines = projects.flatMap((p) => byProject.get(p.id) ?? []);
    rows.push(rowFrom(ctx, 'unit', { code: unit.code, name: unit.name, ...fundingCells(unitLines) }, { code: unit.code, name: unit.name }));
    const ordered = [...projects].sort(
      (a, b) => a.category.localeCompare(b.category) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
    for (const p of ordered) {
      const first = rows.length;
      rows.push(...projectBlock(ctx, p, fundingCells(byProject.get(p.id) ?? [])));
      const height = rows.length - first;
      if (height > 1) {
        for (const key of blockKeys) {
          const col = colIndex.get(key);
          if (col !== undefined) merges.push({ row: first, col, rowSpan: height, colSpan: 1 });
        }
      }
    }
  }
  return { rows, merges, empty: budget.projects.length === 0 };
};

function projectBlock(ctx: Parameters<TableView>[0], p: Project, funding: Record<string, CellValue>): Row[] {
  const byKind = new Map(KINDS.map((k) => [k, p.indicators.filter((i) => i.kind === k)]));
  const height = Math.max(1, ...KINDS.map((k) => byKind.get(k)?.length ?? 0));
  const rows: Row[] = [];
  for (let i = 0; i < height; i++) {
    const values: Record<string, CellValue> = i === 0 ? { code: p.id, name: p.name, ...funding } : {};
    for (const k of KINDS) {
      const ind = byKind.get(k)?.[i];
      if (ind) {
        values[`${k}.name`] = ind.name;
        values[`${k}.value`] = ind.value;
      }
    }
    const extra = i === 0 ? { code: p.id, name: p.name, refs: { total: `project:${p.id}:total` } } : { code: p.id };
    rows.push(rowFrom(ctx, i === 0 ? 'project' : 'indicator', values, extra));
  }
  return rows;
}

/** Labels of the 预算情况 block, with the figure each states. */
const BUDGET_LINES = [
  ['部门预算总额(万元)', 'total'],
  ['1、资金来源: (1) 政府预算资金', 'fiscal'],
  ['(2) 财政专户管理资金', 'special'],
  ['(3) 单位资金', 'unit'],
  ['2、资金结构: (1) 基本支出', 'basic'],
  ['(2) 项目支出', 'project'],
] as const;

export const departmentPerformanceView: TableView = (ctx) => {
  const { budget } = ctx;
  const perf = budget.performance;
  const rows: Row[] = [];
  const merges: Merge[] = [];
  const text = (kind: Row['kind'], cells: CellValue[], refs?: Record<number, string>): Row => {
    const row: Row = { kind, cells };
    if (refs) row.refs = refs;
    return row;
  };
  const wide = (label: string, value: string) => {
    merges.push({ row: rows.length, col: 1, rowSpan: 1, colSpan: 4 });
    rows.push(text('heading', [label, value, null, null, null]));
  };
  wide('部门(单位)名称', budget.department.name);
  wide('年度履职目标', perf?.goal ?? '');
  const tasks = perf?.tasks ?? [];
  merges.push({ row: rows.length, col: 0, rowSpan: 1 + tasks.length, colSpan: 1 });
  merges.push({ row: rows.length, col: 2, rowSpan: 1, colSpan: 3 });
  rows.push(text('heading', ['年度主要任务', '任务名称', '主要内容', null, null]));
  for (const t of tasks) {
    merges.push({ row: rows.length, col: 2, rowSpan: 1, colSpan: 3 });
    rows.push(text('item', [null, t.name, t.content, null, null]));
  }
  const m = measuresOf(budget.lines, ctx.categories);
  let fiscal = 0;
  let special = 0;
  for (const l of budget.lines) {
    if (isFiscal(l.source)) fiscal += l.amount;
    else if (l.source === 'special-account') special += l.amount;
  }
  const figures = { total: m.total, fiscal, special, unit: m.total - fiscal - special, basic: m.basic, project: m.project };
  const refOf = { total: 'exp:all:total:total', fiscal: 'exp:fiscal:total:total', special: undefined, unit: undefined, basic: 'exp:all:total:basic', project: 'exp:all:total:project' } as const;
  merges.push({ row: rows.length, col: 0, rowSpan: BUDGET_LINES.length, colSpan: 1 });
  BUDGET_LINES.forEach(([label, key], i) => {
    merges.push({ row: rows.length, col: 2, rowSpan: 1, colSpan: 3 });
    const ref = refOf[key];
    rows.push(text('item', [i === 0 ? '预算情况' : null, label, blankZero(figures[key]), null, null], ref ? { 2: ref } : undefined));
  });
  rows.push(text('heading', ['一级指标', '二级指标', '三级指标', '指标值', '指标值说明']));
  const indicators = perf?.indicators ?? [];
  let i = 0;
  while (i < indicators.length) {
    const level1 = indicators[i]?.level1 ?? '';
    let j = i;
    while (j < indicators.length && indicators[j]?.level1 === level1) j++;
    if (j - i > 1) merges.push({ row: rows.length, col: 0, rowSpan: j - i, colSpan: 1 });
    let k = i;
    while (k < j) {
      const level2 = indicators[k]?.level2 ?? '';
      let e = k;
      while (e < j && indicators[e]?.level2 === level2) e++;
      if (e - k > 1) merges.push({ row: rows.length + (k - i), col: 1, rowSpan: e - k, colSpan: 1 });
      k = e;
    }
    for (let r = i; r < j; r++) {
      const ind = indicators[r];
      if (!ind) continue;
      const prev = indicators[r - 1];
      rows.push(text('indicator', [
        r === i ? level1 : null,
        r === i || prev?.level2 !== ind.level2 ? ind.level2 : null,
        ind.name, ind.value, ind.note ?? null,
      ]));
    }
    i = j;
  }
  return { rows, merges, empty: !perf };
};

