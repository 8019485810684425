// Fixtures of NAR-OPERATING-FUNDS.
import type { RuleFixtures } from '../fixtures/notation.ts';

export const fixtures: RuleFixtures = {
  pass: [
    { name: '种子示例：机构运转经费 14.54 = 公用经费', base: 'seed-published' },
  ],
  fail: [
    { name: '机构运转经费打错', base: 'seed-published', edits: ['text 十、其他重要事项情况说明 #1 ~ "14.54" => "14.45"'], expect: { row: '其他重要事项' } },
    { name: '机关运行经费超过公用经费', base: 'seed-published', edits: ['text 十、其他重要事项情况说明 #1 ~ "机构运转经费支出预算 14.54" => "机关运行经费支出预算 16.54"'], expect: { row: '其他重要事项' } },
  ],
};
