// Fixtures of AUD-TEMPLATE-LEFTOVER: the Putuo template's placeholders left in the seed.
import type { RuleFixtures } from '../fixtures/notation.ts';

export const fixtures: RuleFixtures = {
  pass: [
    { name: '种子示例', base: 'seed-published' },
    { name: '生成的预算', base: 'synthetic:7' },
  ],
  fail: [
    { name: '“增加（减少）XXX万元”未填', base: 'seed-published', edits: ['text 一、收入支出预算总体情况说明 #0 ~ "各增加 798.31 万元" => "各增加（减少）XXX万元"'], expect: { row: '一、收入支出预算总体', severity: 'error' } },
    { name: '空的“主要原因是”', base: 'seed-published', edits: ['text 一、收入支出预算总体情况说明 #0 ~ "主要原因是：涧西区与原高新区合并，工作任务增多，经费增加。" => "主要原因是：。"'], expect: { row: '一、收入支出预算总体' } },
    { name: '表名中的 XX', base: 'seed', edits: ['title income = "2023年XX部门收入预算表"'], expect: { table: 'income' } },
    { name: '模板的填写说明', base: 'seed-published', edits: ['section explanation "十一、其他说明" = ["2023年本部门无机关运行经费。（若无，则写“本部门无机关运行经费。”）"]'], expect: { row: '十一' } },
  ],
};
