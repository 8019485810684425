// Fixtures of NAR-GENERAL-PUBLIC.
import type { RuleFixtures } from '../fixtures/notation.ts';

export const fixtures: RuleFixtures = {
  pass: [{ name: '种子示例的说明与表一致', base: 'seed-published' }],
  fail: [
    { name: '项目支出打错', base: 'seed-published', edits: ['text 五、一般公共预算支出预算情况说明 #0 ~ "项目支出 1811.43" => "项目支出 1811.34"'], expect: { row: '一般公共预算支出' } },
    { name: '基本支出占比算错', base: 'seed-published', edits: ['text 五、一般公共预算支出预算情况说明 #0 ~ "9.54%" => "9.45%"'], expect: { row: '一般公共预算支出' } },
  ],
};
