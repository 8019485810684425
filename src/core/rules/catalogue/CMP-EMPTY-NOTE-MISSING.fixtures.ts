// Fixtures of CMP-EMPTY-NOTE-MISSING.
import type { RuleFixtures } from '../fixtures/notation.ts';

export const fixtures: RuleFixtures = {
  pass: [
    { name: '种子示例：两张空表都有说明', base: 'seed' },
    { name: '有政府性基金支出的生成预算：只有国有资本经营表为空', base: 'synthetic:17' },
  ],
  fail: [
    { name: '政府性基金支出表无数据也无说明', base: 'seed', edits: ['notes government-fund-expenditure = []'], expect: { table: 'government-fund-expenditure' } },
    { name: '国有资本经营表只留了“单位：万元”', base: 'seed', edits: ['notes state-capital-expenditure = ["单位：万元"]'], expect: { table: 'state-capital-expenditure' } },
  ],
};
