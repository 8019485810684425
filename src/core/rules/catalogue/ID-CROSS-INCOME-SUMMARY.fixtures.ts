// Fixtures of ID-CROSS-INCOME-SUMMARY.
import type { RuleFixtures } from '../fixtures/notation.ts';

export const fixtures: RuleFixtures = {
  pass: [
    { name: '种子示例：一般公共预算 2002.45', base: 'seed' },
    { name: '生成的预算（一般公共预算加事业收入）', base: 'synthetic:22' },
  ],
  fail: [
    { name: '收入表一般公共预算打错（2002.45 → 2020.45）', base: 'seed', edits: ['income[total].src.general-public-all = 2020.45'], expect: { table: 'income', row: '合计' } },
    { name: '收支总表的事业收入与收入表不同', base: 'synthetic:15', edits: ["income-expenditure-summary['五、事业收入'].left.amount = 1.00"], expect: { table: 'income', row: '合计' } },
  ],
};
