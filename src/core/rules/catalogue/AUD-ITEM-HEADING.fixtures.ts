// Fixtures of AUD-ITEM-HEADING: two numbered items in the Shanghai wording, the second copied from
// the first (its this-year amount, or its reason).
import type { RuleFixtures } from '../fixtures/notation.ts';

const section = (restated = '1798.34', reason = '其他城乡社区管理事务支出经费增加') =>
  `section explanation "十一、财政拨款支出主要内容" = ${JSON.stringify([
    '1.“城乡社区支出（类）城乡社区管理事务（款）行政运行（项）”161.73万元，主要用于行政运行。2022年当年预算执行数为150.00万元，2023年预算安排161.73万元，比2022年预算执行数增加7.82%。主要原因是：行政运行经费增加。',
    `2.“城乡社区支出（类）城乡社区管理事务（款）其他城乡社区管理事务支出（项）”1798.34万元，主要用于其他城乡社区管理事务支出。2022年当年预算执行数为1700.00万元，2023年预算安排${restated}万元，比2022年预算执行数增加5.78%。主要原因是：${reason}。`,
  ])}`;

export const fixtures: RuleFixtures = {
  pass: [{ name: '各项的本年数与标题一致，原因针对本项', base: 'seed-published', edits: [section()] }],
  fail: [
    { name: '第 2 项的本年数照抄第 1 项', base: 'seed-published', edits: [section('161.73'), 'at 十一、 = [7, 8]'], expect: { row: '十一', severity: 'error' } },
    { name: '第 2 项的原因照抄第 1 项（提示）', base: 'seed-published', edits: [section('1798.34', '行政运行经费增加')], expect: { row: '十一', severity: 'warning' } },
  ],
};
