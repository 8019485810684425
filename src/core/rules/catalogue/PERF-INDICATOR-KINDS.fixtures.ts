// Fixtures of PERF-INDICATOR-KINDS.
import type { RuleFixtures } from '../fixtures/notation.ts';

export const fixtures: RuleFixtures = {
  pass: [
    { name: '种子示例：每个项目都有产出、效益、满意度指标', base: 'seed' },
    { name: '生成的预算', base: 'synthetic:5' },
  ],
  fail: [
    {
      name: '删去 9月社区网格员工资 的满意度指标',
      base: 'seed',
      edits: ['project-performance[410305230000000016469].satisfaction.name = blank', 'project-performance[410305230000000016469].satisfaction.value = blank'],
      expect: { table: 'project-performance', row: '9月社区网格员工资', severity: 'error' },
    },
    {
      name: '项目没有效益指标（警告）',
      base: 'seed',
      edits: ['budget.projects[3].indicators = [{"kind":"cost","name":"城市社区工作者工资","value":"≤1469.54万元"},{"kind":"output","name":"社区工作者人数","value":"≤310人"},{"kind":"satisfaction","name":"服务对象满意度","value":"≥95%"}]'],
      expect: { table: 'project-performance', row: '2023年社工工资', severity: 'warning' },
    },
  ],
};
