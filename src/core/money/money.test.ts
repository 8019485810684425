import { describe, expect, it } from 'vitest';
import { formatAmount, formatGrowth, formatPercent, parseAmount, roundFen } from './money.ts';

describe('money', () => {
  it('parses 万元 and 元 exactly into 分', () => {
    expect(parseAmount('2002.45')).toBe(2_002_450_000);
    expect(parseAmount('0.10', '万元')).toBe(100_000);
    expect(parseAmount('1,234.56', '元')).toBe(123_456);
    expect(parseAmount(13.35)).toBe(13_350_000);
    expect(parseAmount('19000元', '元')).toBe(1_900_000);
    expect(parseAmount(1e21 / 1e21)).toBe(1_000_000);
  });
  it('rejects text, sub-分 precision and unsafe sizes', () => {
    expect(() => parseAmount('abc')).toThrow(/不是金额/);
    expect(() => parseAmount('1.005', '元')).toThrow(/分以下/);
    expect(() => parseAmount('99999999999999999999')).toThrow(/范围/);
  });
  it('rounds half away from zero (四舍五入) in one place', () => {
    expect(roundFen(15, 10)).toBe(20);
    expect(roundFen(14, 10)).toBe(10);
    expect(roundFen(-15, 10)).toBe(-20);
    expect(formatAmount(1_234_5000)).toBe('12.35'); // 12.345万元 → 12.35
    expect(formatAmount(123_456, { unit: '元', thousands: true })).toBe('1,234.56');
    expect(formatAmount(0)).toBe('0.00');
  });
  it('computes the seed’s shares and growth rates', () => {
    // 基本支出 191.02 / 2002.45 = 9.54%; 项目 1811.43 / 2002.45 = 90.46%; growth 798.31 / 1204.14 = 66.30%
    expect(formatPercent(19_102, 200_245)).toBe('9.54');
    expect(formatPercent(181_143, 200_245)).toBe('90.46');
    expect(formatGrowth(200_245, 120_414)).toBe('66.30');
    expect(formatPercent(17_648, 19_102)).toBe('92.39');
    expect(formatPercent(1_454, 19_102)).toBe('7.61');
    expect(formatGrowth(10, 0)).toBeNull();
  });
});
