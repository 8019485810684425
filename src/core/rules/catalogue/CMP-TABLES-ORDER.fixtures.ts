// Fixtures of CMP-TABLES-ORDER.
import type { RuleFixtures } from '../fixtures/notation.ts';

export const fixtures: RuleFixtures = {
  pass: [
    { name: '种子示例：按模板顺序', base: 'seed' },
    { name: '少一张表时其余仍按顺序', base: 'seed', edits: ['drop income'] },
  ],
  fail: [
    { name: '“三公”经费表被移到第二张', base: 'seed', edits: ['move three-public 2'], expect: { table: 'three-public' } },
    { name: '项目支出表排到最后', base: 'synthetic:20', edits: ['move project-expenditure 13'], expect: { table: 'project-expenditure' } },
  ],
};
