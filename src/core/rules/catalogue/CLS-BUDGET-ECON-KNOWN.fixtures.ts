// Fixtures of CLS-BUDGET-ECON-KNOWN.
import type { RuleFixtures } from '../fixtures/notation.ts';

export const fixtures: RuleFixtures = {
  pass: [
    { name: '种子示例：经济分类款都在科目表中', base: 'seed' },
    { name: '生成的预算', base: 'synthetic:17' },
  ],
  fail: [
    { name: '其他交通费用打成不存在的 30238', base: 'seed', edits: ['budget.lines[8].economicCode = "30238"'], expect: { path: 'lines[8].economicCode', severity: 'warning' } },
    { name: '政府经济分类填成 3 位类 502', base: 'seed', edits: ['budget.lines[13].governmentEconomicCode = "502"'], expect: { path: 'lines[13].governmentEconomicCode', severity: 'error' } },
  ],
};
