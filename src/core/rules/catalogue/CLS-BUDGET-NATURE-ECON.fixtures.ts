// Fixtures of CLS-BUDGET-NATURE-ECON.
import type { RuleFixtures } from '../fixtures/notation.ts';

export const fixtures: RuleFixtures = {
  pass: [
    { name: '种子示例：人员经费均为 301，公用经费均为 302', base: 'seed' },
    { name: '生成的预算（含 303、310）', base: 'synthetic:18' },
  ],
  fail: [
    { name: '养老保险缴费列为公用经费', base: 'seed', edits: ['budget.lines[0].nature = "public"'], expect: { path: 'lines[0].nature' } },
    { name: '公用经费记到 30199 其他工资福利支出', base: 'seed', edits: ['budget.lines[13].economicCode = "30199"'], expect: { path: 'lines[13]' } },
  ],
};
