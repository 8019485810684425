// Fixtures of CLS-BUDGET-ECON-FN.
import type { RuleFixtures } from '../fixtures/notation.ts';

export const fixtures: RuleFixtures = {
  pass: [
    { name: '种子示例改正：30110 列到 2101101 行政单位医疗', base: 'seed', edits: ['budget.lines[1].functionCode = "2101101"'] },
    { name: '生成的预算（行政、参公、事业单位）', base: 'synthetic:22' },
  ],
  fail: [
    { name: '种子示例：30110 职工基本医疗保险缴费列在 2101103 公务员医疗补助', base: 'seed', expect: { path: 'lines[1].functionCode', severity: 'warning' } },
    { name: '住房公积金列在行政运行', base: 'seed', edits: ['budget.lines[1].functionCode = "2101101"', 'budget.lines[14].functionCode = "2120101"'], expect: { path: 'lines[14].functionCode' } },
  ],
};
