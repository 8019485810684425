// Fixtures of ID-FISCAL-EXP-GRAND.
import type { RuleFixtures } from '../fixtures/notation.ts';

export const fixtures: RuleFixtures = {
  pass: [
    { name: '种子示例：支出合计 = 本年支出 = 2002.45', base: 'seed' },
    { name: '生成的预算：一般公共预算加政府性基金', base: 'synthetic:27' },
  ],
  fail: [
    { name: '一般公共预算列的支出合计打错（2002.45 → 2020.45）', base: 'seed', edits: ["fiscal-summary['支出合计'].right.general-public-all = 2020.45"], expect: { table: 'fiscal-summary', row: '支出合计' } },
    { name: '年终结转结余填了数，支出合计未加', base: 'seed', edits: ["fiscal-summary['二、年终结转结余'].right.fiscal = 5.00"], expect: { table: 'fiscal-summary', row: '支出合计' } },
  ],
};
