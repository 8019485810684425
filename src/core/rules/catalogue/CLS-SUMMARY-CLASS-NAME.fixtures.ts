// Fixtures of CLS-SUMMARY-CLASS-NAME.
import type { RuleFixtures } from '../fixtures/notation.ts';

/** The seed's summary tables with the template's class labels brought up to the 2023 names. */
const CORRECTED = [
  'fiscal-summary[\'（七）文化体育旅游与传媒支出\'].right.label = "（七）文化旅游体育与传媒支出"',
  'fiscal-summary[\'（九）医疗卫生与计划生育支出\'].right.label = "（九）社会保险基金支出"',
  'fiscal-summary[\'（十五）资源勘探信息等支出\'].right.label = "（十五）资源勘探工业信息等支出"',
  'income-expenditure-summary[\'十五、资源勘探信息等\'].right.label = "十五、资源勘探工业信息等"',
];

export const fixtures: RuleFixtures = {
  pass: [
    { name: '种子示例按 2023 年类名称改正模板后（简称如“城乡社区事务”可接受）', base: 'seed', edits: CORRECTED },
  ],
  fail: [
    {
      name: '种子示例：“（七）文化体育旅游与传媒支出”字序颠倒',
      base: 'seed',
      expect: { table: 'fiscal-summary', row: '（七）文化体育旅游与传媒支出', severity: 'warning' },
    },
    {
      name: '种子示例：（九）行沿用旧称“医疗卫生与计划生育支出”',
      base: 'seed',
      expect: { table: 'fiscal-summary', row: '（九）医疗卫生与计划生育支出', severity: 'warning' },
    },
    {
      name: '改正后又把“住房保障支出”自行简写为“住房支出”',
      base: 'seed',
      edits: [...CORRECTED, 'income-expenditure-summary[\'二十一、住房保障支出\'].right.label = "二十一、住房支出"'],
      expect: { table: 'income-expenditure-summary', row: '二十一、住房支出' },
    },
  ],
};
