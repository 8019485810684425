// Fixtures of ID-CROSS-GP-WITHIN-EXP.
import type { RuleFixtures } from '../fixtures/notation.ts';

export const fixtures: RuleFixtures = {
  pass: [
    { name: '种子示例：全部为一般公共预算，两表相同', base: 'seed' },
    { name: '生成的预算（多单位，含事业收入安排的支出）', base: 'synthetic:15' },
  ],
  fail: [
    { name: '行政运行商品和服务支出打错（14.54 → 15.44）', base: 'seed', edits: ['general-public-expenditure[2120101].basic.goods = 15.44'], expect: { table: 'general-public-expenditure', row: '2120101' } },
    { name: '合计行项目支出打错（1811.43 → 1811.53）', base: 'seed', edits: ['general-public-expenditure[total].project = 1811.53'], expect: { table: 'general-public-expenditure', row: '合计' } },
  ],
};
