// Fixtures of ID-FISCAL-BALANCE.
import type { RuleFixtures } from '../fixtures/notation.ts';

export const fixtures: RuleFixtures = {
  pass: [
    { name: '种子示例：收入合计 = 支出合计 = 2002.45', base: 'seed' },
    { name: '生成的预算：一般公共预算加政府性基金', base: 'synthetic:17' },
  ],
  fail: [
    { name: '支出合计打错（2002.45 → 2002.54）', base: 'seed', edits: ["fiscal-summary['支出合计'].right.fiscal = 2002.54"], expect: { table: 'fiscal-summary', row: '支出合计' } },
  ],
};
