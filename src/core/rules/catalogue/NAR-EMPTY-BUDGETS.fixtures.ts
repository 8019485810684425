// Fixtures of NAR-EMPTY-BUDGETS.
import type { RuleFixtures } from '../fixtures/notation.ts';

export const fixtures: RuleFixtures = {
  pass: [{ name: '种子示例：两表无数据，说明写“无……安排的支出”', base: 'seed-published' }],
  fail: [
    { name: '政府性基金表有数据，说明仍写“无”', base: 'seed-published', edits: ['government-fund-expenditure[total].total = 10.00'], expect: { row: '政府性基金' } },
    { name: '国有资本经营说明写出与表不符的金额', base: 'seed-published', edits: ['text 九、国有资本经营支出预算情况说明 #0 = "洛阳市涧西区社区治理和服务创新办公室 2023 年国有资本经营预算支出 5.00 万元。"'], expect: { row: '国有资本经营' } },
  ],
};
