// Fixtures of ID-CROSS-FISCAL-GF-CLASSES.
import type { RuleFixtures } from '../fixtures/notation.ts';

export const fixtures: RuleFixtures = {
  pass: [
    { name: '生成的预算：有政府性基金支出', base: 'synthetic:17' },
    { name: '种子改为部分项目由政府性基金安排', base: 'seed', edits: ['budget.lines[16].source = "government-fund"'] },
    { name: '种子示例没有政府性基金支出：不适用', base: 'seed', status: 'not-applicable' },
  ],
  fail: [
    { name: '财政拨款收支表的政府性基金打错（304.33 → 340.33）', base: 'synthetic:17', edits: ["fiscal-summary['（十二）城乡社区事务支出'].right.government-fund = 340.33"], expect: { table: 'fiscal-summary', row: '城乡社区事务' } },
    { name: '政府性基金支出表有数，财政拨款收支表漏填', base: 'seed', edits: ['budget.lines[16].source = "government-fund"', "fiscal-summary['（十二）城乡社区事务支出'].right.government-fund = blank"], expect: { table: 'fiscal-summary', row: '城乡社区事务' } },
  ],
};
