// Fixtures of CLS-BUDGET-GOV-MAP.
import type { RuleFixtures } from '../fixtures/notation.ts';

export const fixtures: RuleFixtures = {
  pass: [
    {
      name: '种子示例改正：绩效工资改列 30102 津贴补贴并对应 50101',
      base: 'seed',
      edits: ['budget.lines[4].economicCode = "30102"', 'budget.lines[4].governmentEconomicCode = "50101"'],
    },
    { name: '生成的预算（不填政府经济分类，按对照表推导）', base: 'synthetic:3', status: 'not-applicable' },
    {
      name: '填列政府经济分类：行政单位 30101 → 50101，事业单位 30101 → 50501',
      base: 'synthetic:1',
      edits: ['budget.lines[0].governmentEconomicCode = "50101"', 'budget.lines[36].governmentEconomicCode = "50501"'],
    },
  ],
  fail: [
    { name: '种子示例：行政单位的 30107 绩效工资对应 50501（事业单位列）', base: 'seed', expect: { path: 'lines[4].governmentEconomicCode', severity: 'error' } },
    { name: '（改正 30107 后）行政单位基本工资对应到 50199', base: 'seed', edits: ['budget.lines[4].economicCode = "30102"', 'budget.lines[4].governmentEconomicCode = "50101"', 'budget.lines[6].governmentEconomicCode = "50199"'], expect: { path: 'lines[6].governmentEconomicCode', severity: 'warning' } },
    { name: '事业单位的基本工资按机关列对应 50101', base: 'synthetic:1', edits: ['budget.lines[36].governmentEconomicCode = "50101"'], expect: { path: 'lines[36].governmentEconomicCode', severity: 'error' } },
  ],
};
