// Changes against last year in words: 增加/增长 when up, 减少/下降 when down, 保持一致 when equal
// (or too small to print: 30 元 in 万元),
// no rate from a zero base (新增); the reason only as the Budget gives it, and a finding when a
// change that needs a reason has none. Pure.
import type { Fen } from '../money/money.ts';
import { formatAmount, formatGrowth, printsAsZero } from '../money/money.ts';
import type { WordingBlock } from '../templates/types.ts';
import type { NarrativeContext, ReasonKey } from './context.ts';
import { fillWith } from './context.ts';
import type { Figure, Fragment } from './fill.ts';
import { bare, changeAmount, EMPTY, percent, source } from './fill.ts';
import { dataMissing, reasonMissing } from './findings.ts';

export interface ChangeSubject {
  /** Key of the block's comparisons / reasons ("total", "generalPublic", "abroad" …). */
  key: string;
  thisYear: Figure;
  /** Last year's figure, undefined when the Budget does not record it. */
  last: Fen | undefined;
  /** Budget path of last year's figure ("lastYear.total"), for formulas and findings. */
  lastPath: string;
  /** What changed, in words (收支总计). */
  what: string;
  /** The explanation that gives the reason, when the figure has one. */
  reasonKey?: ReasonKey;
  /** Budget path reported once when last year is missing (default lastPath). */
  missingPath?: string;
}

export interface Compared {
  comparison: Fragment;
  reason: Fragment;
}

/** The change clause ({change}) for this − last. */
export function changeClause(ctx: NarrativeContext, thisYear: Figure, last: Fen, lastPath: string): Fragment {
  const w = ctx.spec.change;
  const diff = thisYear.value - last;
  if (printsAsZero(diff, ctx.format)) return fillWith(ctx, w.flat);
  const amountF = changeAmount(diff, `|${source(thisYear)} − ${lastPath}|`, ctx.format);
  if (last === 0 && diff > 0) return fillWith(ctx, w.fromZero, { amount: amountF });
  const growth = formatGrowth(thisYear.value, last, 2);
  if (growth === null) return fillWith(ctx, w.fromZero, { amount: amountF });
  const rate = percent(growth.replace(/^-/, ''), `|growth(${source(thisYear)}, ${lastPath})|`);
  return fillWith(ctx, diff > 0 ? w.up : w.down, { amount: amountF, rate });
}

/**
 * The comparison and reason fragments of a figure, as the block words them. Empty when the block
 * has no comparison for the key, or last year is not recorded (then a finding says so).
 */
export function compare(ctx: NarrativeContext, block: WordingBlock, heading: string, s: ChangeSubject): Compared {
  const wording = block.comparisons?.[s.key];
  if (!wording) return { comparison: EMPTY, reason: EMPTY };
  if (s.last === undefined) {
    const path = s.missingPath ?? s.lastPath;
    if (!ctx.reported.has(path)) {
      ctx.reported.add(path);
      ctx.pending.push((paragraph) => dataMissing(heading, paragraph, path, `上年${s.what}预算数`, 'last year’s figure', '与上年的比较没有写'));
    }
    return { comparison: EMPTY, reason: EMPTY };
  }
  const diff = s.thisYear.value - s.last;
  const clause = changeClause(ctx, s.thisYear, s.last, s.lastPath);
  const flat = printsAsZero(diff, ctx.format);
  const comparison = flat && wording.flat !== undefined ? fillWith(ctx, wording.flat) : fillWith(ctx, wording.text, { change: clause });
  if (flat) return { comparison, reason: EMPTY };
  const reasonPattern = block.reasons?.[s.key];
  const given = s.reasonKey ? ctx.budget.explanations?.[s.reasonKey] : undefined;
  if (reasonPattern && given !== undefined && bare(given) !== '') {
    return { comparison, reason: fillWith(ctx, reasonPattern, { reason: bare(given) }) };
  }
  const threshold = s.reasonKey ? ctx.thresholds[s.reasonKey] : null;
  if (reasonPattern && s.reasonKey && threshold !== null && Math.abs(diff) > threshold) {
    const key = s.reasonKey;
    const change = `${diff > 0 ? '增加' : '减少'} ${formatAmount(Math.abs(diff), { unit: ctx.format.unit, decimals: ctx.format.decimals })}${ctx.format.unit}`;
    const clauseText = comparison.text.replace(/^[，,。；;]/, '');
    ctx.pending.push((paragraph, text) => reasonMissing(heading, paragraph, text, clauseText, s.what, change, key));
  }
  return { comparison, reason: EMPTY };
}
