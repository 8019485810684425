// Fixtures of NAR-GROWTH-RATE.
import type { RuleFixtures } from '../fixtures/notation.ts';

export const fixtures: RuleFixtures = {
  pass: [{ name: '种子示例：增加 798.31 万元，增长 66.30%', base: 'seed-published' }],
  fail: [
    { name: '增长率算错', base: 'seed-published', edits: ['text 一、收入支出预算总体情况说明 #0 ~ "66.30%" => "66.03%"'], expect: { row: '收入支出预算总体' } },
    { name: '变动额与预算数据的上年数不符', base: 'seed-published', edits: ['budget.lastYear.generalPublic = 1200.00万元'], expect: { row: '财政拨款' } },
    { name: '上年为零却写增长率', base: 'seed-published', edits: ['text 一、收入支出预算总体情况说明 #0 ~ "各增加 798.31 万元" => "各增加 2002.45 万元"'], expect: { row: '收入支出预算总体' } },
  ],
};
