// Fixtures of CLS-ECON-CODE-KNOWN.
import type { RuleFixtures } from '../fixtures/notation.ts';

export const fixtures: RuleFixtures = {
  pass: [
    { name: '种子示例：15 个部门经济分类款都在科目表中', base: 'seed' },
    { name: '生成的预算', base: 'synthetic:9' },
  ],
  fail: [
    { name: '基本支出表 30239 打成不存在的 30238', base: 'seed', edits: ['general-public-basic-expenditure[30239].econ.code = "30238"'], expect: { table: 'general-public-basic-expenditure', row: '30239', severity: 'warning' } },
    { name: '汇总表款段打错：302 93', base: 'seed', edits: ['economic-summary[30239].econ.section = "93"'], expect: { table: 'economic-summary', row: '30239' } },
  ],
};
