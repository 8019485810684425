// Fixtures of PLS-THREE-PUBLIC-BLANK.
import type { RuleFixtures } from '../fixtures/notation.ts';

export const fixtures: RuleFixtures = {
  pass: [
    { name: '种子示例：公务接待费 0.10 万元，“三公”表合计 0.10', base: 'seed' },
    { name: '生成的预算', base: 'synthetic:17' },
  ],
  fail: [
    {
      name: '“三公”表整表空白',
      base: 'seed',
      edits: ['three-public[total].total = blank', 'three-public[total].reception = blank'],
      expect: { table: 'three-public', severity: 'warning' },
    },
  ],
};
