// Fixtures of PERF-VALUE-PARSES. The seed has three values that repeat their names.
import type { RuleFixtures } from '../fixtures/notation.ts';

const CORRECTED = [
  'budget.projects[0].indicators[8].value = "100%"',
  'budget.projects[5].indicators[4].value = "持续提高"',
  'budget.projects[5].indicators[5].value = "持续提高"',
];

export const fixtures: RuleFixtures = {
  pass: [
    { name: '种子示例改正三个照抄名称的指标值', base: 'seed', edits: CORRECTED },
    { name: '生成的预算', base: 'synthetic:3' },
  ],
  fail: [
    { name: '种子示例：“信息系统网络服务畅通”的指标值照抄名称', base: 'seed', expect: { table: 'project-performance', row: '410305230000000025533', severity: 'warning' } },
    { name: '指标值只有数字没有单位', base: 'seed', edits: [...CORRECTED, 'budget.projects[3].indicators[1].value = "≤310"'], expect: { table: 'project-performance', row: '410305230000000016549' } },
    { name: '指标值无法识别', base: 'seed', edits: [...CORRECTED, 'budget.projects[0].indicators[9].value = "见附件"'], expect: { table: 'project-performance', row: '410305230000000025533' } },
  ],
};
