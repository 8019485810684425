// Fixtures of ID-ROW-BASIC-PROJECT.
import type { RuleFixtures } from '../fixtures/notation.ts';

export const fixtures: RuleFixtures = {
  pass: [
    { name: '种子示例：每行合计 = 基本 + 项目', base: 'seed' },
    { name: '生成的预算', base: 'synthetic:7' },
  ],
  fail: [
    { name: '行政运行合计打错', base: 'seed', edits: ['expenditure[2120101].total = 161.37'], expect: { table: 'expenditure', row: '2120101' } },
    { name: '一般公共预算支出表项目支出改动', base: 'seed', edits: ['general-public-expenditure[2120199].project = 1789.34'], expect: { table: 'general-public-expenditure', row: '2120199' } },
  ],
};
