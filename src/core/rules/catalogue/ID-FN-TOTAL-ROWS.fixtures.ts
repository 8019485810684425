// Fixtures of ID-FN-TOTAL-ROWS.
import type { RuleFixtures } from '../fixtures/notation.ts';

export const fixtures: RuleFixtures = {
  pass: [
    { name: '种子示例：五个项合计 2002.45', base: 'seed' },
    { name: '生成的预算（四个单位，各单位的项加总）', base: 'synthetic:6' },
    { name: '生成的预算（含政府性基金支出表）', base: 'synthetic:30' },
  ],
  fail: [
    { name: '合计行基本支出打错（191.02 → 190.12）', base: 'seed', edits: ['expenditure[total].basic = 190.12'], expect: { table: 'expenditure', row: '合计' } },
    { name: '住房公积金行打错，合计未跟着改', base: 'seed', edits: ['general-public-expenditure[2210201].total = 16.36', 'general-public-expenditure[2210201].basic = 16.36', 'general-public-expenditure[2210201].basic.wages = 16.36'], expect: { table: 'general-public-expenditure', row: '合计' } },
  ],
};
