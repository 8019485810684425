// Fixtures of NAR-VEHICLES.
import type { RuleFixtures } from '../fixtures/notation.ts';

export const fixtures: RuleFixtures = {
  pass: [{ name: '种子示例：共有车辆 0 辆，各类均为 0', base: 'seed-published' }],
  fail: [
    { name: '各类车辆之和与总数不符', base: 'seed-published', edits: ['text 十、其他重要事项情况说明 #8 ~ "一般公务用车 0 辆" => "一般公务用车 2 辆"'], expect: { row: '其他重要事项' } },
    { name: '预算数据有 1 辆车，说明写 0 辆', base: 'seed-published', edits: ['budget.assets.vehicles.general = 1'], expect: { row: '其他重要事项' } },
  ],
};
