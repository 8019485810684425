// NAR-GROWTH-RATE: a growth rate stated with its change (“增加 798.31 万元，增长 66.30%”) is
// recomputable: last year = this year − change, rate = change ÷ last year, rounded 四舍五入 (the
// printed figures' own rounding allowed for); no rate is stated from a zero base; and, when the
// Budget records last year's figure, the stated change and rate are the Budget's.
import type { Fen } from '../../money/money.ts';
import { formatGrowth } from '../../money/money.ts';
import type { ChangeClause } from '../narrative-helpers.ts';
import {
  asStated, clauseKey, directionOf, explanationClauses, lastYearFigure, percentScaled, ratioRange,
  requireNarrative, roundTo, spotLocation, statedYears, tableStep, thisYearFigure,
} from '../narrative-helpers.ts';
import type { Reporter, Rule, RuleContext } from '../types.ts';

/** The stated change, signed by its word (减少 X → −X). */
function signedChange(c: ChangeClause): Fen | undefined {
  if (!c.amount || !c.amountWord) return undefined;
  const dir = directionOf(c.amountWord);
  return dir === 'down' ? -c.amount.fen : c.amount.fen;
}

function signedRate(c: ChangeClause): number | undefined {
  if (!c.rate || !c.rateWord) return undefined;
  return directionOf(c.rateWord) === 'down' ? -c.rate.scaled : c.rate.scaled;
}

