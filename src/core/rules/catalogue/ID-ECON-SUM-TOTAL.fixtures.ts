// Fixtures of ID-ECON-SUM-TOTAL.
import type { RuleFixtures } from '../fixtures/notation.ts';

export const fixtures: RuleFixtures = {
  pass: [
    { name: '种子示例：176.48 + 14.54 + 未细化项目 1811.43 = 2002.45', base: 'seed' },
    { name: '生成的预算（全部细化到经济分类）', base: 'synthetic:24' },
  ],
  fail: [
    { name: '未细化项目支出打错（1811.43 → 1811.34）', base: 'seed', edits: ["economic-summary['项目支出（未细化到经济分类）'].project = 1811.34", "economic-summary['项目支出（未细化到经济分类）'].total = 1811.34"], expect: { table: 'economic-summary', row: '合计' } },
    { name: '合计行人员经费打错（176.48 → 167.48）', base: 'seed', edits: ['economic-summary[total].basic.personnel = 167.48'], expect: { table: 'economic-summary', row: '合计' } },
  ],
};
