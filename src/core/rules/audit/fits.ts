// Comparing an amount the narrative states with a table figure as printed: the figure rounded
// (四舍五入) to the statement's last digit, each known to ± half a step of its own printed digit, and
// the 元 / 万元 slip (× or ÷ 10000) that makes them agree. Pure; integer 分.
import type { Fen } from '../../money/money.ts';

/** A stated amount: its value and the step of its last printed digit (0 = exact). */
export interface Stated {
  fen: Fen;
  step: Fen;
}

/**
 * True when a stated amount is the figure as printed with the statement's digits: within half a
 * step of each for printed figures; for exact ones, the figure rounded (四舍五入) to the stated digit.
 * `factor` compares with the figure × factor (10000: 元 written as 万元; 1/10000 the other way).
 */
export function fits(a: Stated, f: Stated, factor = 1): boolean {
  if (factor >= 1) {
    const fen = f.fen * factor;
    const step = f.step * factor;
    if (step === 0) return roundTo(fen, a.step) === a.fen;
    return Math.abs(a.fen - fen) * 2 <= a.step + step;
  }
  const inv = Math.round(1 / factor);
  return Math.abs(a.fen * inv - f.fen) * 2 <= a.step * inv + f.step;
}

function roundTo(fen: Fen, step: Fen): Fen {
  if (step <= 1) return fen;
  const sign = fen < 0 ? -1 : 1;
  const abs = Math.abs(fen);
  const q = Math.floor(abs / step);
  return sign * ((abs - q * step) * 2 >= step ? q + 1 : q) * step;
}

/** The stated amount fits none of the figures as printed, but one of them × 10000 or ÷ 10000. */
export function unitFactorOf(a: Stated, figures: readonly Stated[]): 10000 | 0.0001 | undefined {
  if (fitsAny(a, figures, 1)) return undefined;
  for (const f of figures) if (f.fen !== 0 && fits(a, f, 10000)) return 10000;
  if (a.fen !== 0 && fitsAny(a, figures, 0.0001)) return 0.0001;
  return undefined;
}

/** True when the stated amount fits one of the figures (× factor). */
export function fitsAny(a: Stated, figures: readonly Stated[], factor: number): boolean {
  for (const f of figures) if (fits(a, f, factor)) return true;
  return false;
}
