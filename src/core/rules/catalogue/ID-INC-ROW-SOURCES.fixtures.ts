// Fixtures of ID-INC-ROW-SOURCES.
import type { RuleFixtures } from '../fixtures/notation.ts';

export const fixtures: RuleFixtures = {
  pass: [
    { name: '种子示例：只有一般公共预算', base: 'seed' },
    { name: '生成的预算：三个单位，一般公共预算加事业收入', base: 'synthetic:15' },
  ],
  fail: [
    { name: '部门行合计打错（2002.45 → 2002.54）', base: 'seed', edits: ['income[dept].total = 2002.54'], expect: { table: 'income', row: '517' } },
    { name: '合计行一般公共预算打错', base: 'seed', edits: ['income[total].src.general-public-all = 2020.45'], expect: { table: 'income', row: '合计' } },
  ],
};
