// Money: integer 分 inside, parsing and printing of 元 and 万元, and the one place where rounding
// (四舍五入, half away from zero) happens. Shares and growth rates are printed as percentages.

/** An amount of money in 分 (1 元 = 100 分, 1 万元 = 1,000,000 分). Always a safe integer. */
export type Fen = number;

/** The units amounts are written in. */
export type MoneyUnit = '元' | '万元';

/** How many 分 one unit holds. */
export const FEN_PER: Record<MoneyUnit, number> = { 元: 100, 万元: 1_000_000 };

/** Decimal places needed to write one 分 in a unit: 2 for 元, 6 for 万元. */
const EXACT_DECIMALS: Record<MoneyUnit, number> = { 元: 2, 万元: 6 };

export class MoneyParseError extends Error {
  constructor(
    message: string,
    readonly input: string,
  ) {
    super(message);
    this.name = 'MoneyParseError';
  }
}

const DECIMAL = /^([+-])?(\d+)(?:\.(\d*))?$/;

/**
 * Parses a decimal amount written in `unit` into 分, exactly (no binary floats).
 * Accepts thousands separators (1,234.56 and full-width ，), surrounding spaces, a leading
 * ¥/￥ and a trailing unit word matching `unit`. Rejects more precision than one 分.
 */
export function parseAmount(input: string | number, unit: MoneyUnit = '万元'): Fen {
  const raw = typeof input === 'number' ? numberToDecimalString(input) : input;
  let text = raw.trim().replace(/[,，]/g, '').replace(/^[¥￥]/, '');
  if (text.endsWith(unit)) text = text.slice(0, -unit.length).trim();
  const m = DECIMAL.exec(text);
  if (!m) throw new MoneyParseError(`“${raw}” 不是金额（应为数字，如 1234.56）`, raw);
  const [, sign, whole = '', frac = ''] = m;
  const exact = EXACT_DECIMALS[unit];
  const significantFrac = frac.replace(/0+$/, '');
  if (significantFrac.length > exact) {
    throw new MoneyParseError(`“${raw}” 精确到分以下（${unit}最多 ${exact} 位小数）`, raw);
  }
  const digits = whole + frac.padEnd(exact, '0').slice(0, exact);
  const value = Number(digits.replace(/^0+(?=\d)/, ''));
  if (!Number.isSafeInteger(value)) {
    throw new MoneyParseError(`“${raw}” 超出可精确表示的金额范围`, raw);
  }
  return sign === '-' ? -value : value;
}

/** The shortest decimal text of a JS number (YAML/JSON numbers), refusing non-finite values. */
function numberToDecimalString(n: number): string {
  if (!Number.isFinite(n)) throw new MoneyParseError(`“${n}” 不是有限的金额`, String(n));
  const s = String(n);
  if (!/e/i.test(s)) return s;
  // Exponent form: expand without float arithmetic.
  const [mantissa = '', expText = '0'] = s.toLowerCase().split('e');
  const exp = Number(expText);
  const neg = mantissa.startsWith('-');
  const [intPart = '', fracPart = ''] = mantissa.replace('-', '').split('.');
  const all = intPart + fracPart;
  const point = intPart.length + exp;
  const body =
    point <= 0
      ? '0.' + '0'.repeat(-point) + all
      : point >= all.length
        ? all + '0'.repeat(point - all.length)
        : all.slice(0, point) + '.' + all.slice(point);
  return (neg ? '-' : '') + body;
}

/**
 * Rounds an amount of 分 to a multiple of `step` 分, half away from zero (四舍五入).
 * This is the one rounding function of yusuan; everything that rounds money calls it.
 */
export function roundFen(fen: Fen, step: number): Fen {
  if (step <= 1) return fen;
  const sign = fen < 0 ? -1 : 1;
  const abs = Math.abs(fen);
  const q = Math.floor(abs / step);
  const r = abs - q * step;
  return sign * (r * 2 >= step ? q + 1 : q) * step;
}

/** The 分 step of the last printed digit when printing `decimals` places in `unit`. */
export function stepFor(unit: MoneyUnit, decimals: number): number {
  return FEN_PER[unit] / 10 ** decimals;
}

export interface FormatOptions {
  unit?: MoneyUnit;
  decimals?: number;
  /** Group thousands with commas (1,234.56). Off by default: the Luoyang template prints none. */
  thousands?: boolean;
}

/** Prints 分 in a unit with fixed decimals, rounding 四舍五入: formatAmount(20024500000) → "2002.45". */
export function formatAmount(fen: Fen, opts: FormatOptions = {}): string {
  const unit = opts.unit ?? '万元';
  const decimals = opts.decimals ?? 2;
  const step = stepFor(unit, decimals);
  if (!Number.isInteger(step) || step < 1) {
    throw new RangeError(`${unit} 不能打印 ${decimals} 位小数（超过分的精度）`);
  }
  const rounded = roundFen(fen, step);
  const units = Math.abs(rounded) / step; // integer count of the last printed digit
  const text = String(units).padStart(decimals + 1, '0');
  let whole = decimals > 0 ? text.slice(0, -decimals) : text;
  const frac = decimals > 0 ? text.slice(-decimals) : '';
  if (opts.thousands) whole = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return (rounded < 0 ? '-' : '') + whole + (decimals > 0 ? '.' + frac : '');
}

/**
 * Whether an amount prints as zero at this unit and precision (a change of 30 元 in 万元 with two
 * decimals): such a change is worded as no change, since “增加0.00万元” contradicts itself.
 */
export function printsAsZero(fen: Fen, opts: FormatOptions = {}): boolean {
  return roundFen(Math.abs(fen), stepFor(opts.unit ?? '万元', opts.decimals ?? 2)) === 0;
}

/** Converts 分 to a plain JS number in a unit, for spreadsheets' numeric cells (not for arithmetic). */
export function toUnitNumber(fen: Fen, unit: MoneyUnit = '万元', decimals = 2): number {
  return Number(formatAmount(fen, { unit, decimals }));
}

/** Adds amounts, refusing to leave the safe-integer range. */
export function sumFen(values: Iterable<Fen>): Fen {
  let total = 0;
  for (const v of values) total += v;
  if (!Number.isSafeInteger(total)) throw new RangeError('金额合计超出可精确表示的范围');
  return total;
}

/**
 * A ratio printed as a percentage with `decimals` places, rounded 四舍五入, computed exactly
 * from integers: formatPercent(19102, 200245) → "9.54". Returns null when the base is zero.
 */
export function formatPercent(part: Fen, whole: Fen, decimals = 2): string | null {
  if (whole === 0) return null;
  // percentage × 10^decimals = part × 100 × 10^decimals / whole, rounded half away from zero.
  const scale = 100n * 10n ** BigInt(decimals);
  const num = BigInt(part) * scale;
  const den = BigInt(whole);
  const neg = num < 0n !== den < 0n && num !== 0n;
  const an = num < 0n ? -num : num;
  const ad = den < 0n ? -den : den;
  let q = an / ad;
  if ((an % ad) * 2n >= ad) q += 1n;
  const text = q.toString().padStart(decimals + 1, '0');
  const body = decimals > 0 ? `${text.slice(0, -decimals)}.${text.slice(-decimals)}` : text;
  return (neg ? '-' : '') + body;
}

/** Growth rate (this − last) / last as a percentage text; null from a zero base (no rate exists). */
export function formatGrowth(thisYear: Fen, lastYear: Fen, decimals = 2): string | null {
  return formatPercent(thisYear - lastYear, lastYear, decimals);
}
