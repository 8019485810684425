// Fixtures of CLS-CODE-PARENT-ROW.
import type { RuleFixtures } from '../fixtures/notation.ts';

export const fixtures: RuleFixtures = {
  pass: [
    { name: '种子示例：经济分类汇总表各款都在所属的类下', base: 'seed' },
    { name: '生成的预算', base: 'synthetic:4' },
  ],
  fail: [
    { name: '30239 其他交通费用的类段印成 301，却列在 302 下', base: 'seed', edits: ['economic-summary[30239].econ.class = "301"'], expect: { table: 'economic-summary', row: '30239' } },
  ],
};
