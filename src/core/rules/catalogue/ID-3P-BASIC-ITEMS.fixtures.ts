// Fixtures of ID-3P-BASIC-ITEMS.
import type { RuleFixtures } from '../fixtures/notation.ts';

export const fixtures: RuleFixtures = {
  pass: [
    { name: '种子示例：公务接待费 0.10 ≤ “三公”公务接待费 0.10', base: 'seed' },
    { name: '生成的预算', base: 'synthetic:19' },
  ],
  fail: [
    { name: '基本支出公务接待费大于“三公”表', base: 'seed', edits: ['general-public-basic-expenditure[30217].total = 0.20'], expect: { table: 'general-public-basic-expenditure', row: '30217' } },
    { name: '“三公”表公务接待费小于基本支出', base: 'seed', edits: ['budget.threePublic.reception = 0.05万元'], expect: { table: 'general-public-basic-expenditure', row: '30217' } },
  ],
};
