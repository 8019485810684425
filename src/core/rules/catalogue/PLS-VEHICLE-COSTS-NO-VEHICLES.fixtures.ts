// Fixtures of PLS-VEHICLE-COSTS-NO-VEHICLES.
import type { RuleFixtures } from '../fixtures/notation.ts';

export const fixtures: RuleFixtures = {
  pass: [
    { name: '种子示例：0 辆车，也没有公务用车运行费', base: 'seed' },
    { name: '生成的预算', base: 'synthetic:13' },
    { name: '有车辆时安排运行费', base: 'seed', edits: ['budget.threePublic.vehicleOperation = 1.20万元', 'budget.assets.vehicles.general = 1'] },
  ],
  fail: [
    { name: '0 辆车却安排了公务用车运行费', base: 'seed', edits: ['budget.threePublic.vehicleOperation = 1.20万元'], expect: { table: 'three-public', severity: 'warning' } },
    { name: '已公开文件：说明写 0 辆车，“三公”表有运行费', base: 'seed-published', edits: ['three-public[total].vehicle.operation = 1.20'], expect: { table: 'three-public' } },
  ],
};
