// Fixtures of CLS-SUMMARY-CLASS-NUMBER.
import type { RuleFixtures } from '../fixtures/notation.ts';

/** The seed's 财政拨款收支预算表 with the leftover （九） line corrected to 209. */
const NINE_FIXED = 'fiscal-summary[\'（九）医疗卫生与计划生育支出\'].right.label = "（九）社会保险基金支出"';

export const fixtures: RuleFixtures = {
  pass: [
    { name: '种子示例改正（九）行后', base: 'seed', edits: [NINE_FIXED] },
  ],
  fail: [
    {
      name: '种子示例：（九）行写的是 210 的旧称“医疗卫生与计划生育支出”（该行无金额，提示）',
      base: 'seed',
      expect: { table: 'fiscal-summary', row: '（九）医疗卫生与计划生育支出', severity: 'warning' },
    },
    {
      name: '卫生健康行序号印成“十一”，且列有金额',
      base: 'seed',
      edits: [NINE_FIXED, 'income-expenditure-summary[\'十、卫生健康\'].right.label = "十一、卫生健康"'],
      expect: { table: 'income-expenditure-summary', row: '十一、卫生健康', severity: 'error' },
    },
  ],
};
