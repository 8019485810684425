// Fixtures of PERF-RATE-PERCENT.
import type { RuleFixtures } from '../fixtures/notation.ts';

export const fixtures: RuleFixtures = {
  pass: [
    { name: '种子示例：各“率”指标均为不超过 100% 的百分比', base: 'seed' },
    { name: '生成的预算', base: 'synthetic:12' },
  ],
  fail: [
    { name: '资金使用合规率写成 100 个', base: 'seed', edits: ['budget.projects[0].indicators[5].value = "100个"'], expect: { table: 'project-performance', row: '410305230000000025533' } },
    { name: '资金拨付及时率超过 100%', base: 'seed', edits: ['budget.projects[3].indicators[3].value = "120%"'], expect: { table: 'project-performance', row: '410305230000000016549' } },
    { name: '部门整体：预算执行率写成定性词以外的文字', base: 'seed', edits: ['department-performance[\'预算执行率\'].c4 = "按时执行"'], expect: { table: 'department-performance', row: '预算执行率' } },
  ],
};
