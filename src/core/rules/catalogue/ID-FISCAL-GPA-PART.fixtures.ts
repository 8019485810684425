// Fixtures of ID-FISCAL-GPA-PART.
import type { RuleFixtures } from '../fixtures/notation.ts';

export const fixtures: RuleFixtures = {
  pass: [
    { name: '种子示例：财政拨款 = 一般公共预算', base: 'seed' },
    { name: '一般公共预算含非税收入安排的支出', base: 'seed', edits: ['budget.lines[16].source = "general-public-nontax"', 'budget.income[0].amount = 1995.45万元', 'budget.income[+] = {"source":"general-public-nontax","amount":7000000}'] },
  ],
  fail: [
    { name: '卫生健康支出的财政拨款打错（15.37 → 15.73）', base: 'seed', edits: ["fiscal-summary['（十）卫生健康支出'].right.general-public = 15.73"], expect: { table: 'fiscal-summary', row: '（十）卫生健康支出' } },
    { name: '收入方“其中：财政拨款”大于一般公共预算拨款', base: 'seed', edits: ["fiscal-summary['其中：财政拨款'].left.amount = 2020.45"], expect: { table: 'fiscal-summary', row: '其中：财政拨款' } },
  ],
};
