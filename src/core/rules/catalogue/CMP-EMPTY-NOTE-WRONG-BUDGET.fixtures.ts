// Fixtures of CMP-EMPTY-NOTE-WRONG-BUDGET.
import type { RuleFixtures } from '../fixtures/notation.ts';

export const fixtures: RuleFixtures = {
  pass: [
    { name: '种子示例：两张空表的说明各写本表的预算', base: 'seed' },
    { name: '生成的预算', base: 'synthetic:24' },
  ],
  fail: [
    {
      name: '政府性基金表的说明抄成了国有资本经营',
      base: 'seed',
      edits: ['notes government-fund-expenditure = ["备注：洛阳市涧西区社区治理和服务创新办公室2023年无国有资本经营预算拨款安排的支出，故此表无数据。"]'],
      expect: { table: 'government-fund-expenditure', severity: 'error' },
    },
    {
      name: '国有资本经营表的说明只写“故此表无数据”（提示）',
      base: 'seed',
      edits: ['notes state-capital-expenditure = ["备注：本部门2023年无此项支出，故此表无数据。"]'],
      expect: { table: 'state-capital-expenditure', severity: 'warning' },
    },
  ],
};
