// Fixtures of ID-3P-VEHICLE.
import type { RuleFixtures } from '../fixtures/notation.ts';

export const fixtures: RuleFixtures = {
  pass: [
    { name: '有公务用车购置和运行费的预算', base: 'seed', edits: ['budget.threePublic.vehicleOperation = 1.2万元', 'budget.threePublic.vehiclePurchase = 18万元'] },
    { name: '种子示例：无公务用车，小计与两项均为空', base: 'seed' },
    { name: '生成的预算', base: 'synthetic:2' },
  ],
  fail: [
    { name: '小计填了数而两项为空', base: 'seed', edits: ['three-public[total].vehicle = 2.00'], expect: { table: 'three-public', row: '合计' } },
    { name: '运行费打错（1.20 → 12.00），小计未跟着改', base: 'seed', edits: ['budget.threePublic.vehicleOperation = 1.2万元', 'three-public[total].vehicle.operation = 12.00'], expect: { table: 'three-public', row: '合计' } },
  ],
};
