// Fixtures of ID-CROSS-EXP-TOTAL.
import type { RuleFixtures } from '../fixtures/notation.ts';

export const fixtures: RuleFixtures = {
  pass: [
    { name: '种子示例：2002.45 = 2002.45', base: 'seed' },
    { name: '生成的预算（含事业收入安排的支出）', base: 'synthetic:20' },
  ],
  fail: [
    { name: '支出表合计打错（2002.45 → 2002.54）', base: 'seed', edits: ['expenditure[total].total = 2002.54'], expect: { table: 'expenditure', row: '合计' } },
    { name: '收支总表本年支出合计打错', base: 'seed', edits: ["income-expenditure-summary['本年支出合计'].right.amount = 2020.45"], expect: { table: 'expenditure', row: '合计' } },
  ],
};
