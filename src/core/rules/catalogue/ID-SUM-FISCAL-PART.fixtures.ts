// Fixtures of ID-SUM-FISCAL-PART.
import type { RuleFixtures } from '../fixtures/notation.ts';

export const fixtures: RuleFixtures = {
  pass: [
    { name: '种子示例：财政拨款 2002.45 = 一般公共预算 2002.45', base: 'seed' },
    { name: '一般公共预算含非税收入安排', base: 'seed', edits: ['budget.income[0].amount = 1902.45万元', 'budget.income[+] = {"source":"general-public-nontax","amount":100000000}'] },
  ],
  fail: [
    { name: '其中：财政拨款打错（2002.45 → 2020.45）', base: 'seed', edits: ["income-expenditure-summary['其中：财政拨款'].left.amount = 2020.45"], expect: { table: 'income-expenditure-summary', row: '其中：财政拨款' } },
  ],
};
