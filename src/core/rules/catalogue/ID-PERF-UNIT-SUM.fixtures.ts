// Fixtures of ID-PERF-UNIT-SUM.
import type { RuleFixtures } from '../fixtures/notation.ts';

export const fixtures: RuleFixtures = {
  pass: [
    { name: '种子示例：517001 行 = 七个项目之和 = 合计', base: 'seed' },
    { name: '生成的预算：四个单位', base: 'synthetic:6' },
  ],
  fail: [
    { name: '单位行资金总额打错（1811.43 → 1811.34）', base: 'seed', edits: ['project-performance[517001].total = 1811.34'], expect: { table: 'project-performance', row: '517001' } },
    { name: '某单位的单位行打错，合计未跟着改', base: 'synthetic:6', edits: ['project-performance[796004].total = 99.46', 'project-performance[796004].government = 99.46'], expect: { table: 'project-performance', row: '796004' } },
  ],
};
