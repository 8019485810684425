// Fixtures of NAR-QUARTER-PLAN: the seed prints no quarterly plan; one is written into a paragraph of
// its 其他重要事项 (as 万里街道 2023 writes one in 项目经费情况说明, p. 30), for the 2023年社工工资
// project of its 项目绩效目标表 (资金总额 1469.54 万元).
import type { RuleFixtures } from '../fixtures/notation.ts';

const PLAN = (q: [string, string, string, string]) =>
  `text 十、其他重要事项情况说明 #6 = "第一季度用款计划${q[0]}万元，第二季度用款计划${q[1]}万元，第三季度用款计划${q[2]}万元，第四季度用款计划${q[3]}万元。"`;

export const fixtures: RuleFixtures = {
  pass: [
    { name: '种子示例没有季度用款计划', base: 'seed-published', status: 'not-applicable' },
    { name: '四季度合计 1469.54 万元，即社工工资项目的资金总额', base: 'seed-published', edits: [PLAN(['367.38', '367.38', '367.39', '367.39'])] },
  ],
  fail: [
    { name: '第三季度写错（367.39 → 376.39），合计与任何项目都不相符', base: 'seed-published', edits: [PLAN(['367.38', '367.38', '376.39', '367.39'])], expect: { row: '其他重要事项', severity: 'warning' } },
  ],
};
