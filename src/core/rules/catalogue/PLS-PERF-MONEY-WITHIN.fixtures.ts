// Fixtures of PLS-PERF-MONEY-WITHIN: the seed with its 项目支出预算表 dropped (as in a template without
// one), so that the statement “涉及预算拨款 1811.43 万元” is held against the 项目支出 of the 支出预算表.
import type { RuleFixtures } from '../fixtures/notation.ts';

export const fixtures: RuleFixtures = {
  pass: [
    { name: '种子示例（去掉项目支出预算表）：涉及 1811.43 万元，即全部项目支出', base: 'seed-published', edits: ['drop project-expenditure'] },
    { name: '有项目支出预算表时由 NAR-PROJECT-COUNT 核对', base: 'seed-published', status: 'not-applicable' },
  ],
  fail: [
    { name: '涉及金额写成 9811.43 万元，超过项目支出合计', base: 'seed-published', edits: ['drop project-expenditure', 'text 十、其他重要事项情况说明 #6 ~ "1811.43" => "9811.43"'], expect: { row: '其他重要事项', severity: 'warning' } },
  ],
};
