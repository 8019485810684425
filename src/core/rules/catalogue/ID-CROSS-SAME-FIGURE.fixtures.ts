// Fixtures of ID-CROSS-SAME-FIGURE.
import type { RuleFixtures } from '../fixtures/notation.ts';

export const fixtures: RuleFixtures = {
  pass: [
    { name: '种子示例各表一致', base: 'seed' },
    { name: '生成的预算（多单位）', base: 'synthetic:11' },
  ],
  fail: [
    { name: '项目支出表合计与部门支出表的项目支出不同', base: 'seed', edits: ['project-expenditure[total].total = 1811.34'], expect: { table: 'project-expenditure' } },
    { name: '财政拨款收支表的一般公共预算拨款收入与收支总表不同', base: 'seed', edits: ["fiscal-summary['（一）一般公共预算拨款'].left.amount = 2020.45"], expect: { table: 'fiscal-summary' } },
    { name: '基本支出表合计与一般公共预算支出表的基本支出不同', base: 'seed', edits: ['general-public-basic-expenditure[total].total = 191.20'], expect: { table: 'general-public-basic-expenditure' } },
  ],
};
