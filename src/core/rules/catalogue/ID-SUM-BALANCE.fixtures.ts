// Fixtures of ID-SUM-BALANCE.
import type { RuleFixtures } from '../fixtures/notation.ts';

export const fixtures: RuleFixtures = {
  pass: [
    { name: '种子示例：收入总计 = 支出总计 = 2002.45', base: 'seed' },
    { name: '生成的预算（多单位、多种收入）', base: 'synthetic:15' },
  ],
  fail: [
    { name: '支出总计打错（2002.45 → 2002.54）', base: 'seed', edits: ["income-expenditure-summary['支出总计'].right.amount = 2002.54"], expect: { table: 'income-expenditure-summary', row: '支出总计' } },
    { name: '收入总计少打一位（2002.45 → 202.45）', base: 'seed', edits: ["income-expenditure-summary['收入总计'].left.amount = 202.45"], expect: { table: 'income-expenditure-summary', row: '支出总计' } },
  ],
};
