// Fixtures of ID-ECON-BASIC-TOTAL.
import type { RuleFixtures } from '../fixtures/notation.ts';

export const fixtures: RuleFixtures = {
  pass: [
    { name: '种子示例：15 个科目合计 191.02', base: 'seed' },
    { name: '生成的预算（多单位，机关与事业单位）', base: 'synthetic:22' },
  ],
  fail: [
    { name: '基本工资打错（49.81 → 49.18），合计未跟着改', base: 'seed', edits: ['general-public-basic-expenditure[30101].total = 49.18', 'general-public-basic-expenditure[30101].basic.personnel = 49.18'], expect: { table: 'general-public-basic-expenditure', row: '合计' } },
    { name: '合计行公用经费打错（14.54 → 14.45）', base: 'seed', edits: ['general-public-basic-expenditure[total].basic.public = 14.45'], expect: { table: 'general-public-basic-expenditure', row: '合计' } },
  ],
};
