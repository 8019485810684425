// Fixtures of PERF-PER-PERSON-COST. The seed's 9月份劳务派遣人员工资 is 0.49 万元 while 2845 元 ×
// 2 人 × 1 个月 = 0.569 万元; its 2023年 sibling (7.00 万元 vs 6.828 万元) is within 10%.
import type { RuleFixtures } from '../fixtures/notation.ts';

export const fixtures: RuleFixtures = {
  pass: [
    { name: '种子示例改正 9月份 的人均成本为 2450 元', base: 'seed', edits: ['budget.projects[2].indicators[0].value = "2450元"'] },
    { name: '生成的预算没有按人成本指标', base: 'synthetic:11', status: 'not-applicable' },
  ],
  fail: [
    { name: '种子示例：9月份劳务派遣人员工资 2845元 × 2人 ≠ 0.49万元', base: 'seed', expect: { table: 'project-performance', row: '410305230000000016465' } },
    { name: '全年项目的人员数改为 3 人', base: 'seed', edits: ['budget.projects[2].indicators[0].value = "2450元"', 'budget.projects[1].indicators[2].value = "3人"'], expect: { table: 'project-performance', row: '410305230000000016550' } },
  ],
};
