// Fixtures of CLS-ECON-ONE-NAME.
import type { RuleFixtures } from '../fixtures/notation.ts';

export const fixtures: RuleFixtures = {
  pass: [
    { name: '种子示例：基本支出表与经济分类汇总表名称一致', base: 'seed' },
    { name: '生成的预算', base: 'synthetic:6' },
  ],
  fail: [
    { name: '汇总表中 30239 印为“其他交通费”', base: 'seed', edits: ['economic-summary[30239].name = "其他交通费"'], expect: { table: 'economic-summary', row: '30239', severity: 'error' } },
    { name: '政府经济分类 50201 在一行中印为“办公费”', base: 'seed', edits: ['general-public-basic-expenditure[30228].gov.name = "办公费"'], expect: { table: 'general-public-basic-expenditure', row: '30228' } },
  ],
};
