// Fixtures of NAR-FISCAL.
import type { RuleFixtures } from '../fixtures/notation.ts';

export const fixtures: RuleFixtures = {
  pass: [{ name: '种子示例的说明与表一致', base: 'seed-published' }],
  fail: [
    { name: '政府性基金写成有数', base: 'seed-published', edits: ['text 四、财政拨款收入支出预算总体情况说明 #0 ~ "政府性基金收支预算 0.00" => "政府性基金收支预算 10.00"'], expect: { row: '财政拨款' } },
    { name: '一般公共预算打错', base: 'seed-published', edits: ['text 四、财政拨款收入支出预算总体情况说明 #0 ~ "一般公共预算收支预算 2002.45" => "一般公共预算收支预算 2002.40"'], expect: { row: '财政拨款' } },
  ],
};
