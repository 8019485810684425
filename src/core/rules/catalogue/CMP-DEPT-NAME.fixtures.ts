// Fixtures of CMP-DEPT-NAME.
import type { RuleFixtures } from '../fixtures/notation.ts';

export const fixtures: RuleFixtures = {
  pass: [
    { name: '种子示例：各表均为本部门名称', base: 'seed' },
    { name: '生成的预算（多单位）', base: 'synthetic:22' },
  ],
  fail: [
    { name: '部门支出表的部门行沿用了其他部门的名称', base: 'seed', edits: ['expenditure[dept].name = "洛阳市涧西区民政局"'], expect: { table: 'expenditure', row: '517' } },
    {
      name: '整体绩效目标表套用了其他部门的表',
      base: 'seed',
      edits: ['department-performance[\'部门(单位)名称\'].c2 = "洛阳市涧西区民政局"'],
      expect: { table: 'department-performance', row: '部门(单位)名称' },
    },
    {
      name: '整体绩效目标表的部门（单位）名称留空',
      base: 'seed',
      edits: ['department-performance[\'部门(单位)名称\'].c2 = ""'],
      expect: { table: 'department-performance', row: '部门(单位)名称' },
    },
  ],
};
