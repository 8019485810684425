// Fixtures of ID-FN-BASIC-SPLIT.
import type { RuleFixtures } from '../fixtures/notation.ts';

export const fixtures: RuleFixtures = {
  pass: [
    { name: '种子示例：行政运行 148.64 = 134.10 + 14.54', base: 'seed' },
    { name: '生成的预算（多单位，含资本性支出）', base: 'synthetic:6' },
  ],
  fail: [
    { name: '行政运行的工资福利支出打错（134.10 → 143.10）', base: 'seed', edits: ['expenditure[2120101].basic.wages = 143.10'], expect: { table: 'expenditure', row: '2120101' } },
    { name: '一般公共预算支出表合计行的商品和服务支出打错', base: 'seed', edits: ['general-public-expenditure[total].basic.goods = 15.44'], expect: { table: 'general-public-expenditure', row: '合计' } },
  ],
};
