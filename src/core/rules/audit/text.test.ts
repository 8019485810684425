// Sentences, clauses and names of the audit rules' text reading.
import { describe, expect, it } from 'vitest';
import { clauseStart, foldName, sentenceAround, splitSentences } from './text.ts';

// Item 1 of 万里街道's 部门预算编制说明 (p. 6), as printed.
const ITEM1 = '1. “一般公共服务支出（类）统计信息事务（款）统计管理（项）”2.63万元，主要用于统计管理。2022年当年预算执行数为1.48万元，2023年预算安排2.63万元，比2022年预算执行数增加77.70 %。主要原因是：统计管理经费增加。';

describe('splitSentences', () => {
  it('splits at 。 and keeps each sentence with its end mark and offsets', () => {
    const s = splitSentences(ITEM1);
    expect(s.map((x) => x.text)).toEqual([
      '1. “一般公共服务支出（类）统计信息事务（款）统计管理（项）”2.63万元，主要用于统计管理。',
      '2022年当年预算执行数为1.48万元，2023年预算安排2.63万元，比2022年预算执行数增加77.70 %。',
      '主要原因是：统计管理经费增加。',
    ]);
    for (const x of s) expect(ITEM1.slice(x.start, x.end)).toBe(x.text);
  });

  it('drops empty pieces (a page break leaves “。” at the start of a line)', () => {
    expect(splitSentences('主要用于群众团体事务一般行政管理事务\n。2022年当年预算执行数为11.67万元。').map((x) => x.text))
      .toEqual(['主要用于群众团体事务一般行政管理事务\n。', '2022年当年预算执行数为11.67万元。']);
    expect(splitSentences('。')).toEqual([]);
  });

  it('finds the sentence around a position', () => {
    expect(sentenceAround(ITEM1, ITEM1.indexOf('77.70')).text).toMatch(/^2022年当年预算执行数为1\.48万元/);
  });
});

describe('clauses and names', () => {
  it('a clause starts after the last ，；：', () => {
    const t = '其中：财政拨款收入16497.86万元';
    expect(t.slice(clauseStart(t, t.indexOf('16497')))).toBe('财政拨款收入16497.86万元');
  });

  it('folds spaces, brackets, 其它 and full-width digits', () => {
    expect(foldName('维修（护）费 其它２')).toBe('维修(护)费其他2');
  });
});
