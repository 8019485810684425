// Performance targets of the synthetic budget: project indicators (成本 / 产出 / 效益 / 满意度,
// 1–6 of each, cost values consistent with the project's amount) and the department's 整体绩效目标.
import type {
  DepartmentIndicator,
  DepartmentPerformance,
  IndicatorKind,
  ProjectIndicator,
} from '../core/model/budget.ts';
import { formatAmount } from '../core/money/money.ts';
import {
  COST_NAMES,
  EFFECTS,
  LEVEL2,
  MANAGEMENT_INDICATORS,
  OUTPUTS,
  SATISFACTIONS,
} from './common.ts';
import type { DepartmentProfile, IndicatorTemplate } from './profile-types.ts';
import type { Random } from './random.ts';

const DEPARTMENT_SATISFACTION = new Set(['服务对象满意度', '群众满意度', '受益群众满意度']);

/** 1–6, mostly small. */
function count(rng: Random): number {
  return 1 + Math.floor(Math.pow(rng.next(), 2) * 6);
}

/** Fills a value pattern: "≥{n}%" with a number from the template's range. */
function fill(rng: Random, tpl: IndicatorTemplate): string {
  if (!tpl.range) return tpl.value;
  return tpl.value.replace('{n}', String(rng.int(tpl.range[0], tpl.range[1])));
}

/** Distinct-by-name picks from a pool (all of it when k exceeds its size). */
function pickTemplates(rng: Random, pool: readonly IndicatorTemplate[], k: number): IndicatorTemplate[] {
  const seen = new Set<string>();
  const unique = pool.filter((p) => (seen.has(p.name) ? false : (seen.add(p.name), true)));
  return rng.sample(unique, k);
}

/** A cost value for `fen` 分 (a multiple of 100 元): "≤12.50万元" from 1 万元 up, else "≤3500元". */
function costValue(rng: Random, fen: number): string {
  const cmp = rng.chance(0.8) ? '≤' : '';
  if (fen >= 1_000_000) return `${cmp}${formatAmount(fen)}万元`;
  return `${cmp}${fen / 100}元`;
}

/**
 * Indicators of one project of `amount` 分 (a multiple of 10,000 分, at least 1 万元): the cost
 * indicators split the amount, so their values add up to it.
 */
export function projectIndicators(
  rng: Random,
  amount: number,
  profile: DepartmentProfile,
): ProjectIndicator[] {
  const out: ProjectIndicator[] = [];
  const push = (kind: IndicatorKind, name: string, value: string): void => {
    out.push({ kind, name, value, level2: rng.pick(LEVEL2[kind]) });
  };
  const costNames = rng.sample(COST_NAMES, count(rng));
  const parts = rng.split(amount / 10_000, costNames.length);
  costNames.forEach((name, i) => push('cost', name, costValue(rng, (parts[i] ?? 1) * 10_000)));
  const outputs = pickTemplates(rng, [...profile.outputs, ...OUTPUTS], count(rng));
  for (const tpl of outputs) push('output', tpl.name, fill(rng, tpl));
  const effects = pickTemplates(rng, [...profile.effects, ...EFFECTS], count(rng));
  for (const tpl of effects) push('effect', tpl.name, fill(rng, tpl));
  for (const tpl of pickTemplates(rng, SATISFACTIONS, count(rng))) push('satisfaction', tpl.name, fill(rng, tpl));
  return out;
}

/** 部门整体绩效目标: the goal, 2–4 tasks and 8–15 indicators across all four 一级指标. */
export function departmentPerformance(rng: Random, profile: DepartmentProfile): DepartmentPerformance {
  const tasks = rng.sample(profile.tasks, rng.int(2, Math.min(4, profile.tasks.length)));
  const total = rng.int(8, 15);
  const nSat = rng.int(1, 2);
  const nOut = Math.min(profile.outputs.length + tasks.length, rng.int(2, 4));
  const nEff = Math.min(profile.effects.length, rng.int(2, 3));
  const nMgmt = Math.min(MANAGEMENT_INDICATORS.length, Math.max(1, total - nSat - nOut - nEff));
  const indicators: DepartmentIndicator[] = [];
  for (const m of rng.sample(MANAGEMENT_INDICATORS, nMgmt)) {
    indicators.push({ level1: '投入管理指标', level2: m.level2, name: m.name, value: m.value, note: m.note });
  }
  // 产出: the tasks as 重点工作任务完成, then measurable 履职目标实现 targets.
  const taskRows = rng.int(Math.max(0, nOut - profile.outputs.length), Math.min(nOut - 1, tasks.length));
  for (const task of tasks.slice(0, taskRows)) {
    indicators.push({ level1: '产出指标', level2: '重点工作任务完成', name: task.name, value: task.content });
  }
  for (const tpl of pickTemplates(rng, profile.outputs, nOut - taskRows)) {
    indicators.push({ level1: '产出指标', level2: '履职目标实现', name: tpl.name, value: fill(rng, tpl) });
  }
  for (const tpl of pickTemplates(rng, profile.effects, nEff)) {
    indicators.push({ level1: '效益指标', level2: '履职效益', name: tpl.name, value: fill(rng, tpl) });
  }
  const sat = pickTemplates(rng, SATISFACTIONS.filter((s) => DEPARTMENT_SATISFACTION.has(s.name)), nSat);
  for (const tpl of sat) {
    indicators.push({ level1: '满意度指标', level2: '满意度', name: tpl.name, value: fill(rng, tpl) });
  }
  return { goal: profile.goal, tasks: tasks.map((x) => ({ ...x })), indicators };
}
