// Fixtures of ID-CROSS-FISCAL-SC-CLASSES. No generated budget has 国有资本经营 money; the passing
// case moves one seed project onto it.
import type { RuleFixtures } from '../fixtures/notation.ts';

export const fixtures: RuleFixtures = {
  pass: [
    { name: '种子改为部分项目由国有资本经营预算安排', base: 'seed', edits: ['budget.lines[16].source = "state-capital"'] },
    { name: '种子示例没有国有资本经营支出：不适用', base: 'seed', status: 'not-applicable' },
  ],
  fail: [
    { name: '财政拨款收支表的国有资本经营预算打错（7.00 → 0.70）', base: 'seed', edits: ['budget.lines[16].source = "state-capital"', "fiscal-summary['（十二）城乡社区事务支出'].right.state-capital = 0.70"], expect: { table: 'fiscal-summary', row: '城乡社区事务' } },
    { name: '国有资本经营支出表的项打错（7.00 → 70.00）', base: 'seed', edits: ['budget.lines[16].source = "state-capital"', 'state-capital-expenditure[2120101].total = 70.00'], expect: { table: 'fiscal-summary', row: '城乡社区事务' } },
  ],
};
