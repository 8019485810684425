// Fixtures of ID-INC-UNITS.
import type { RuleFixtures } from '../fixtures/notation.ts';

export const fixtures: RuleFixtures = {
  pass: [
    { name: '种子示例：合计行 = 517 行', base: 'seed' },
    { name: '生成的预算：三个单位加总为部门', base: 'synthetic:3' },
  ],
  fail: [
    { name: '合计行一般公共预算打错（2002.45 → 2020.45）', base: 'seed', edits: ['income[total].src.general-public-all = 2020.45'], expect: { table: 'income', row: '合计' } },
    { name: '单位行打错，部门行未跟着改', base: 'synthetic:6', edits: ['income[796003].total = 590.22', 'income[796003].src.general-public-all = 590.22'], expect: { table: 'income', row: '796' } },
  ],
};
