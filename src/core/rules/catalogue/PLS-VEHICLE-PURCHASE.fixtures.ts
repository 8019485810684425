// Fixtures of PLS-VEHICLE-PURCHASE.
import type { RuleFixtures } from '../fixtures/notation.ts';

const NONE = 'budget.assets.planned = {"vehicles": {"general": 0, "enforcement": 0, "special": 0, "other": 0}, "equipmentOver100": 0}';
const ONE = 'budget.assets.planned = {"vehicles": {"general": 1, "enforcement": 0, "special": 0, "other": 0}, "equipmentOver100": 0}';

export const fixtures: RuleFixtures = {
  pass: [
    { name: '不购置车辆，也没有购置费', base: 'seed', edits: [NONE] },
    { name: '购置 1 辆，安排了购置费', base: 'seed', edits: [ONE, 'budget.threePublic.vehiclePurchase = 18.00万元'] },
    { name: '种子示例没有写购置计划', base: 'seed', status: 'not-applicable' },
  ],
  fail: [
    { name: '不购置车辆，却安排了购置费', base: 'seed', edits: [NONE, 'budget.threePublic.vehiclePurchase = 18.00万元'], expect: { table: 'three-public' } },
    { name: '计划购置 1 辆，购置费为 0', base: 'seed', edits: [ONE], expect: { table: 'three-public' } },
  ],
};
