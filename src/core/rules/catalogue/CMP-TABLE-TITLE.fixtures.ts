// Fixtures of CMP-TABLE-TITLE.
import type { RuleFixtures } from '../fixtures/notation.ts';

export const fixtures: RuleFixtures = {
  pass: [
    { name: '种子示例：标题均含 2023 年和表名（绩效表的年度在副标题）', base: 'seed' },
    { name: '生成的预算', base: 'synthetic:21' },
  ],
  fail: [
    { name: '沿用上年标题“2022年部门收入预算表”', base: 'seed', edits: ['title income = "2022年部门收入预算表"'], expect: { table: 'income', severity: 'error' } },
    { name: '标题漏写年度', base: 'seed', edits: ['title economic-summary = "支出经济分类汇总表"'], expect: { table: 'economic-summary', severity: 'error' } },
    { name: '表名改写为“部门支出表”', base: 'seed', edits: ['title expenditure = "2023年部门支出表"'], expect: { table: 'expenditure', severity: 'warning' } },
  ],
};
