// Fixtures of ID-SUM-INCOME-GRAND.
import type { RuleFixtures } from '../fixtures/notation.ts';

export const fixtures: RuleFixtures = {
  pass: [
    { name: '种子示例：2002.45 + 0 = 2002.45', base: 'seed' },
    { name: '有上年结转结余的预算', base: 'seed', edits: ['budget.income[+] = {"source":"general-public","amount":5000000,"carryOver":true}', 'budget.closingBalance = 5万元'] },
  ],
  fail: [
    { name: '收入总计打错（2002.45 → 2020.45）', base: 'seed', edits: ["income-expenditure-summary['收入总计'].left.amount = 2020.45"], expect: { table: 'income-expenditure-summary', row: '收入总计' } },
    { name: '上年结转结余填了数，收入总计未加', base: 'seed', edits: ["income-expenditure-summary['上年结转结余'].left.amount = 30.00"], expect: { table: 'income-expenditure-summary', row: '收入总计' } },
  ],
};
