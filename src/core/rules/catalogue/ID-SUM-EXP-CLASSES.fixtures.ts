// Fixtures of ID-SUM-EXP-CLASSES.
import type { RuleFixtures } from '../fixtures/notation.ts';

export const fixtures: RuleFixtures = {
  pass: [
    { name: '种子示例：13.35 + 15.37 + 1960.07 + 13.66 = 2002.45', base: 'seed' },
    { name: '生成的预算（多单位）', base: 'synthetic:6' },
  ],
  fail: [
    { name: '城乡社区事务打错（1960.07 → 1960.70）', base: 'seed', edits: ["income-expenditure-summary['十二、城乡社区事务'].right.amount = 1960.70"], expect: { table: 'income-expenditure-summary', row: '本年支出合计' } },
    { name: '本年支出合计打错（2002.45 → 2002.54）', base: 'seed', edits: ["income-expenditure-summary['本年支出合计'].right.amount = 2002.54"], expect: { table: 'income-expenditure-summary', row: '本年支出合计' } },
  ],
};
