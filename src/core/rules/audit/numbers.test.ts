// Amounts and percentages as the published narratives print them (万里街道 2023, 上海市财政局 2025).
import { describe, expect, it } from 'vitest';
import { amountsOf, inUnitOf, percentsOf } from './numbers.ts';

describe('amountsOf', () => {
  it('reads 万元 with two decimals into 分 with the step of the last digit', () => {
    const [a] = amountsOf('收入预算16497.86万元');
    expect(a).toMatchObject({ fen: 16_497_860_000, step: 10_000, text: '16497.86', unit: '万元' });
  });

  it('reads thousands separators and whole 万元 (上海市财政局: 17,192万元)', () => {
    expect(amountsOf('收入预算17,192万元')[0]).toMatchObject({ fen: 17_192_000_000, step: 1_000_000, text: '17192' });
  });

  it('reads 0万元 and a bare “为0”', () => {
    const t = '事业收入0万元；政府性基金拨款支出预算为0；国有资本经营预算拨款支出预算为0。';
    expect(amountsOf(t).map((a) => [a.fen, a.unit])).toEqual([[0, '万元'], [0, ''], [0, '']]);
  });

  it('reads 元 and skips the tail of a code', () => {
    expect(amountsOf('共计 164978640 元').map((a) => a.fen)).toEqual([16_497_864_000]);
    expect(amountsOf('W-07元')).toEqual([]);
  });

  it('prints a figure in a statement’s unit and digits, 四舍五入', () => {
    expect(inUnitOf(220_627_200, { unit: '万元', step: 10_000 })).toBe('220.63万元');
    expect(inUnitOf(12_788_684_900, { unit: '万元', step: 1_000_000 })).toBe('12789万元');
  });
});

describe('percentsOf', () => {
  it('reads a growth rate with its direction word, a space before % allowed (77.70 %)', () => {
    const [p] = percentsOf('比2022年预算执行数增加77.70 %');
    expect(p).toMatchObject({ kind: 'growth', direction: 'up', scaled: 7770, decimals: 2, word: '增加' });
  });

  it('reads 减少 as down and 占 as a share', () => {
    expect(percentsOf('比2022年预算执行数减少4.83%')[0]).toMatchObject({ direction: 'down', scaled: 483 });
    expect(percentsOf('基本支出191.02万元，占9.54%')[0]).toMatchObject({ kind: 'share', word: '占', scaled: 954 });
  });

  it('leaves a percentage without a direction or share word as other', () => {
    expect(percentsOf('满意度≥95%')[0]?.kind).toBe('other');
  });
});
