// Fixtures of ID-ECON-SUM-ROW-SPLIT.
import type { RuleFixtures } from '../fixtures/notation.ts';

export const fixtures: RuleFixtures = {
  pass: [
    { name: '种子示例', base: 'seed' },
    { name: '生成的预算（项目支出细化到经济分类）', base: 'synthetic:20' },
  ],
  fail: [
    { name: '福利费合计打错（2.71 → 2.17）', base: 'seed', edits: ['economic-summary[30229].total = 2.17'], expect: { table: 'economic-summary', row: '30229' } },
  ],
};
