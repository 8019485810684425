// Fixtures of CMP-UNIT.
import type { RuleFixtures } from '../fixtures/notation.ts';

export const fixtures: RuleFixtures = {
  pass: [
    { name: '种子示例：全部为万元，绩效表注明的万元与之一致', base: 'seed' },
    { name: '生成的预算', base: 'synthetic:23' },
  ],
  fail: [
    {
      name: '整体绩效目标表沿用按元编制的模板：“部门预算总额(元)”',
      base: 'seed',
      edits: ['department-performance[\'部门预算总额(万元)\'].c2 = "部门预算总额(元)"'],
      expect: { table: 'department-performance', row: '部门预算总额(元)' },
    },
    { name: '“三公”经费表注明“单位：元”', base: 'seed', edits: ['notes three-public = ["单位：元"]'], expect: { table: 'three-public' } },
  ],
};
