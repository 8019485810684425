// Fixtures of AUD-UNIT-FACTOR: 元 written as 万元 in the narrative, and a table whose figures are
// 10000 times the same figures elsewhere.
import type { RuleFixtures } from '../fixtures/notation.ts';

const section = (housing: string) =>
  `section explanation "十一、财政拨款支出主要内容" = ${JSON.stringify([`1.“住房保障支出”科目${housing}，主要用于住房公积金。`])}`;

export const fixtures: RuleFixtures = {
  pass: [
    { name: '金额单位一致', base: 'seed-published', edits: [section('13.66万元')] },
    { name: '以元写出也对', base: 'seed-published', edits: [section('136600元')] },
  ],
  fail: [
    { name: '说明把 136600 元写成 136600 万元', base: 'seed-published', edits: [section('136600万元')], expect: { row: '十一' } },
    { name: '说明把 13.66 万元写成 13.66 元', base: 'seed-published', edits: [section('13.66元')], expect: { row: '十一' } },
    { name: '部门支出预算表合计是收支预算表本年支出合计的 10000 倍', base: 'seed', edits: ['expenditure[total].total = 20024500'], expect: { table: 'expenditure' } },
  ],
};
