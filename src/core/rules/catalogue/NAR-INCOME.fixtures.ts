// Fixtures of NAR-INCOME.
import type { RuleFixtures } from '../fixtures/notation.ts';

export const fixtures: RuleFixtures = {
  pass: [{ name: '种子示例的说明与表一致', base: 'seed-published' }],
  fail: [
    { name: '一般公共预算收入打错', base: 'seed-published', edits: ['text 二、收入预算总体情况说明 #0 ~ "一般公共预算收入 2002.45" => "一般公共预算收入 2002.54"'], expect: { row: '收入预算总体' } },
    { name: '收入合计打错', base: 'seed-published', edits: ['text 二、收入预算总体情况说明 #0 ~ "收入合计 2002.45" => "收入合计 2200.45"'], expect: { row: '收入预算总体' } },
  ],
};
