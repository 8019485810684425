// Fixtures of ID-FISCAL-INCOME-PARTS.
import type { RuleFixtures } from '../fixtures/notation.ts';

export const fixtures: RuleFixtures = {
  pass: [
    { name: '种子示例：本年收入 2002.45 = 一般公共预算拨款 2002.45', base: 'seed' },
    { name: '生成的预算：一般公共预算加政府性基金', base: 'synthetic:17' },
    { name: '有上年结转的预算', base: 'seed', edits: ['budget.income[+] = {"source":"government-fund","amount":3000000,"carryOver":true}'] },
  ],
  fail: [
    { name: '本年收入打错（2002.45 → 2020.45）', base: 'seed', edits: ["fiscal-summary['一、本年收入'].left.amount = 2020.45"], expect: { table: 'fiscal-summary', row: '一、本年收入' } },
    { name: '上年结转合计填了数，下面三项拨款却是空白', base: 'synthetic:17', edits: ["fiscal-summary['二、上年结转'].left.amount = 3043.30"], expect: { table: 'fiscal-summary', row: '二、上年结转' } },
  ],
};
