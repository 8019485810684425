// Fixtures of ID-CROSS-DPERF-EXP.
import type { RuleFixtures } from '../fixtures/notation.ts';

export const fixtures: RuleFixtures = {
  pass: [
    { name: '种子示例：2002.45 / 191.02 / 1811.43', base: 'seed' },
    { name: '生成的预算（多单位）', base: 'synthetic:12' },
  ],
  fail: [
    { name: '基本支出打错（191.02 → 191.20）', base: 'seed', edits: ["department-performance['2、资金结构: (1) 基本支出'].c3 = 191.20"], expect: { table: 'department-performance', row: '基本支出' } },
    { name: '部门预算总额打错（2002.45 → 2020.45）', base: 'seed', edits: ["department-performance['部门预算总额(万元)'].c3 = 2020.45"], expect: { table: 'department-performance', row: '部门预算总额' } },
  ],
};
