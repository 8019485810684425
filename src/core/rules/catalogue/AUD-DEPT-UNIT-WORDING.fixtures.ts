// Fixtures of AUD-DEPT-UNIT-WORDING: the seed is a 部门预算; its published text says 我单位 twice.
import type { RuleFixtures } from '../fixtures/notation.ts';

/** The seed's 绩效目标 paragraph says 我单位 twice. */
const FIX = 'text 十、其他重要事项情况说明 #6 ~ "我单位" => "本部门"';

export const fixtures: RuleFixtures = {
  pass: [
    {
      name: '改正“我单位”后通篇称“部门”',
      base: 'seed-published',
      edits: [FIX, FIX],
    },
  ],
  fail: [
    { name: '种子示例正文写“我单位”（部门预算）', base: 'seed-published', expect: { row: '十、其他重要事项' } },
    { name: '生成的说明照录了预算数据中的“我单位”', base: 'seed', expect: { row: '十、其他重要事项' } },
    { name: '部门预算中的表名写“单位”', base: 'seed-published', edits: [FIX, FIX, 'title income = "2023年单位收入预算表"'], expect: { table: 'income' } },
    { name: '单位预算中的表名写“部门”', base: 'seed-published', edits: [FIX, FIX, 'meta.title = "2023年洛阳市涧西区社区治理和服务创新办公室单位预算公开"'], expect: { table: 'income-expenditure-summary' } },
  ],
};
