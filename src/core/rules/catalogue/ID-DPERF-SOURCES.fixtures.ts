// Fixtures of ID-DPERF-SOURCES.
import type { RuleFixtures } from '../fixtures/notation.ts';

export const fixtures: RuleFixtures = {
  pass: [
    { name: '种子示例：2002.45 全部为政府预算资金', base: 'seed' },
    { name: '生成的预算（含单位资金）', base: 'synthetic:22' },
  ],
  fail: [
    { name: '政府预算资金打错（2002.45 → 2002.54）', base: 'seed', edits: ["department-performance['1、资金来源: (1) 政府预算资金'].c3 = 2002.54"], expect: { table: 'department-performance', row: '部门预算总额' } },
    { name: '单位资金误填', base: 'seed', edits: ["department-performance['(3) 单位资金'].c3 = 20.00"], expect: { table: 'department-performance', row: '部门预算总额' } },
  ],
};
