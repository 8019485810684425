// Recomputing a stated percentage from the figures it rests on, allowing for their printed
// rounding: a growth rate (this − last) ÷ last, a share part ÷ whole, each figure known only to
// ± half a unit of its last printed digit. Exact integer arithmetic (money.ts formatPercent). Pure.
import type { Fen } from '../../money/money.ts';
import { formatPercent } from '../../money/money.ts';
import type { Direction, Percent } from './numbers.ts';

/** A figure known to ± half: an amount printed with a step of `step` 分 (0 = exact). */
export interface Known {
  fen: Fen;
  step: Fen;
}

const SIGNED_NUMBER = /^(-?)(\d+)(?:\.(\d+))?$/;

function scaled(text: string | null): number | undefined {
  if (text === null) return undefined;
  const m = SIGNED_NUMBER.exec(text);
  if (!m) return undefined;
  return Number(`${m[2]}${m[3] ?? ''}`) * (m[1] === '-' ? -1 : 1);
}

/**
 * The range of percentages (× 10^decimals) that num ÷ den prints as when each is known only to
 * ± half its step; undefined when the denominator can be zero or negative.
 */
export function percentRange(num: Known, den: Known, decimals: number): [number, number] | undefined {
  const values: number[] = [];
  for (const n of [num.fen * 2 - num.step, num.fen * 2 + num.step]) {
    for (const d of [den.fen * 2 - den.step, den.fen * 2 + den.step]) {
      if (d <= 0) return undefined;
      const v = scaled(formatPercent(n, d, decimals));
      if (v !== undefined) values.push(v);
    }
  }
  return values.length ? [Math.min(...values), Math.max(...values)] : undefined;
}

export interface RateCheck {
  ok: boolean;
  /** The percentage the figures give, as printed with the stated decimals, or null from a zero base. */
  expected: string | null;
  /** Last year's figure is zero (or negative): no growth rate exists. */
  zeroBase: boolean;
  /** The direction the figures show. */
  direction: Direction;
}

/** Whether a stated growth rate and its direction word fit last year's and this year's figures. */
export function checkGrowth(last: Known, current: Known, stated: Percent, word: Direction): RateCheck {
  const diff = current.fen - last.fen;
  const direction: Direction = diff > 0 ? 'up' : diff < 0 ? 'down' : 'flat';
  if (last.fen <= 0) return { ok: false, expected: null, zeroBase: true, direction };
  const signed = word === 'down' ? -stated.scaled : stated.scaled;
  const range = percentRange({ fen: diff, step: current.step + last.step }, last, stated.decimals);
  const expected = formatPercent(Math.abs(diff), last.fen, stated.decimals);
  if (!range) return { ok: false, expected, zeroBase: true, direction };
  // A direction word that disagrees with the figures gives a signed rate outside the range.
  return { ok: signed >= range[0] && signed <= range[1], expected, zeroBase: false, direction };
}

/** Whether a stated share fits part ÷ whole. */
export function checkShare(part: Known, whole: Known, stated: Percent): { ok: boolean; expected: string | null } {
  const expected = whole.fen > 0 ? formatPercent(part.fen, whole.fen, stated.decimals) : null;
  const range = percentRange(part, whole, stated.decimals);
  if (!range) return { ok: false, expected };
  return { ok: stated.scaled >= range[0] && stated.scaled <= range[1], expected };
}

/** Prints a scaled percentage (× 10^decimals) as text: 28912, 2 → “289.12”. */
export function percentText(p: Pick<Percent, 'scaled' | 'decimals'>): string {
  const t = String(Math.abs(p.scaled)).padStart(p.decimals + 1, '0');
  const body = p.decimals > 0 ? `${t.slice(0, -p.decimals)}.${t.slice(-p.decimals)}` : t;
  return p.scaled < 0 ? `-${body}` : body;
}
