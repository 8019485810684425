// Fixtures of ID-CROSS-SUMMARY-CLASSES.
import type { RuleFixtures } from '../fixtures/notation.ts';

export const fixtures: RuleFixtures = {
  pass: [
    { name: '种子示例：212 类 1960.07 = 161.73 + 1798.34', base: 'seed' },
    { name: '生成的预算（四个单位的项加总）', base: 'synthetic:6' },
  ],
  fail: [
    { name: '收支总表卫生健康打错（15.37 → 15.73）', base: 'seed', edits: ["income-expenditure-summary['十、卫生健康'].right.amount = 15.73"], expect: { table: 'income-expenditure-summary', row: '十、卫生健康' } },
    { name: '支出表住房公积金打错（13.66 → 16.36）', base: 'seed', edits: ['expenditure[2210201].total = 16.36'], expect: { table: 'income-expenditure-summary', row: '住房保障' } },
    { name: '收支总表漏填社会保障和就业', base: 'seed', edits: ["income-expenditure-summary['八、社会保障和就业'].right.amount = blank"], expect: { table: 'income-expenditure-summary', row: '社会保障和就业' } },
  ],
};
