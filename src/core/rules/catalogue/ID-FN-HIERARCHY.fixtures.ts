// Fixtures of ID-FN-HIERARCHY. The Luoyang template prints 项 only, so 类 and 款 rows never
// appear in these fixtures; the unit rows of multi-unit budgets exercise the rule.
import type { RuleFixtures } from '../fixtures/notation.ts';

export const fixtures: RuleFixtures = {
  pass: [
    { name: '生成的预算：四个单位加总为部门', base: 'synthetic:6' },
    { name: '生成的预算：三个单位，含事业收入', base: 'synthetic:15' },
    { name: '种子示例只有一个单位且只印到项：不适用', base: 'seed', status: 'not-applicable' },
  ],
  fail: [
    { name: '单位行合计打错（620.23 → 602.23）', base: 'synthetic:6', edits: ['expenditure[796002].total = 602.23'], expect: { table: 'expenditure', row: '796002' } },
    { name: '单位下的项打错，单位行未跟着改', base: 'synthetic:6', edits: ['expenditure[2010602].total = 126.65', 'expenditure[2010602].project = 126.65', 'expenditure[2010602].project.specific-target = 126.65'], expect: { table: 'expenditure', row: '796001' } },
  ],
};
