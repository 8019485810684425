// Fixtures of NAR-CHANGE-REASON.
import type { RuleFixtures } from '../fixtures/notation.ts';

/** The seed's “三公” section: 公务接待费 (item （二）) written as 减少 0.05 万元. */
const RECEPTION_DOWN = 'text 七、一般公共预算“三公” #3 ~ "预算数与 2022 年相比保持一致" => "预算数与 2022 年相比减少 0.05 万元，下降 33.33%"';

export const fixtures: RuleFixtures = {
  pass: [
    { name: '种子示例：收支总计和一般公共预算的增加都写了主要原因', base: 'seed-published' },
    { name: '原因写作“主要因……”', base: 'seed-published', edits: ['text 一、收入支出预算总体情况说明 #0 ~ "主要原因是：涧西区" => "主要因涧西区"'] },
    { name: '原因写作“受……影响”', base: 'seed-published', edits: ['text 一、收入支出预算总体情况说明 #0 ~ "主要原因是：涧西区与原高新区合并，工作任务增多，经费增加。" => "受涧西区与原高新区合并影响，工作任务增多。"'] },
    {
      name: '“三公”经费的减少写了原因，其下公务接待费的减少由此说明',
      base: 'seed-published',
      edits: [
        RECEPTION_DOWN,
        'text 七、一般公共预算“三公” #0 ~ "与 2022 年相比保持一致。" => "与 2022 年相比减少 0.05 万元，下降 33.33%。主要原因是：严格控制公务接待。"',
      ],
    },
  ],
  fail: [
    { name: '删去收支总计增加的原因', base: 'seed-published', edits: ['text 一、收入支出预算总体情况说明 #0 ~ "主要原因是：涧西区与原高新区合并，工作任务增多，经费增加。" => ""'], expect: { row: '收入支出预算总体' } },
    { name: '公务接待费减少，“三公”经费合计与各项都没有写原因', base: 'seed-published', edits: [RECEPTION_DOWN], expect: { row: '三公' } },
  ],
};
