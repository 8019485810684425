// Fixtures of PERF-COST-VS-AMOUNT.
import type { RuleFixtures } from '../fixtures/notation.ts';

export const fixtures: RuleFixtures = {
  pass: [
    { name: '种子示例：成本指标与资金总额一致', base: 'seed' },
    { name: '生成的预算', base: 'synthetic:8' },
  ],
  fail: [
    {
      name: '成本指标超过资金总额（万元写成元的反向错误）',
      base: 'seed',
      edits: ['budget.projects[4].indicators[0].value = "≤2471.3万元"'],
      expect: { table: 'project-performance', row: '410305230000000016551', severity: 'error' },
    },
    {
      name: '各项成本合计超过资金总额（警告）',
      base: 'seed',
      edits: ['budget.projects[0].indicators[2].value = "46000元"', 'budget.projects[0].indicators[1].value = "19000元"'],
      expect: { table: 'project-performance', row: '410305230000000025533', severity: 'warning' },
    },
    {
      name: '成本上限合计远低于资金总额（提示）',
      base: 'seed',
      edits: ['budget.projects[3].indicators[0].value = "≤469.54万元"'],
      expect: { table: 'project-performance', row: '2023年社工工资', severity: 'info' },
    },
  ],
};
