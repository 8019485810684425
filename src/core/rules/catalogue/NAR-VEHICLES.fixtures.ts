// Fixtures of NAR-VEHICLES.
import type { RuleFixtures } from '../fixtures/notation.ts';

/** The seed's assets paragraph with the cars planned for purchase written before it (as Shanghai writes them). */
const PLANNED = (kinds: string): string => `text 十、其他重要事项情况说明 #8 ~ "2022 年期末" => "2023 年部门预算安排购置车辆 1 辆，其中：${kinds}。2022 年期末"`;

export const fixtures: RuleFixtures = {
  pass: [
    { name: '种子示例：共有车辆 0 辆，各类均为 0', base: 'seed-published' },
    { name: '本年安排购置车辆 1 辆，其中一般公务用车 1 辆', base: 'seed-published', edits: [PLANNED('一般公务用车 1 辆')] },
  ],
  fail: [
    { name: '各类车辆之和与总数不符', base: 'seed-published', edits: ['text 十、其他重要事项情况说明 #8 ~ "一般公务用车 0 辆" => "一般公务用车 2 辆"'], expect: { row: '其他重要事项' } },
    { name: '本年安排购置车辆 1 辆，各类写成 2 辆', base: 'seed-published', edits: [PLANNED('一般公务用车 2 辆')], expect: { row: '其他重要事项' } },
    { name: '预算数据有 1 辆车，说明写 0 辆', base: 'seed-published', edits: ['budget.assets.vehicles.general = 1'], expect: { row: '其他重要事项' } },
  ],
};
