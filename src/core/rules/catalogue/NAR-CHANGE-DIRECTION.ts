// NAR-CHANGE-DIRECTION: the words that describe a change against last year agree with its sign —
// 增加 / 增长 for an increase, 减少 / 下降 for a decrease, 持平 / 保持一致 for no change. Within a
// clause (“增加 X 万元，增长 Y%”) the words agree with each other and with a zero or negative
// figure; when the Budget records last year's figure, they agree with this year − last year.
import { formatAmount, printsAsZero } from '../../money/money.ts';
import type { ChangeClause, Direction } from '../narrative-helpers.ts';
import {
  clauseKey, DIRECTION_ZH, directionOf, explanationClauses, lastYearFigure, requireNarrative,
  spotLocation, statedYears, thisYearFigure,
} from '../narrative-helpers.ts';
import type { Reporter, Rule, RuleContext } from '../types.ts';

function words(c: ChangeClause): string {
  return [c.amountWord, c.rateWord, c.flatWord].filter(Boolean).join('、');
}

/** Reports a clause whose wording does not fit its numbers (its location worked out only then). */
function failClause(report: Reporter, c: ChangeClause, message: string, messageEn: string, expected?: string): void {
  report.fail({ message, messageEn, location: spotLocation(c.spot, c.index), actual: words(c), ...(expected ? { expected } : {}), hint: '增加/增长 用于增加，减少/下降 用于减少，持平/保持一致 用于不变；按数字改正用词。' });
}

function checkClause(ctx: RuleContext, report: Reporter, c: ChangeClause): void {
  const heading = c.spot.section.heading;
  const amountDir = c.amountWord ? directionOf(c.amountWord) : undefined;
  const rateDir = c.rateWord ? directionOf(c.rateWord) : undefined;
  if (amountDir && rateDir) {
    report.checked();
    if (amountDir !== rateDir) {
      failClause(report, c, `${heading}同一处既写“${c.amountWord}”又写“${c.rateWord}”，方向相反`, `the clause says both ${c.amountWord} and ${c.rateWord}`);
      return;
    }
  }
  const stated: Direction | undefined = c.flatWord ? 'flat' : amountDir ?? rateDir;
  if (!stated) return;
  if (c.amount) {
    report.checked();
    if (c.amount.fen === 0 && stated !== 'flat') return failClause(report, c, `${heading}写“${c.amountWord} ${c.amount.text}${c.amount.unit}”：变动为零应写“持平”或“保持一致”`, 'a zero change is described as a rise or fall', '持平');
    if (c.amount.fen < 0) return failClause(report, c, `${heading}写“${c.amountWord} ${c.amount.text}${c.amount.unit}”：用词已表明方向，数字不应再带负号`, 'a negative figure after a direction word');
  }
  if (c.rate && !c.amount) {
    report.checked();
    if (c.rate.scaled === 0 && stated !== 'flat') return failClause(report, c, `${heading}写“${c.rateWord} ${c.rate.text}%”：变动为零应写“持平”`, 'a zero rate is described as a rise or fall', '持平');
    if (c.rate.scaled < 0) return failClause(report, c, `${heading}写“${c.rateWord} ${c.rate.text}%”：用词已表明方向，数字不应再带负号`, 'a negative rate after a direction word');
  }
  const years = statedYears(c, ctx.doc.meta.year);
  if (years.last && years.current) {
    report.checked();
    const d = years.current.fen - years.last.fen;
    const byText: Direction = d > 0 ? 'up' : d < 0 ? 'down' : 'flat';
    if (byText !== stated) {
      return failClause(report, c, 
        `${heading}写“${words(c)}”，但所写的上年 ${years.last.text}${years.last.unit}、本年 ${years.current.text}${years.current.unit}，实为${DIRECTION_ZH[byText]}`,
        `the narrative says ${stated}; the stated figures ${years.last.text} → ${years.current.text} are ${byText}`,
        DIRECTION_ZH[byText],
      );
    }
  }
  const { key } = clauseKey(c);
  const recorded = key ? lastYearFigure(ctx.budget?.lastYear, key) : undefined;
  const fig = key ? thisYearFigure(ctx.doc, key, ctx.budget) : undefined;
  if (!key || recorded === undefined || !fig) return;
  report.checked();
  const diff = fig.fen - recorded;
  const actual: Direction = diff > 0 ? 'up' : diff < 0 ? 'down' : 'flat';
  if (actual === stated) return;
  // A change too small to print at the table's precision (30 元 in 万元) is rightly 持平/保持一致.
  if (stated === 'flat' && printsAsZero(diff, { unit: fig.table.unit, decimals: fig.table.decimals })) return;
  const f = (fen: number) => `${formatAmount(fen, { unit: fig.table.unit, decimals: fig.table.decimals })}${fig.table.unit}`;
  failClause(report, c, 
    `${heading}写“${words(c)}”，但${fig.label}本年 ${f(fig.fen)}、上年 ${f(recorded)}，实为${DIRECTION_ZH[actual]}`,
    `the narrative says ${stated}; this year ${f(fig.fen)} against last year ${f(recorded)} is ${actual}`,
    DIRECTION_ZH[actual],
  );
}

export const rule: Rule = {
  id: 'NAR-CHANGE-DIRECTION',
  category: 'narrative',
  severity: 'error',
  statement: {
    zh: '情况说明中与上年比较的用词应与变动方向一致：增加/增长 对应增加，减少/下降 对应减少，持平/保持一致 对应不变（按表中精度打印为零的变动，如万元表中的几十元，也算不变）。',
    en: 'Words describing a change against last year agree with its sign: 增加/增长 up, 减少/下降 down, 持平/保持一致 unchanged (a change that prints as zero at the table’s precision, such as tens of 元 in a 万元 table, counts as unchanged).',
  },
  tables: [],
  target: 'document',
  check(ctx, report) {
    if (!requireNarrative(ctx.doc, report)) return;
    let clauses = 0;
    for (const c of explanationClauses(ctx.doc)) {
      clauses++;
      checkClause(ctx, report, c);
    }
    if (clauses === 0) report.notApplicable('情况说明没有与上年比较的表述');
  },
};
