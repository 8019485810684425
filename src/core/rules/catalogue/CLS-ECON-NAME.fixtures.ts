// Fixtures of CLS-ECON-NAME.
import type { RuleFixtures } from '../fixtures/notation.ts';

export const fixtures: RuleFixtures = {
  pass: [
    { name: '种子示例：名称与科目表一致', base: 'seed' },
    { name: '生成的预算', base: 'synthetic:12' },
  ],
  fail: [
    { name: '基本支出表工会经费印为“工会经费支出”', base: 'seed', edits: ['general-public-basic-expenditure[30228].econ.name = "工会经费支出"'], expect: { table: 'general-public-basic-expenditure', row: '30228', severity: 'warning' } },
    { name: '汇总表“其它工资福利支出”', base: 'seed', edits: ['economic-summary[30199].name = "其它工资福利支出"'], expect: { table: 'economic-summary', row: '30199', severity: 'warning' } },
  ],
};
