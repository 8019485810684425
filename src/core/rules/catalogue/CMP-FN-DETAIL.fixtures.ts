// Fixtures of CMP-FN-DETAIL.
import type { RuleFixtures } from '../fixtures/notation.ts';

export const fixtures: RuleFixtures = {
  pass: [
    { name: '种子示例：全部列到项', base: 'seed' },
    { name: '生成的预算', base: 'synthetic:8' },
  ],
  fail: [
    { name: '住房公积金只列到款（221 02）', base: 'seed', edits: ['expenditure[2210201].fn.item = blank', 'expenditure[2210201].name = "住房改革支出"'], expect: { table: 'expenditure', row: '2210201' } },
  ],
};
