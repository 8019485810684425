// Fixtures of NAR-CHANGE-DIRECTION.
import type { RuleFixtures } from '../fixtures/notation.ts';

export const fixtures: RuleFixtures = {
  pass: [
    { name: '种子示例：增加/增长 与“保持一致”都与数字相符', base: 'seed-published' },
    { name: '上年公务接待费多 3 元：万元表中打印为零，“保持一致”成立', base: 'seed-published', edits: ['budget.lastYear.threePublic.reception = 1003元'] },
  ],
  fail: [
    { name: '增加写成减少（与增长矛盾）', base: 'seed-published', edits: ['text 一、收入支出预算总体情况说明 #0 ~ "各增加" => "各减少"'], expect: { row: '收入支出预算总体' } },
    { name: '“三公”实际增加却写保持一致', base: 'seed-published', edits: ['budget.lastYear.threePublic.reception = 0.05万元'], expect: { row: '三公' } },
    { name: '政府性基金上年有数，本年为零，却写保持一致', base: 'seed-published', edits: ['budget.lastYear.governmentFund = 3.00万元'], expect: { row: '财政拨款' } },
  ],
};
