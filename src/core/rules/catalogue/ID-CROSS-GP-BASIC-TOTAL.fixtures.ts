// Fixtures of ID-CROSS-GP-BASIC-TOTAL.
import type { RuleFixtures } from '../fixtures/notation.ts';

export const fixtures: RuleFixtures = {
  pass: [
    { name: '种子示例：191.02 = 191.02', base: 'seed' },
    { name: '生成的预算（多单位）', base: 'synthetic:26' },
  ],
  fail: [
    { name: '基本支出表合计打错（191.02 → 191.20）', base: 'seed', edits: ['general-public-basic-expenditure[total].total = 191.20'], expect: { table: 'general-public-basic-expenditure', row: '合计' } },
    { name: '一般公共预算支出表的基本支出合计打错', base: 'seed', edits: ['general-public-expenditure[total].basic = 190.12'], expect: { table: 'general-public-basic-expenditure', row: '合计' } },
  ],
};
