// The hand-written fast paths of the rule helpers against the plain definitions they replace:
// percentScaled against formatPercent's text, toFen against its regular expression, ratioRange
// against the four formatted corners. Equality only, over edge cases and many pseudo-random values.
import { describe, expect, it } from 'vitest';
import { FEN_PER, formatPercent } from '../src/core/money/money.ts';
import { percentOf, percentScaled, ratioRange, toFen } from '../src/core/rules/narrative-helpers.ts';
import type { TextMoneyUnit } from '../src/core/rules/narrative-helpers.ts';

/** A small deterministic generator (mulberry32), so a failure repeats. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** formatPercent's text read back as percentOf reads it: the definition percentScaled stands for. */
function scaledByText(part: number, whole: number, decimals: number): number | null {
  const text = formatPercent(part, whole, decimals);
  return text === null ? null : (percentOf(text)?.scaled ?? null);
}

/** toFen as it was written: the regular expression and the digits joined as text. */
function toFenByPattern(number: string, unit: TextMoneyUnit): { fen: number; step: number } | undefined {
  const clean = number.replace(/[,，]/g, '');
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(clean);
  if (!m) return undefined;
  const decimals = (m[3] ?? '').length;
  const perUnit = unit === '亿元' ? 10_000 * FEN_PER['万元'] : FEN_PER[unit];
  const scale = 10 ** decimals;
  if (perUnit % scale !== 0) return undefined;
  const step = perUnit / scale;
  const fen = Number(`${m[2]}${m[3] ?? ''}`) * step;
  if (!Number.isSafeInteger(fen)) return undefined;
  return { fen: m[1] === '-' ? -fen : fen, step };
}

describe('percentScaled is formatPercent without the text', () => {
  it('on edge cases: zero base, zero part, signs, halves, large figures', () => {
    const cases: [number, number, number][] = [
      [0, 0, 2], [5, 0, 2], [0, 7, 2], [1, 3, 2], [2, 3, 2], [-1, 3, 2], [1, -3, 2], [-1, -3, 2],
      [1, 200_000, 2], [-1, 200_000, 2], [1, 8, 1], [1, 8, 0], [5, 10_000, 2], [-5, 10_000, 2],
      [19102, 200245, 2], [123_456_789_012, 987_654_321_098, 2], [9_007_199_254_740_991, 3, 2],
      [2 ** 52, 2 ** 52 - 1, 2], [45_035_996_273_705, 7, 2], [1, 2 ** 52 + 1, 4], [7, 11, 6],
    ];
    for (const [part, whole, decimals] of cases) {
      expect(Object.is(percentScaled(part, whole, decimals), scaledByText(part, whole, decimals)), `${part}/${whole} (${decimals})`).toBe(true);
    }
  });

  it('on 20,000 pseudo-random ratios of budget-sized figures', () => {
    const next = random(20231);
    for (let i = 0; i < 20_000; i++) {
      const magnitude = 10 ** Math.floor(next() * 13);
      const part = Math.round((next() * 2 - 0.5) * magnitude);
      const whole = Math.round((next() * 2 - 0.2) * 10 ** Math.floor(next() * 13));
      const decimals = Math.floor(next() * 4);
      expect(Object.is(percentScaled(part, whole, decimals), scaledByText(part, whole, decimals)), `${part}/${whole} (${decimals})`).toBe(true);
    }
  });
});

describe('ratioRange', () => {
  it('is the least and greatest of the four corners, each as formatPercent prints it', () => {
    const next = random(7);
    for (let i = 0; i < 5_000; i++) {
      const num = Math.round((next() - 0.3) * 1e9);
      const den = Math.round((next() - 0.1) * 1e9);
      const halfNum = Math.round(next() * 1e4);
      const halfDen = Math.round(next() * 1e4);
      const decimals = Math.floor(next() * 3);
      let expected: [number, number] | undefined;
      const values: number[] = [];
      for (const n of [num - halfNum, num + halfNum]) {
        for (const d of [den - halfDen, den + halfDen]) {
          if (d <= 0) expected = undefined;
          const v = d <= 0 ? null : scaledByText(n, d, decimals);
          if (v !== null) values.push(v);
        }
      }
      if (den - halfDen > 0 && den + halfDen > 0) expected = [Math.min(...values), Math.max(...values)];
      expect(ratioRange(num, den, halfNum, halfDen, decimals), `${num}/${den} ±${halfNum}/${halfDen}`).toEqual(expected);
    }
  });
});

describe('toFen reads numbers as its regular expression did', () => {
  it('on printed numbers, malformed ones and every unit', () => {
    const texts = [
      '0', '-0', '12', '12.3', '12.34', '12.345', '12.3456', '12.34567', '12.345678', '12.3456789', '1,234.56', '1，234.5',
      '-1,234', '1.', '.5', '-', '', '1.2.3', '１２', '12a', 'a12', '1e5', ' 12', '12 ', '9007199254740993', '99999999999.99',
      '00012.50', '-0.00', '1,,2', ',', '12,', '0.000001', '0.0000001',
    ];
    for (const text of texts) {
      for (const unit of ['元', '万元', '亿元'] as const) {
        expect(toFen(text, unit), `${text} ${unit}`).toEqual(toFenByPattern(text, unit));
      }
    }
  });

  it('on 10,000 pseudo-random numbers', () => {
    const next = random(99);
    const units = ['元', '万元', '亿元'] as const;
    for (let i = 0; i < 10_000; i++) {
      const whole = String(Math.floor(next() * 10 ** Math.floor(next() * 12)));
      const frac = next() < 0.7 ? `.${String(Math.floor(next() * 1e8)).slice(0, Math.floor(next() * 8) + 1)}` : '';
      const sign = next() < 0.1 ? '-' : '';
      const withCommas = next() < 0.2 ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, next() < 0.5 ? ',' : '，') : whole;
      const text = `${sign}${withCommas}${frac}`;
      const unit = units[Math.floor(next() * 3)] as TextMoneyUnit;
      expect(toFen(text, unit), `${text} ${unit}`).toEqual(toFenByPattern(text, unit));
    }
  });
});
