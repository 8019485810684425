// Fixtures of PLS-NEGATIVE-AMOUNT.
import type { RuleFixtures } from '../fixtures/notation.ts';

export const fixtures: RuleFixtures = {
  pass: [
    { name: '种子示例', base: 'seed' },
    { name: '生成的预算', base: 'synthetic:14' },
  ],
  fail: [
    { name: '行政运行的公用经费为负', base: 'seed', edits: ['expenditure[2120101].basic.goods = -14.54'], expect: { table: 'expenditure', row: '2120101' } },
    { name: '项目金额为负', base: 'seed', edits: ['project-expenditure[410305230000000016465].total = -0.49'], expect: { table: 'project-expenditure', row: '9月份劳务派遣人员工资' } },
  ],
};
