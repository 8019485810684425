// Fixtures of CLS-GOV-CODE-KNOWN.
import type { RuleFixtures } from '../fixtures/notation.ts';

export const fixtures: RuleFixtures = {
  pass: [
    { name: '种子示例：政府经济分类款都在科目表中', base: 'seed' },
    { name: '生成的预算（事业单位按 505 对应）', base: 'synthetic:10' },
  ],
  fail: [
    { name: '公务接待费对应到不存在的 50216', base: 'seed', edits: ['general-public-basic-expenditure[30217].gov.code = "50216"'], expect: { table: 'general-public-basic-expenditure', row: '30217', severity: 'warning' } },
  ],
};
