// Fixtures of CLS-FN-ONE-NAME.
import type { RuleFixtures } from '../fixtures/notation.ts';

export const fixtures: RuleFixtures = {
  pass: [
    { name: '种子示例：两张功能分类表名称一致', base: 'seed' },
    { name: '生成的预算（同一科目在多个单位下）', base: 'synthetic:2' },
  ],
  fail: [
    { name: '一般公共预算支出表中行政运行印为“行政运行费”', base: 'seed', edits: ['general-public-expenditure[2120101].name = "行政运行费"'], expect: { table: 'general-public-expenditure', row: '2120101', severity: 'error' } },
    { name: '部门支出表中“其它”写法（提示）', base: 'seed', edits: ['expenditure[2120199].name = "其它城乡社区管理事务支出"'], expect: { table: 'expenditure', row: '2120199', severity: 'warning' } },
  ],
};
