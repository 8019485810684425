// Fixtures of PLS-PROJECT-DUPLICATE-NAME.
import type { RuleFixtures } from '../fixtures/notation.ts';

export const fixtures: RuleFixtures = {
  pass: [
    { name: '种子示例：项目名称各不相同', base: 'seed' },
    { name: '生成的预算', base: 'synthetic:16' },
  ],
  fail: [
    { name: '两个项目同名', base: 'seed', edits: ['project-expenditure[410305230000000016465].name = "2023年劳务派遣人员工资"'], expect: { table: 'project-expenditure', row: '410305230000000016465' } },
  ],
};
