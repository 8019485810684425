// Fixtures of ID-SUM-EXP-GRAND.
import type { RuleFixtures } from '../fixtures/notation.ts';

export const fixtures: RuleFixtures = {
  pass: [
    { name: '种子示例：2002.45 + 0.00 = 2002.45', base: 'seed' },
    { name: '有年终结转结余的预算', base: 'seed', edits: ['budget.closingBalance = 12.5万元', 'budget.income[0].amount = 2014.95万元'] },
  ],
  fail: [
    { name: '年终结转结余填了数，支出总计未加', base: 'seed', edits: ["income-expenditure-summary['年终结转结余'].right.amount = 2.00"], expect: { table: 'income-expenditure-summary', row: '支出总计' } },
    { name: '支出总计打错（2002.45 → 2002.54）', base: 'seed', edits: ["income-expenditure-summary['支出总计'].right.amount = 2002.54"], expect: { table: 'income-expenditure-summary', row: '支出总计' } },
  ],
};
