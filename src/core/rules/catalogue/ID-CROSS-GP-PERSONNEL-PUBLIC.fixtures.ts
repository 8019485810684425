// Fixtures of ID-CROSS-GP-PERSONNEL-PUBLIC.
import type { RuleFixtures } from '../fixtures/notation.ts';

export const fixtures: RuleFixtures = {
  pass: [
    { name: '种子示例：人员经费 176.48，公用经费 14.54', base: 'seed' },
    { name: '生成的预算（含对个人和家庭的补助、资本性支出）', base: 'synthetic:6' },
  ],
  fail: [
    { name: '基本支出表公用经费合计打错（14.54 → 14.45）', base: 'seed', edits: ['general-public-basic-expenditure[total].basic.public = 14.45'], expect: { table: 'general-public-basic-expenditure', row: '合计' } },
    { name: '一般公共预算支出表工资福利支出合计打错（176.48 → 167.48）', base: 'seed', edits: ['general-public-expenditure[total].basic.wages = 167.48'], expect: { table: 'general-public-basic-expenditure', row: '合计' } },
  ],
};