function checkClause(ctx: RuleContext, report: Reporter, c: ChangeClause): void {
  const { doc, budget } = ctx;
  const { key, nearest } = clauseKey(c);
  const fig = key ? thisYearFigure(doc, key, budget) : undefined;
  const change = signedChange(c);
  const rate = signedRate(c);
  // This year's figure: the table's, else the amount the text states for it.
  const thisYear = fig?.fen ?? nearest?.fen;
  const halfThis = fig ? tableStep(doc, fig.table) / 2 : (nearest?.step ?? 0) / 2;
  if (change !== undefined && rate !== undefined && c.rate && c.amount && thisYear !== undefined) {
    report.checked();
    const last = thisYear - change;
    const half = c.amount.step / 2;
    const range = ratioRange(change, last, half, half + halfThis, c.rate.decimals);
    if (last <= 0 || !range) {
      report.fail({
        message: `${c.spot.section.heading}写${c.amountWord} ${c.amount.text}${c.amount.unit}、${c.rateWord} ${c.rate.text}%，但由此推得上年数为 ${asStated(last, c.amount)}，上年为零（或负数）时不能计算增长率`,
        messageEn: `the stated change implies last year's figure ${asStated(last, c.amount)}; no growth rate exists from a zero base`,
        location: spotLocation(c.spot, c.index),
        actual: `${c.rate.text}%`,
        hint: '上年无此项支出时，写“新增 X 万元”，不写增长率。',
      });
    } else if (rate < range[0] || rate > range[1]) {
      const expected = formatGrowth(thisYear, last, c.rate.decimals) ?? '—';
      report.fail({
        message: `${c.spot.section.heading}写${c.amountWord} ${c.amount.text}${c.amount.unit}、${c.rateWord} ${c.rate.text}%；本年 ${asStated(thisYear, c.amount)}，上年应为 ${asStated(last, c.amount)}，增长率应为 ${expected}%`,
        messageEn: `stated change ${c.amount.text} ${c.amount.unit} and rate ${c.rate.text}%: with this year ${asStated(thisYear, c.amount)} the rate is ${expected}%`,
        location: spotLocation(c.spot, c.index),
        expected: `${expected}%`,
        actual: `${rate < 0 ? '-' : ''}${c.rate.text}%`,
        hint: '增长率 = (本年 − 上年) ÷ 上年 × 100%，保留两位小数四舍五入；按表中数字重算。',
      });
    }
  }
  if (change !== undefined && rate === undefined && c.amount && thisYear !== undefined && thisYear - change < 0) {
    report.checked();
    report.fail({
      message: `${c.spot.section.heading}写${c.amountWord} ${c.amount.text}${c.amount.unit}，本年为 ${asStated(thisYear, c.amount)}，由此推得上年数为负（${asStated(thisYear - change, c.amount)}），不可能`,
      messageEn: `the stated change implies a negative figure for last year (${asStated(thisYear - change, c.amount)})`,
      location: spotLocation(c.spot, c.index),
      actual: change,
      hint: '变动额 = 本年数 − 上年数；核对是否照抄了别处的变动额。',
    });
  }
  // A rate alone, with last year's and this year's figures stated before it in the sentence.
  if (!c.amount && c.rate && rate !== undefined) {
    const { last, current } = statedYears(c, doc.meta.year);
    if (last && current) {
      report.checked();
      const range = last.fen > 0 ? ratioRange(current.fen - last.fen, last.fen, (current.step + last.step) / 2, last.step / 2, c.rate.decimals) : undefined;
      if (!range) {
        report.fail({
          message: `${c.spot.section.heading}写${c.rateWord} ${c.rate.text}%，但上年数为 ${last.text}${last.unit}，上年为零时不能计算增长率`,
          messageEn: `a growth rate of ${c.rate.text}% is stated from a zero base`,
          location: spotLocation(c.spot, c.index),
          actual: `${c.rate.text}%`,
          hint: '上年为零时写“新增”，不写增长率（不写“增长100%”）。',
        });
      } else if (rate < range[0] || rate > range[1]) {
        const expected = formatGrowth(current.fen, last.fen, c.rate.decimals) ?? '—';
        report.fail({
          message: `${c.spot.section.heading}写${c.rateWord} ${c.rate.text}%；按所写的上年 ${last.text}${last.unit}、本年 ${current.text}${current.unit}，应为 ${expected}%`,
          messageEn: `stated rate ${c.rate.text}%; from the stated figures ${last.text} and ${current.text} it is ${expected}%`,
          location: spotLocation(c.spot, c.index),
          expected: `${expected}%`,
          actual: `${rate < 0 ? '-' : ''}${c.rate.text}%`,
          hint: '增长率 = (本年 − 上年) ÷ 上年 × 100%，保留两位小数四舍五入。',
        });
      }
    }
  }
  // Against the Budget's record of last year.
  const recorded = key ? lastYearFigure(budget?.lastYear, key) : undefined;
  if (!key || recorded === undefined || !fig) return;
  const actualChange = fig.fen - recorded;
  if (c.amount && change !== undefined) {
    report.checked();
    const expected = roundTo(Math.abs(actualChange), c.amount.step);
    if (expected !== c.amount.fen || (actualChange !== 0 && Math.sign(actualChange) !== Math.sign(change))) {
      report.fail({
        message: `${c.spot.section.heading}写${c.amountWord} ${c.amount.text}${c.amount.unit}，按预算数据（本年 ${asStated(fig.fen, c.amount)}，上年 ${asStated(recorded, c.amount)}）应为${actualChange >= 0 ? '增加' : '减少'} ${asStated(Math.abs(actualChange), c.amount)}`,
        messageEn: `stated change ${c.amount.text} ${c.amount.unit}; the budget gives ${asStated(actualChange, c.amount)}`,
        location: spotLocation(c.spot, c.index),
        expected: actualChange,
        actual: change,
        hint: '变动额 = 本年预算数 − 上年预算数。',
      });
    }
  }
  if (c.rate && rate !== undefined) {
    report.checked();
    // percentOf(formatGrowth(…)).scaled, without the text unless it is reported.
    const exp = percentScaled(fig.fen - recorded, recorded, c.rate.decimals);
    if (exp === null || exp !== rate) {
      const expected = formatGrowth(fig.fen, recorded, c.rate.decimals);
      report.fail({
        message: expected === null
          ? `${c.spot.section.heading}写${c.rateWord} ${c.rate.text}%，但预算数据中上年数为零，不能计算增长率`
          : `${c.spot.section.heading}写${c.rateWord} ${c.rate.text}%，按预算数据应为 ${expected}%`,
        messageEn: `stated rate ${c.rate.text}%; the budget gives ${expected ?? 'no rate (zero base)'}`,
        location: spotLocation(c.spot, c.index),
        ...(expected !== null ? { expected: `${expected}%` } : {}),
        actual: `${c.rate.text}%`,
        hint: '增长率 = (本年 − 上年) ÷ 上年 × 100%，保留两位小数四舍五入。',
      });
    }
  }
}

export const rule: Rule = {
  id: 'NAR-GROWTH-RATE',
  category: 'narrative',
  severity: 'error',
  statement: {
    zh: '情况说明中与上年相比的变动额和增长率应可由数字重算（上年数 = 本年数 − 变动额，增长率 = 变动额 ÷ 上年数），上年为零时不写增长率。',
    en: 'Changes and growth rates against last year in the narrative are recomputable (last = this − change, rate = change / last), with no rate from a zero base.',
  },
  tables: [],
  target: 'document',
  check(ctx, report) {
    if (!requireNarrative(ctx.doc, report)) return;
    let clauses = 0;
    // Every paragraph's clauses in order, found once per check for this rule and NAR-CHANGE-DIRECTION.
    for (const c of explanationClauses(ctx.doc)) {
      if (c.flatWord) continue;
      clauses++;
      checkClause(ctx, report, c);
    }
    if (clauses === 0) report.notApplicable('情况说明没有写出与上年相比的变动额或增长率');
  },
};
