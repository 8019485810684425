// Fixtures of CLS-GOV-NAME.
import type { RuleFixtures } from '../fixtures/notation.ts';

export const fixtures: RuleFixtures = {
  pass: [
    { name: '种子示例：政府经济分类名称与科目表一致', base: 'seed' },
    { name: '生成的预算', base: 'synthetic:14' },
  ],
  fail: [
    { name: '50201 印为“办公费”（部门经济分类的名称）', base: 'seed', edits: ['general-public-basic-expenditure[30201].gov.name = "办公费"'], expect: { table: 'general-public-basic-expenditure', row: '30201', severity: 'warning' } },
  ],
};
