// Fixtures of ID-FN-PROJECT-SPLIT.
import type { RuleFixtures } from '../fixtures/notation.ts';

export const fixtures: RuleFixtures = {
  pass: [
    { name: '种子示例：行政运行 13.09 = 5.60 + 7.49', base: 'seed' },
    { name: '生成的预算（多单位）', base: 'synthetic:8' },
  ],
  fail: [
    { name: '特定目标类打错（7.49 → 7.94）', base: 'seed', edits: ['general-public-expenditure[2120101].project.specific-target = 7.94'], expect: { table: 'general-public-expenditure', row: '2120101' } },
    { name: '合计行其他运转类漏填', base: 'seed', edits: ['expenditure[total].project.other-operation = blank'], expect: { table: 'expenditure', row: '合计' } },
  ],
};
