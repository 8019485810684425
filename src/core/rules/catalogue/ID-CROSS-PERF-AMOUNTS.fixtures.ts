// Fixtures of ID-CROSS-PERF-AMOUNTS.
import type { RuleFixtures } from '../fixtures/notation.ts';

export const fixtures: RuleFixtures = {
  pass: [
    { name: '种子示例：七个项目金额一致', base: 'seed' },
    { name: '生成的预算（60 个项目）', base: 'synthetic:8' },
  ],
  fail: [
    { name: '绩效表中网格员工资打错（247.13 → 247.31）', base: 'seed', edits: ['project-performance[410305230000000016551].total = 247.31', 'project-performance[410305230000000016551].government = 247.31'], expect: { table: 'project-performance', row: '2023年网格员工资' } },
    { name: '项目支出表中社工工资打错（1469.54 → 1496.54）', base: 'seed', edits: ['project-expenditure[410305230000000016549].total = 1496.54'], expect: { table: 'project-performance', row: '2023年社工工资' } },
  ],
};
