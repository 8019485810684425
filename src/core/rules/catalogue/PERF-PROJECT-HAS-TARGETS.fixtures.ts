// Fixtures of PERF-PROJECT-HAS-TARGETS.
import type { RuleFixtures } from '../fixtures/notation.ts';

export const fixtures: RuleFixtures = {
  pass: [
    { name: '种子示例：7 个项目都有绩效目标', base: 'seed' },
    { name: '生成的预算', base: 'synthetic:4' },
  ],
  fail: [
    {
      name: '绩效目标表中的项目改了名称和编码',
      base: 'seed',
      edits: [
        'project-performance[410305230000000016465].code = "410305230000000099999"',
        'project-performance[410305230000000016465].name = "9月份临时人员工资"',
      ],
      expect: { table: 'project-expenditure', row: '9月份劳务派遣人员工资', severity: 'error' },
    },
  ],
};
