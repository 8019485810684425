// Fixtures of CLS-FN-CODE-KNOWN.
import type { RuleFixtures } from '../fixtures/notation.ts';

export const fixtures: RuleFixtures = {
  pass: [
    { name: '种子示例：5 个项都在 2023 年科目中', base: 'seed' },
    { name: '生成的预算', base: 'synthetic:5' },
  ],
  fail: [
    { name: '项编码打错为不存在的 2120198', base: 'seed', edits: ['expenditure[2120199].fn.item = "98"'], expect: { table: 'expenditure', row: '2120199', severity: 'warning' } },
    { name: '预算数据中的功能科目不存在', base: 'seed', edits: ['budget.lines[15].functionCode = "2129801"'], expect: { table: 'general-public-expenditure', row: '2129801' } },
  ],
};
