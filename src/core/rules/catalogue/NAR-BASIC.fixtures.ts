// Fixtures of NAR-BASIC.
import type { RuleFixtures } from '../fixtures/notation.ts';

export const fixtures: RuleFixtures = {
  pass: [{ name: '种子示例的说明与表一致', base: 'seed-published' }],
  fail: [
    { name: '公用经费打错', base: 'seed-published', edits: ['text 六、一般公共预算基本支出预算情况说明 #0 ~ "公用经费支出 14.54" => "公用经费支出 15.54"'], expect: { row: '基本支出' } },
    { name: '人员经费占比算错', base: 'seed-published', edits: ['text 六、一般公共预算基本支出预算情况说明 #0 ~ "92.39%" => "92.93%"'], expect: { row: '基本支出' } },
  ],
};
