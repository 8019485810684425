// Fixtures of ID-PRJ-TOTAL.
import type { RuleFixtures } from '../fixtures/notation.ts';

export const fixtures: RuleFixtures = {
  pass: [
    { name: '种子示例：七个项目合计 1811.43', base: 'seed' },
    { name: '生成的预算（60 个项目，多单位）', base: 'synthetic:6' },
  ],
  fail: [
    { name: '网格员工资打错（247.13 → 247.31），合计未跟着改', base: 'seed', edits: ['project-expenditure[410305230000000016551].total = 247.31', 'project-expenditure[410305230000000016551].now.general-public-all = 247.31'], expect: { table: 'project-expenditure', row: '合计' } },
    { name: '部门行合计打错（1811.43 → 1811.34）', base: 'seed', edits: ['project-expenditure[dept].total = 1811.34'], expect: { table: 'project-expenditure', row: '517' } },
  ],
};
