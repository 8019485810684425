// Fixtures of NAR-PROCUREMENT.
import type { RuleFixtures } from '../fixtures/notation.ts';

/** The seed's procurement paragraph with 万里's sentence on the money reserved for small and medium enterprises. */
const SME = (sme: string, small: string): string =>
  `text 十、其他重要事项情况说明 #3 ~ "政府采购服务预算 0.00 万元。" => "政府采购服务预算 0.00 万元。面向中小企业预留政府采购项目预算金额 ${sme} 万元，其中，预留给小型和微型企业的政府采购项目预算为 ${small} 万元。"`;

export const fixtures: RuleFixtures = {
  pass: [
    { name: '种子示例：政府采购 0.00 = 0.00 + 0.00 + 0.00', base: 'seed-published' },
    { name: '面向中小企业预留 0.00，其中小微企业 0.00', base: 'seed-published', edits: [SME('0.00', '0.00')] },
  ],
  fail: [
    { name: '服务采购预算与合计不符', base: 'seed-published', edits: ['text 十、其他重要事项情况说明 #3 ~ "政府采购服务预算 0.00" => "政府采购服务预算 5.00"'], expect: { row: '其他重要事项' } },
    { name: '面向中小企业预留的金额大于政府采购预算', base: 'seed-published', edits: [SME('3.00', '0.00')], expect: { row: '其他重要事项' } },
    { name: '预留给小微企业的金额大于面向中小企业预留的金额', base: 'seed-published', edits: [SME('0.00', '2.00')], expect: { row: '其他重要事项' } },
    { name: '预算数据中有货物采购，说明写 0.00', base: 'seed-published', edits: ['budget.procurement.goods = 3.00万元'], expect: { row: '其他重要事项' } },
  ],
};
