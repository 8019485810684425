// Fixtures of PLS-PROJECT-ZERO-AMOUNT.
import type { RuleFixtures } from '../fixtures/notation.ts';

export const fixtures: RuleFixtures = {
  pass: [
    { name: '种子示例：7 个项目都有金额', base: 'seed' },
    { name: '生成的预算', base: 'synthetic:15' },
  ],
  fail: [
    { name: '项目金额空白', base: 'seed', edits: ['project-expenditure[410305230000000016469].total = blank'], expect: { table: 'project-expenditure', row: '9月社区网格员工资' } },
  ],
};
