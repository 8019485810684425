// The bookkeeper's typo locator: when a total disagrees with the sum of its parts, the figure that
// was mistyped is often the one whose printed digits, with the difference put back, differ from
// the printed ones by two adjacent digits swapped or one digit changed. If exactly one printed
// figure explains the difference that way, a rule can point at it instead of only at the total.
import type { Fen } from '../money/money.ts';

/** Whether `typed` is `intended` with two adjacent digits swapped or one digit changed. */
export function isTypoOf(intended: string, typed: string): boolean {
  if (intended === typed || intended.length !== typed.length) return false;
  const diff: number[] = [];
  for (let i = 0; i < intended.length; i++) if (intended[i] !== typed[i]) diff.push(i);
  if (diff.some((i) => !/\d/.test(intended[i] ?? '') || !/\d/.test(typed[i] ?? ''))) return false;
  if (diff.length === 1) return true;
  const [a, b] = diff as [number, number];
  return diff.length === 2 && b === a + 1 && intended[a] === typed[b] && intended[b] === typed[a];
}

export interface Suspect {
  /** Index into the candidates. */
  index: number;
  /** What the figure would be if it were right. */
  intended: Fen;
}

/**
 * Among candidate figures (parts, and the total itself), those that a single typo explains: a part
 * p is suspect when p + (total − Σparts) printed is a typo-neighbour of p printed; the total t is
 * suspect when Σparts printed is a typo-neighbour of t printed. Returns the suspects, or none when
 * the explanation is not unique (then nobody can say which figure is wrong).
 */
export function typoSuspects(parts: readonly Fen[], total: Fen, print: (v: Fen) => string): { parts: Suspect[]; total: boolean } {
  const sumParts = parts.reduce((a, b) => a + b, 0);
  const gap = total - sumParts;
  if (gap === 0) return { parts: [], total: false };
  const suspects: Suspect[] = [];
  parts.forEach((p, index) => {
    if (isTypoOf(print(p + gap), print(p))) suspects.push({ index, intended: p + gap });
  });
  const totalSuspect = isTypoOf(print(sumParts), print(total));
  if (suspects.length + (totalSuspect ? 1 : 0) !== 1) return { parts: [], total: false };
  return { parts: suspects, total: totalSuspect };
}
