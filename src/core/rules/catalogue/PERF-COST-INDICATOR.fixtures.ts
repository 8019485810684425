// Fixtures of PERF-COST-INDICATOR. The seed's 9月社区网格员工资 has no cost indicator.
import type { RuleFixtures } from '../fixtures/notation.ts';

export const fixtures: RuleFixtures = {
  pass: [
    {
      name: '种子示例为 9月社区网格员工资 补上成本指标',
      base: 'seed',
      edits: ['budget.projects[6].indicators[+] = {"kind":"cost","name":"社区网格员工资社保","value":"≤19.51万元"}'],
    },
    { name: '生成的预算', base: 'synthetic:6' },
  ],
  fail: [
    { name: '种子示例：9月社区网格员工资没有成本指标', base: 'seed', expect: { table: 'project-performance', row: '9月社区网格员工资' } },
  ],
};
