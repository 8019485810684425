// Fixtures of ID-FISCAL-EXP-CLASSES.
import type { RuleFixtures } from '../fixtures/notation.ts';

export const fixtures: RuleFixtures = {
  pass: [
    { name: '种子示例', base: 'seed' },
    { name: '生成的预算：一般公共预算加政府性基金', base: 'synthetic:25' },
  ],
  fail: [
    { name: '社会保障和就业的一般公共预算打错（13.35 → 13.53）', base: 'seed', edits: ["fiscal-summary['（八）社会保障和就业支出'].right.general-public-all = 13.53"], expect: { table: 'fiscal-summary', row: '一、本年支出' } },
    { name: '本年支出合计列打错', base: 'seed', edits: ["fiscal-summary['一、本年支出'].right.fiscal = 2020.45"], expect: { table: 'fiscal-summary', row: '一、本年支出' } },
  ],
};
