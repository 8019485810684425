// Fixtures of NAR-EXPENDITURE.
import type { RuleFixtures } from '../fixtures/notation.ts';

export const fixtures: RuleFixtures = {
  pass: [{ name: '种子示例的说明与表一致', base: 'seed-published' }],
  fail: [
    { name: '基本支出打错', base: 'seed-published', edits: ['text 三、支出预算总体情况说明 #0 ~ "191.02" => "191.20"'], expect: { row: '支出预算总体' } },
    { name: '项目支出占比算错', base: 'seed-published', edits: ['text 三、支出预算总体情况说明 #0 ~ "90.46%" => "90.64%"'], expect: { row: '支出预算总体' } },
  ],
};
