// Fixtures of ID-CROSS-ECON-SUM-EXP.
import type { RuleFixtures } from '../fixtures/notation.ts';

export const fixtures: RuleFixtures = {
  pass: [
    { name: '种子示例：2002.45 / 176.48 / 14.54 / 1811.43', base: 'seed' },
    { name: '生成的预算（项目支出细化到经济分类）', base: 'synthetic:3' },
  ],
  fail: [
    { name: '经济分类汇总表项目支出合计打错（1811.43 → 1811.34）', base: 'seed', edits: ['economic-summary[total].project = 1811.34'], expect: { table: 'economic-summary', row: '合计' } },
    { name: '支出表人员经费合计打错（176.48 → 167.48）', base: 'seed', edits: ['expenditure[total].basic.wages = 167.48'], expect: { table: 'economic-summary', row: '合计' } },
  ],
};
