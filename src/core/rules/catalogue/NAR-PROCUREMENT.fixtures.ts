// Fixtures of NAR-PROCUREMENT.
import type { RuleFixtures } from '../fixtures/notation.ts';

export const fixtures: RuleFixtures = {
  pass: [{ name: '种子示例：政府采购 0.00 = 0.00 + 0.00 + 0.00', base: 'seed-published' }],
  fail: [
    { name: '服务采购预算与合计不符', base: 'seed-published', edits: ['text 十、其他重要事项情况说明 #3 ~ "政府采购服务预算 0.00" => "政府采购服务预算 5.00"'], expect: { row: '其他重要事项' } },
    { name: '预算数据中有货物采购，说明写 0.00', base: 'seed-published', edits: ['budget.procurement.goods = 3.00万元'], expect: { row: '其他重要事项' } },
  ],
};
