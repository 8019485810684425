// Fixtures of NAR-DATA-MISSING.
import type { RuleFixtures } from '../fixtures/notation.ts';

export const fixtures: RuleFixtures = {
  pass: [{ name: '种子示例记录了说明所需的全部事实', base: 'seed' }],
  fail: [{ name: '没有政府采购预算', base: 'seed', edits: ['budget.procurement = undefined'], expect: { path: 'procurement' } }],
};
