// Fixtures of NAR-REASON-MISSING.
import type { RuleFixtures } from '../fixtures/notation.ts';

export const fixtures: RuleFixtures = {
  pass: [{ name: '种子示例写明了收支总计和一般公共预算的变化原因', base: 'seed' }],
  fail: [
    { name: '收支总计增加 798.31 万元而没有写原因', base: 'seed', edits: ['budget.explanations.totalChange = undefined'], expect: { row: '收入支出预算总体情况说明' } },
  ],
};
