// Fixtures of AUD-EMPTY-NOTE-SCOPE: the seed's two empty tables and their notes.
import type { RuleFixtures } from '../fixtures/notation.ts';

export const fixtures: RuleFixtures = {
  pass: [
    { name: '种子示例：说明写本部门名称和 2023 年', base: 'seed' },
    { name: '写“本部门”', base: 'seed', edits: ['notes government-fund-expenditure = ["注：本部门2023年无政府性基金预算财政拨款安排的预算，故本表为空表。"]'] },
  ],
  fail: [
    { name: '说明照抄上年（2022年）', base: 'seed', edits: ['notes government-fund-expenditure = ["备注：洛阳市涧西区社区治理和服务创新办公室2022年无政府性基金预算拨款安排的支出，故此表无数据。"]'], expect: { table: 'government-fund-expenditure' } },
    { name: '说明照抄其他部门', base: 'seed', edits: ['notes state-capital-expenditure = ["备注：洛阳市涧西区民政局2023年无国有资本经营预算拨款安排的支出，故此表无数据。"]'], expect: { table: 'state-capital-expenditure' } },
  ],
};
