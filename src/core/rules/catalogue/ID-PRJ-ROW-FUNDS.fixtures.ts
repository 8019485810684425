// Fixtures of ID-PRJ-ROW-FUNDS.
import type { RuleFixtures } from '../fixtures/notation.ts';

export const fixtures: RuleFixtures = {
  pass: [
    { name: '种子示例：全部为本年一般公共预算拨款', base: 'seed' },
    { name: '生成的预算（含政府性基金、事业收入的项目）', base: 'synthetic:30' },
  ],
  fail: [
    { name: '网格员工资的一般公共预算打错（247.13 → 274.13）', base: 'seed', edits: ['project-expenditure[410305230000000016551].now.general-public-all = 274.13'], expect: { table: 'project-expenditure', row: '2023年网格员工资' } },
  ],
};
