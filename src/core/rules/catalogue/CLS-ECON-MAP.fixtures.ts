// Fixtures of CLS-ECON-MAP.
import type { RuleFixtures } from '../fixtures/notation.ts';

export const fixtures: RuleFixtures = {
  pass: [
    { name: '行政单位全部按机关列对应', base: 'seed', edits: ['budget.lines[4].governmentEconomicCode = undefined', 'budget.lines[4].economicCode = "30102"'] },
    { name: '生成的预算按单位类型对应', base: 'synthetic:3' },
  ],
  fail: [
    { name: '种子：30107 绩效工资对应 50501（事业单位列），其余按机关列', base: 'seed', expect: { table: 'general-public-basic-expenditure', row: '30107' } },
    { name: '30101 基本工资对应到 50102', base: 'seed', edits: ["general-public-basic-expenditure[30101].gov.code = \"50102\""], expect: { table: 'general-public-basic-expenditure', row: '30101' } },
  ],
};
