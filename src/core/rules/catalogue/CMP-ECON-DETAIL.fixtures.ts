// Fixtures of CMP-ECON-DETAIL.
import type { RuleFixtures } from '../fixtures/notation.ts';

export const fixtures: RuleFixtures = {
  pass: [
    { name: '种子示例：基本支出全部列到款', base: 'seed' },
    { name: '生成的预算', base: 'synthetic:15' },
  ],
  fail: [
    {
      name: '其他交通费用只列到类 302',
      base: 'seed',
      edits: ['general-public-basic-expenditure[30239].econ.code = "302"', 'general-public-basic-expenditure[30239].econ.name = "商品和服务支出"'],
      expect: { table: 'general-public-basic-expenditure', row: '30239' },
    },
    { name: '政府经济分类科目漏填', base: 'seed', edits: ['general-public-basic-expenditure[30113].gov.code = blank'], expect: { table: 'general-public-basic-expenditure', row: '30113' } },
  ],
};
