// Fixtures of ID-3P-TOTAL.
import type { RuleFixtures } from '../fixtures/notation.ts';

export const fixtures: RuleFixtures = {
  pass: [
    { name: '种子示例：0.10 = 公务接待费 0.10', base: 'seed' },
    { name: '三项都有的预算', base: 'seed', edits: ['budget.threePublic.abroad = 3万元', 'budget.threePublic.vehicleOperation = 1.2万元', 'budget.threePublic.vehiclePurchase = 18万元'] },
    { name: '生成的预算', base: 'synthetic:6' },
  ],
  fail: [
    { name: '合计打错（0.10 → 0.01）', base: 'seed', edits: ['three-public[total].total = 0.01'], expect: { table: 'three-public', row: '合计' } },
    { name: '公务用车运行费填了数，合计未跟着改', base: 'seed', edits: ['three-public[total].vehicle.operation = 1.20', 'three-public[total].vehicle = 1.20'], expect: { table: 'three-public', row: '合计' } },
  ],
};
