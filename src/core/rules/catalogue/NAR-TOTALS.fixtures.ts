// Fixtures of NAR-TOTALS.
import type { RuleFixtures } from '../fixtures/notation.ts';

export const fixtures: RuleFixtures = {
  pass: [{ name: '种子示例的说明与表一致', base: 'seed-published' }],
  fail: [
    { name: '支出总计打错', base: 'seed-published', edits: ['text 一、收入支出预算总体情况说明 #0 ~ "支出总计 2002.45" => "支出总计 2020.45"'], expect: { row: '收入支出预算总体' } },
    { name: '表中总计改变而说明未改', base: 'seed-published', edits: ['income-expenditure-summary[total].left.amount = 2012.45'], expect: { row: '收入支出预算总体' } },
  ],
};
