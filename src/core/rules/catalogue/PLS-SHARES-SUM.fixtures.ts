// Fixtures of PLS-SHARES-SUM.
import type { RuleFixtures } from '../fixtures/notation.ts';

export const fixtures: RuleFixtures = {
  pass: [
    { name: '种子示例：9.54% + 90.46%、92.39% + 7.61% 都是 100%', base: 'seed-published' },
    { name: '基本支出之后括号里又列人员经费的占比：括号里的不算，外层 9.54% + 90.46%', base: 'seed-published', edits: ['text 三、支出预算总体情况说明 #0 ~ "占 9.54%；" => "占 9.54%（其中：人员经费 176.48 万元，占 92.39%）；"'] },
    { name: '只写占比、不写金额，合计不超过 100%', base: 'seed-published', edits: ['text 三、支出预算总体情况说明 #0 ~ "基本支出 191.02 万元，占 9.54%；项目支出 1811.43 万元，占 90.46%" => "基本支出占 9.54%；项目支出占 90.46%"'] },
  ],
  fail: [
    { name: '项目支出占比打错，合计 101.00%', base: 'seed-published', edits: ['text 三、支出预算总体情况说明 #0 ~ "占 90.46%" => "占 91.46%"'], expect: { row: '支出预算总体' } },
    { name: '各项合计等于总数，占比之和只有 99.00%', base: 'seed-published', edits: ['text 三、支出预算总体情况说明 #0 ~ "占 90.46%" => "占 89.46%"'], expect: { row: '支出预算总体' } },
    { name: '括号里列了人员经费的占比，外层仍合计 101.00%', base: 'seed-published', edits: ['text 三、支出预算总体情况说明 #0 ~ "占 9.54%；" => "占 9.54%（其中：人员经费 176.48 万元，占 92.39%）；"', 'text 三、支出预算总体情况说明 #0 ~ "占 90.46%" => "占 91.46%"'], expect: { row: '支出预算总体' } },
    { name: '只写占比：基本支出占 9.54%、项目支出占 91.46%，超过 100%', base: 'seed-published', edits: ['text 三、支出预算总体情况说明 #0 ~ "基本支出 191.02 万元，占 9.54%；项目支出 1811.43 万元，占 90.46%" => "基本支出占 9.54%；项目支出占 91.46%"'], expect: { row: '支出预算总体' } },
  ],
};
