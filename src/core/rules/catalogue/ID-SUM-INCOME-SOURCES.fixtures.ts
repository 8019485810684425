// Fixtures of ID-SUM-INCOME-SOURCES.
import type { RuleFixtures } from '../fixtures/notation.ts';

export const fixtures: RuleFixtures = {
  pass: [
    { name: '种子示例：一般公共预算 2002.45 = 本年收入合计（财政拨款不重复计算）', base: 'seed' },
    { name: '生成的预算：一般公共预算加事业收入', base: 'synthetic:15' },
    { name: '生成的预算：一般公共预算加政府性基金', base: 'synthetic:17' },
  ],
  fail: [
    { name: '本年收入合计打错（2002.45 → 2020.45）', base: 'seed', edits: ["income-expenditure-summary['本年收入合计'].left.amount = 2020.45"], expect: { table: 'income-expenditure-summary', row: '本年收入合计' } },
    { name: '一般公共预算收入打错，合计未跟着改', base: 'seed', edits: ["income-expenditure-summary['一、一般公共预算'].left.amount = 2002.54"], expect: { table: 'income-expenditure-summary', row: '本年收入合计' } },
  ],
};
