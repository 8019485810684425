// Fixtures of ID-DPERF-STRUCTURE.
import type { RuleFixtures } from '../fixtures/notation.ts';

export const fixtures: RuleFixtures = {
  pass: [
    { name: '种子示例：191.02 + 1811.43 = 2002.45', base: 'seed' },
    { name: '生成的预算', base: 'synthetic:9' },
  ],
  fail: [
    { name: '项目支出打错（1811.43 → 1811.34）', base: 'seed', edits: ["department-performance['(2) 项目支出'].c3 = 1811.34"], expect: { table: 'department-performance', row: '部门预算总额' } },
  ],
};
