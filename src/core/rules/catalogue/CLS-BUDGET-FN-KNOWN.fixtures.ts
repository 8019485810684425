// Fixtures of CLS-BUDGET-FN-KNOWN.
import type { RuleFixtures } from '../fixtures/notation.ts';

export const fixtures: RuleFixtures = {
  pass: [
    { name: '种子示例：22 条支出的功能科目都在科目表中', base: 'seed' },
    { name: '生成的预算', base: 'synthetic:16' },
  ],
  fail: [
    { name: '项目支出记到不存在的 2120198', base: 'seed', edits: ['budget.lines[18].functionCode = "2120198"'], expect: { path: 'lines[18].functionCode', severity: 'warning' } },
    { name: '只填到款 21201', base: 'seed', edits: ['budget.lines[17].functionCode = "21201"'], expect: { path: 'lines[17].functionCode', severity: 'error' } },
  ],
};
