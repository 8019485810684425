// Fixtures of AUD-RATE-RECOMPUTE: shares in a section the NAR-* rules do not read, and a growth rate
// whose this-year figure is only in the item's heading (which NAR-GROWTH-RATE cannot pair).
import type { RuleFixtures } from '../fixtures/notation.ts';

const section = (share = '9.54', rate = '增加7.82%', last = '150.00') =>
  `section explanation "十一、其他说明" = ${JSON.stringify([
    `支出预算2002.45万元，其中：基本支出191.02万元，占${share}%；项目支出1811.43万元，占90.46%。`,
    `1.“城乡社区支出（类）城乡社区管理事务（款）行政运行（项）”161.73万元，主要用于行政运行。2022年预算执行数为${last}万元，比2022年预算执行数${rate}。`,
  ])}`;

export const fixtures: RuleFixtures = {
  pass: [{ name: '占比和增长率都可重算', base: 'seed-published', edits: [section()] }],
  fail: [
    { name: '占比算错', base: 'seed-published', edits: [section('9.45')], expect: { row: '十一' } },
    { name: '增长率算错（本年数取自该项标题）', base: 'seed-published', edits: [section('9.54', '增加5.00%')], expect: { row: '十一' } },
    { name: '增加写成减少', base: 'seed-published', edits: [section('9.54', '减少7.82%')], expect: { row: '十一' } },
    { name: '上年为零却写增长100%', base: 'seed-published', edits: [section('9.54', '增加100.00%', '0')], expect: { row: '十一' } },
  ],
};
