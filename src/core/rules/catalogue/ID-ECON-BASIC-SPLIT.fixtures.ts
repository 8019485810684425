// Fixtures of ID-ECON-BASIC-SPLIT.
import type { RuleFixtures } from '../fixtures/notation.ts';

export const fixtures: RuleFixtures = {
  pass: [
    { name: '种子示例', base: 'seed' },
    { name: '生成的预算（多单位）', base: 'synthetic:10' },
  ],
  fail: [
    { name: '津贴补贴的人员经费打错（21.50 → 12.50）', base: 'seed', edits: ['general-public-basic-expenditure[30102].basic.personnel = 12.50'], expect: { table: 'general-public-basic-expenditure', row: '30102' } },
    { name: '办公费填进了人员经费列', base: 'seed', edits: ['general-public-basic-expenditure[30201].basic.personnel = 4.60'], expect: { table: 'general-public-basic-expenditure', row: '30201' } },
  ],
};
