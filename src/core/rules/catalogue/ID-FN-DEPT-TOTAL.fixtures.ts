// Fixtures of ID-FN-DEPT-TOTAL.
import type { RuleFixtures } from '../fixtures/notation.ts';

export const fixtures: RuleFixtures = {
  pass: [
    { name: '种子示例：517 行 = 合计行', base: 'seed' },
    { name: '生成的预算（含政府性基金支出表）', base: 'synthetic:25' },
  ],
  fail: [
    { name: '部门行项目支出打错（1811.43 → 1811.34）', base: 'seed', edits: ['expenditure[dept].project = 1811.34'], expect: { table: 'expenditure', row: '517' } },
    { name: '一般公共预算支出表部门行合计打错', base: 'seed', edits: ['general-public-expenditure[dept].total = 2020.45'], expect: { table: 'general-public-expenditure', row: '517' } },
  ],
};
