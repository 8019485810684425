// Fixtures of CMP-TABLES-PRESENT.
import type { RuleFixtures } from '../fixtures/notation.ts';

export const fixtures: RuleFixtures = {
  pass: [
    { name: '种子示例：13 张表齐全', base: 'seed' },
    { name: '生成的预算', base: 'synthetic:19' },
  ],
  fail: [
    { name: '漏了部门收入预算表', base: 'seed', edits: ['drop income'], expect: { table: 'income' } },
    { name: '没有数据的国有资本经营支出表被省略', base: 'seed', edits: ['drop state-capital-expenditure'], expect: { table: 'state-capital-expenditure' } },
  ],
};
