// Fixtures of ID-ECON-SUM-CLASSES.
import type { RuleFixtures } from '../fixtures/notation.ts';

export const fixtures: RuleFixtures = {
  pass: [
    { name: '种子示例：301 = 176.48，302 = 14.54', base: 'seed' },
    { name: '生成的预算（项目支出也细化到经济分类）', base: 'synthetic:20' },
  ],
  fail: [
    { name: '奖金打错（26.62 → 26.26），类未跟着改', base: 'seed', edits: ['economic-summary[30103].total = 26.26', 'economic-summary[30103].basic.personnel = 26.26'], expect: { table: 'economic-summary', row: '301' } },
    { name: '商品和服务支出类打错（14.54 → 15.44）', base: 'seed', edits: ['economic-summary[302].basic.public = 15.44'], expect: { table: 'economic-summary', row: '302' } },
  ],
};
