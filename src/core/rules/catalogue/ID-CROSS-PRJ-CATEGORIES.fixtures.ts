// Fixtures of ID-CROSS-PRJ-CATEGORIES.
import type { RuleFixtures } from '../fixtures/notation.ts';

export const fixtures: RuleFixtures = {
  pass: [
    { name: '种子示例：其他运转类 5.60，特定目标类 1805.83', base: 'seed' },
    { name: '生成的预算（多单位）', base: 'synthetic:10' },
  ],
  fail: [
    { name: '运转经费项目的类型写成特定目标类', base: 'seed', edits: ["project-expenditure[410305230000000025533].category = \"特定目标类\""], expect: { table: 'expenditure', row: '合计' } },
    { name: '部门支出预算表合计行特定目标类打错（1805.83 → 1805.38）', base: 'seed', edits: ['expenditure[total].project.specific-target = 1805.38'], expect: { table: 'expenditure', row: '合计' } },
  ],
};
