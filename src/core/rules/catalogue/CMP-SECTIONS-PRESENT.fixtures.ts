// Fixtures of CMP-SECTIONS-PRESENT.
import type { RuleFixtures } from '../fixtures/notation.ts';

export const fixtures: RuleFixtures = {
  pass: [
    { name: '种子示例：部门概况、情况说明十节和名词解释齐全', base: 'seed-published' },
    { name: '生成的文件', base: 'seed' },
  ],
  fail: [
    { name: '“三公”一节的标题改成了别的，“三公”经费一节就没有了', base: 'seed-published', edits: ['heading 七、一般公共预算“三公” = "七、其他说明"'], expect: { row: '三公' } },
    { name: '没有其他重要事项一节', base: 'seed-published', edits: ['heading 十、其他重要事项 = "十、附注"'], expect: { row: '其他重要事项' } },
    { name: '其他重要事项中没有政府采购一项', base: 'seed-published', edits: ['text 十、其他重要事项情况说明 #2 = "（二）其他"', 'text 十、其他重要事项情况说明 #3 = "无。"'], expect: { row: '政府采购' } },
  ],
};
