// Fixtures of AUD-NARRATIVE-AMOUNT: a section the NAR-* rules do not read (Shanghai's 财政拨款支出主要
// 内容) added to the seed, stating 类 and 项 amounts and the “三公” total.
import type { RuleFixtures } from '../fixtures/notation.ts';

const section = (item: string, threePublic = '0.10') =>
  `section explanation "十一、财政拨款支出主要内容" = ${JSON.stringify([
    '1.“城乡社区支出”科目1960.07万元，主要用于社区治理。',
    `2.“城乡社区支出（类）城乡社区管理事务（款）行政运行（项）”${item}万元，主要用于行政运行。`,
    '3.“住房保障支出”科目13.66万元，主要用于住房公积金。',
    `2023年“三公”经费预算数为${threePublic}万元。`,
  ])}`;

export const fixtures: RuleFixtures = {
  pass: [
    { name: '类、项与“三公”经费的金额与表一致（类为其各项之和）', base: 'seed-published', edits: [section('161.73')] },
    { name: '种子示例：各数字都在 NAR-* 规则核对的部分（不适用）', base: 'seed-published', status: 'not-applicable' },
  ],
  fail: [
    { name: '项的金额写错（161.73 写成 161.37）', base: 'seed-published', edits: [section('161.37')], expect: { row: '十一', severity: 'error' } },
    { name: '“三公”经费写错', base: 'seed-published', edits: [section('161.73', '0.20')], expect: { row: '十一' } },
  ],
};
