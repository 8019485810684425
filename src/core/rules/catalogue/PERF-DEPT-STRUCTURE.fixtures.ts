// Fixtures of PERF-DEPT-STRUCTURE.
import type { RuleFixtures } from '../fixtures/notation.ts';

export const fixtures: RuleFixtures = {
  pass: [
    { name: '种子示例：目标、任务、产出、效益、满意度齐全', base: 'seed' },
    { name: '生成的预算（满意度为一级指标）', base: 'synthetic:10' },
    { name: '没有部门整体绩效数据：表无数据，由完整性规则处理', base: 'seed', edits: ['budget.performance = undefined'], status: 'not-applicable' },
  ],
  fail: [
    { name: '产出指标被改成效益指标，整表没有产出指标', base: 'seed', edits: ['department-performance[#33].c1 = "效益指标"'], expect: { table: 'department-performance', row: '一级指标' } },
    { name: '没有年度主要任务', base: 'seed', edits: ['budget.performance.tasks = []'], expect: { table: 'department-performance', row: '年度履职目标' } },
  ],
};
