// Fixtures of ID-PERF-BLOCK-FUNDS.
import type { RuleFixtures } from '../fixtures/notation.ts';

export const fixtures: RuleFixtures = {
  pass: [
    { name: '种子示例：全部为政府预算资金', base: 'seed' },
    { name: '生成的预算（含单位资金的项目）', base: 'synthetic:15' },
  ],
  fail: [
    { name: '社工工资的政府预算资金打错（1469.54 → 1469.45）', base: 'seed', edits: ['project-performance[410305230000000016549].government = 1469.45'], expect: { table: 'project-performance', row: '2023年社工工资' } },
  ],
};
