// Fixtures of AUD-DUPLICATE-PARAGRAPH.
import type { RuleFixtures } from '../fixtures/notation.ts';

const para = '本部门2023年无政府采购预算安排，无面向中小企业预留的政府采购项目。';

export const fixtures: RuleFixtures = {
  pass: [
    { name: '种子示例', base: 'seed-published' },
    { name: '生成的说明', base: 'seed' },
  ],
  fail: [
    { name: '同一段改了序号又印一遍', base: 'seed-published', edits: [`section explanation "十一、其他说明" = ${JSON.stringify([`1.${para}`, `2.${para}`])}`], expect: { row: '十一' } },
  ],
};
