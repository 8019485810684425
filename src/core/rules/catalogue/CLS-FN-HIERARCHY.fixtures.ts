// Fixtures of CLS-FN-HIERARCHY.
import type { RuleFixtures } from '../fixtures/notation.ts';

export const fixtures: RuleFixtures = {
  pass: [
    { name: '种子示例：各项的款和类都存在', base: 'seed' },
    { name: '生成的预算', base: 'synthetic:13' },
  ],
  fail: [
    { name: '款段打错：212 98 01', base: 'seed', edits: ['expenditure[2120101].fn.section = "98"'], expect: { table: 'expenditure', row: '2120101', severity: 'warning' } },
    { name: '类段打错：218 05 05', base: 'seed', edits: ['general-public-expenditure[2080505].fn.class = "218"'], expect: { table: 'general-public-expenditure', row: '2080505' } },
  ],
};
