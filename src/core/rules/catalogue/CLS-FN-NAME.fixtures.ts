// Fixtures of CLS-FN-NAME.
import type { RuleFixtures } from '../fixtures/notation.ts';

export const fixtures: RuleFixtures = {
  pass: [
    { name: '种子示例：名称与科目表一致', base: 'seed' },
    { name: '生成的预算', base: 'synthetic:11' },
  ],
  fail: [
    { name: '名称多了“费”字', base: 'seed', edits: ['expenditure[2120101].name = "行政运行费"'], expect: { table: 'expenditure', row: '2120101', severity: 'warning' } },
    { name: '“其它”写法', base: 'seed', edits: ['general-public-expenditure[2120199].name = "其它城乡社区管理事务支出"'], expect: { table: 'general-public-expenditure', row: '2120199', severity: 'warning' } },
  ],
};
