// Checking what a narrative section states against the tables: claims (a keyword, the figure it
// introduces and an optional share of another figure), parts that must add up to a stated whole,
// and the common shape of a section rule. Pure; findings are built only for disagreements.
import type { Document } from '../model/document.ts';
import type { Fen } from '../money/money.ts';
import { formatAmount, formatPercent, roundFen } from '../money/money.ts';
import type { Figure, FigureKey } from './narrative-figures.ts';
import { agrees, asStated, figure, shareInRange, tableStep } from './narrative-figures.ts';
import type { Found } from './narrative-numbers.ts';
import { shareAfter, statedAfter } from './narrative-numbers.ts';
import type { Spot } from './narrative-sections.ts';
import { requireNarrative, sectionSpots, spotLocation, topicSpots } from './narrative-sections.ts';
import type { Reporter } from './types.ts';

// ——— Claims: a keyword, the figure it states, and an optional share ———

export interface Claim {
  /** Words that introduce the figure ("基本支出", "人员经费"). */
  keyword: RegExp;
  /** What the figure is, in words. */
  label: string;
  key: FigureKey;
  /** The figure a share stated after the amount is of ("占 9.54%"). */
  shareOf?: FigureKey;
}

export interface ClaimResult {
  claim: Claim;
  found: Found;
  figure?: Figure;
}

/**
 * Checks each claim found in the spots against its table figure (and its share), reporting a
 * finding per disagreement. Returns what was found, for sums within the text.
 */
export function checkClaims(doc: Document, report: Reporter, spots: readonly Spot[], claims: readonly Claim[], hint: string): ClaimResult[] {
  const results: ClaimResult[] = [];
  for (const claim of claims) {
    const found = statedAfter(spots, claim.keyword);
    if (!found) continue;
    const fig = figure(doc, claim.key);
    results.push(fig ? { claim, found, figure: fig } : { claim, found });
    if (!fig) continue;
    report.checked();
    const step = tableStep(doc, fig.table);
    const s = found.amount;
    if (!agrees(s, fig.fen, step)) {
      report.fail({
        message: `${found.spot.section.heading}写${claim.label} ${s.text}${s.unit}，但${fig.table.title}的${fig.label}为 ${asStated(fig.fen, s)}`,
        messageEn: `the narrative states ${claim.label} as ${s.text} ${s.unit}, but ${fig.table.id} prints ${asStated(fig.fen, s)}`,
        location: spotLocation(found.spot, s.start),
        expected: fig.fen,
        actual: s.fen,
        difference: s.fen - fig.fen,
        hint,
      });
    }
    if (!claim.shareOf) continue;
    const share = shareAfter(found.spot.text, s.end);
    if (!share) continue;
    const whole = figure(doc, claim.shareOf);
    if (!whole) continue;
    report.checked();
    if (!shareInRange(share, fig.fen, whole.fen, tableStep(doc, fig.table) / 2, tableStep(doc, whole.table) / 2)) {
      const r = { expected: formatPercent(fig.fen, whole.fen, share.decimals) ?? '—' };
      report.fail({
        message: `${found.spot.section.heading}写${claim.label}占 ${share.text}%，按表中数字 ${formatAmount(fig.fen, { unit: fig.table.unit, decimals: fig.table.decimals })} ÷ ${formatAmount(whole.fen, { unit: whole.table.unit, decimals: whole.table.decimals })} 应为 ${r.expected}%`,
        messageEn: `the narrative states the share of ${claim.label} as ${share.text}%, the tables give ${r.expected}%`,
        location: spotLocation(found.spot, share.start),
        expected: `${r.expected}%`,
        actual: `${share.text}%`,
        hint: '占比 = 该项 ÷ 合计 × 100%，保留两位小数四舍五入；按表中数字重算后改正。',
      });
    }
  }
  return results;
}

/** Checks that stated parts add up to a stated whole (each part allows one unit of its last digit). */
export function checkStatedSum(report: Reporter, whole: Found | undefined, parts: readonly (Found | undefined)[], what: string, whatEn: string): void {
  const present = parts.filter((p): p is Found => p !== undefined);
  if (!whole || present.length < 2) return;
  report.checked();
  const sum = present.reduce((a, p) => a + p.amount.fen, 0);
  const tol = present.reduce((a, p) => a + p.amount.step, 0);
  if (Math.abs(sum - whole.amount.fen) <= tol) return;
  report.fail({
    message: `${whole.spot.section.heading}中${what}合计 ${asStated(sum, whole.amount)}，与所写的 ${whole.amount.text}${whole.amount.unit}不符`,
    messageEn: `the parts of ${whatEn} add up to ${asStated(sum, whole.amount)}, not the stated ${whole.amount.text} ${whole.amount.unit}`,
    location: spotLocation(whole.spot, whole.amount.start),
    expected: sum,
    actual: whole.amount.fen,
    difference: whole.amount.fen - sum,
    tolerance: tol,
    hint: '核对各分项与合计，改正打错的数字（允许每个分项末位一个单位的四舍五入误差）。',
  });
}

/**
 * The common shape of a section rule: requires the narrative and the section, checks the claims
 * found there, and reports not applicable when the section states none of them. Without a section
 * on the topic, a subsection whose heading line has the `subsection` words stands for it (Shanghai
 * writes “一、“三公”经费预算情况说明” inside its 其他相关情况说明).
 */
export function checkSection(
  doc: Document,
  report: Reporter,
  topic: (heading: string) => boolean,
  what: string,
  claims: readonly Claim[],
  hint: string,
  subsection?: RegExp,
): ClaimResult[] | undefined {
  if (!requireNarrative(doc, report)) return undefined;
  let spots = sectionSpots(doc, topic);
  if (spots.length === 0 && subsection !== undefined) spots = topicSpots(doc, subsection);
  if (spots.length === 0) {
    const lacks = report.templateLacksSection?.(topic, what);
    if (lacks !== undefined) report.notApplicable(lacks);
    else report.insufficient(`情况说明中没有${what}部分`);
    return undefined;
  }
  const results = checkClaims(doc, report, spots, claims, hint);
  if (results.length === 0) report.notApplicable(`${what}部分没有写出可核对的数字`);
  return results;
}

/** The result of a claim by its label, for sums within the text. */
export function foundOf(results: readonly ClaimResult[] | undefined, label: string): Found | undefined {
  return results?.find((r) => r.claim.label === label)?.found;
}

/** Rounds 分 to a printed step (四舍五入). */
export function roundTo(fen: Fen, step: Fen): Fen {
  return roundFen(fen, step);
}
