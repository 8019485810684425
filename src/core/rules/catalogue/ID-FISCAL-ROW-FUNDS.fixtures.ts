// Fixtures of ID-FISCAL-ROW-FUNDS.
import type { RuleFixtures } from '../fixtures/notation.ts';

export const fixtures: RuleFixtures = {
  pass: [
    { name: '种子示例：只有一般公共预算', base: 'seed' },
    { name: '生成的预算：一般公共预算加政府性基金', base: 'synthetic:17' },
  ],
  fail: [
    { name: '城乡社区事务支出合计打错（1960.07 → 1960.70）', base: 'seed', edits: ["fiscal-summary['（十二）城乡社区事务支出'].right.fiscal = 1960.70"], expect: { table: 'fiscal-summary', row: '（十二）城乡社区事务支出' } },
    { name: '政府性基金支出填错了类', base: 'synthetic:17', edits: ["fiscal-summary['（十二）城乡社区事务支出'].right.government-fund = blank", "fiscal-summary['（十一）节能环保支出'].right.government-fund = 304.33"], expect: { table: 'fiscal-summary', row: '（十一）节能环保支出' } },
  ],
};
