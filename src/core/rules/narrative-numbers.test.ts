import { describe, expect, it } from 'vitest';
import type { StatedAmount, TextMoneyUnit } from './narrative-numbers.ts';
import { amountsIn, fenOf, isAsciiDigit, NUMBER, percentOf, shareAfter, withoutCommas } from './narrative-numbers.ts';

/** The amounts as the global pattern's scan finds them (how amountsIn read them before). */
function byPattern(text: string): StatedAmount[] {
  const re = new RegExp(String.raw`${NUMBER}\s*(亿元|万元|元)`, 'g');
  const out: StatedAmount[] = [];
  for (const m of text.matchAll(re)) {
    const index = m.index ?? 0;
    const before = index > 0 ? text.charCodeAt(index - 1) : -1;
    if (isAsciiDigit(before) || before === 46) continue;
    const unit = m[2] as TextMoneyUnit;
    const clean = withoutCommas(m[1] ?? '');
    const conv = fenOf(clean, unit);
    if (!conv) continue;
    out.push({ fen: conv.fen, text: clean, unit, step: conv.step, start: index, end: index + m[0].length });
  }
  return out;
}

describe('amountsIn', () => {
  it('finds what the pattern finds, in texts of digits, separators, signs, spaces and units', () => {
    const alphabet = ['1', '2', '0', '9', '.', ',', '，', '-', ' ', '\u3000', '\t', '万', '亿', '元', '年', '增', '%'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let n = 0; n < 20000; n++) {
      let text = '';
      const length = 1 + Math.floor(next() * 24);
      for (let i = 0; i < length; i++) text += alphabet[Math.floor(next() * alphabet.length)];
      expect(amountsIn(text), text).toEqual(byPattern(text));
    }
  });

  it('reads the narrative’s usual amounts', () => {
    for (const text of ['收入总计1583.54万元，支出总计1,583.54 万元，减少91.52万元，下降5.46%。', '共有车辆0辆，单位价值50万元以上', '-3.5亿元与12，34元', '2023年12.5.3万元']) {
      expect(amountsIn(text)).toEqual(byPattern(text));
    }
  });
});

/** percentOf and shareAfter as they read text before (a pattern on the trimmed text; one on the rest of the text). */
function percentByPattern(text: string, start = 0, end = start + text.length) {
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text.trim());
  if (!m) return undefined;
  const decimals = (m[3] ?? '').length;
  const scaled = Number(`${m[2]}${m[3] ?? ''}`) * (m[1] === '-' ? -1 : 1);
  return { text: text.trim(), scaled, decimals, start, end };
}
function shareByPattern(text: string, from: number) {
  const m = /^\s*[，,]?\s*(?:占|所占比重为|比重为?)[^%\d，。；;]{0,12}?(-?\d+(?:\.\d+)?)\s*[%％]/.exec(text.slice(from));
  if (!m) return undefined;
  const numStart = from + m[0].indexOf(m[1] ?? '');
  return percentByPattern(m[1] ?? '', numStart, from + m[0].length);
}

describe('percentOf and shareAfter', () => {
  it('read what the patterns read', () => {
    const alphabet = ['1', '0', '9', '.', '-', ' ', '，', ',', '占', '比', '重', '为', '%', '％', '的', '。', 'x'];
    let seed = 11;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let n = 0; n < 20000; n++) {
      let text = '';
      const length = Math.floor(next() * 16);
      for (let i = 0; i < length; i++) text += alphabet[Math.floor(next() * alphabet.length)];
      expect(percentOf(text, 3), text).toEqual(percentByPattern(text, 3));
      const from = Math.floor(next() * 6) - 1;
      expect(shareAfter(text, from), `${from} ${text}`).toEqual(shareByPattern(text, from));
    }
    for (const t of ['12345678901234567.25', '-0', '-0.00', ' 9.54 ', '007.10']) expect(Object.is(percentOf(t)?.scaled, percentByPattern(t)?.scaled), t).toBe(true);
  });
});
