// Fixtures of CMP-NOTE-ON-DATA.
import type { RuleFixtures } from '../fixtures/notation.ts';

export const fixtures: RuleFixtures = {
  pass: [
    { name: '种子示例：有数据的表没有无数据说明', base: 'seed' },
    { name: '有政府性基金支出的生成预算', base: 'synthetic:17' },
  ],
  fail: [
    {
      name: '有政府性基金支出，却保留了模板的无数据说明',
      base: 'synthetic:17',
      edits: ['notes government-fund-expenditure = ["备注：许昌市建安区自然资源局2023年无政府性基金预算拨款安排的支出，故此表无数据。"]'],
      expect: { table: 'government-fund-expenditure' },
    },
    {
      name: '“三公”经费表有 0.10 万元，却注明无数据',
      base: 'seed',
      edits: ['notes three-public = ["注：洛阳市涧西区社区治理和服务创新办公室2023年无“三公”经费支出，故此表无数据。"]'],
      expect: { table: 'three-public' },
    },
  ],
};
