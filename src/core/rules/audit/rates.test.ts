// Rates recomputed from printed figures: the 万里街道 2023 narrative's own numbers (万元, 2 decimals).
import { describe, expect, it } from 'vitest';
import { checkGrowth, checkShare, percentRange, percentText } from './rates.ts';

const wan = (x: number) => ({ fen: Math.round(x * 1_000_000), step: 10_000 });
const pct = (text: string) => {
  const [i, d = ''] = text.split('.');
  return { scaled: Number(`${i}${d}`), decimals: d.length, text, start: 0, end: 0 };
};

describe('growth', () => {
  it('accepts (2.63 − 1.48) ÷ 1.48 = 77.70% (item 1)', () => {
    expect(checkGrowth(wan(1.48), wan(2.63), pct('77.70'), 'up')).toMatchObject({ ok: true, zeroBase: false });
  });

  it('rejects 314.82% for 11.67 → 45.41 and gives 289.12% (item 3)', () => {
    expect(checkGrowth(wan(11.67), wan(45.41), pct('314.82'), 'up')).toMatchObject({ ok: false, expected: '289.12' });
  });

  it('flags a rate from a zero base (items 2 and 17: 0 → 60.13, “增加100.00%”)', () => {
    expect(checkGrowth(wan(0), wan(60.13), pct('100.00'), 'up')).toMatchObject({ ok: false, zeroBase: true });
  });

  it('checks the direction word: 667.32 → 635.10 is 减少4.83%, not 增加', () => {
    expect(checkGrowth(wan(667.32), wan(635.10), pct('4.83'), 'down').ok).toBe(true);
    expect(checkGrowth(wan(667.32), wan(635.10), pct('4.83'), 'up')).toMatchObject({ ok: false, direction: 'down' });
  });

  it('allows the rounding of the printed figures (1096.67 → 1822.95 prints 66.23%, exactly 66.225…%)', () => {
    expect(checkGrowth(wan(1096.67), wan(1822.95), pct('66.23'), 'up').ok).toBe(true);
    expect(percentRange({ fen: 1, step: 0 }, { fen: 0, step: 0 }, 2)).toBeUndefined();
  });
});

describe('share', () => {
  it('191.02 of 2002.45 is 9.54% (涧西区 seed)', () => {
    expect(checkShare(wan(191.02), wan(2002.45), pct('9.54')).ok).toBe(true);
    expect(checkShare(wan(191.02), wan(2002.45), pct('9.45'))).toEqual({ ok: false, expected: '9.54' });
  });

  it('prints scaled percentages', () => {
    expect(percentText({ scaled: 28912, decimals: 2 })).toBe('289.12');
    expect(percentText({ scaled: 8, decimals: 2 })).toBe('0.08');
  });
});
