// PERF-COST-VS-AMOUNT: money cost indicators (成本指标 in 元 or 万元) agree with the project's
// 资金总额: no single total cost above the amount (error); point costs that add up to more than the
// amount (warning); capped costs that cover less than half the amount (info). Per-unit costs
// (每人每月, 元/人) are left to PERF-PER-PERSON-COST.
import type { Fen } from '../../money/money.ts';
import { FEN_PER, formatAmount } from '../../money/money.ts';
import { cellLocation, colIndex, requireTable } from '../doc-access.ts';
import { tableStep } from '../narrative-helpers.ts';
import type { Comparator, IndicatorValue, MoneyWord, QuickMoney } from '../indicator-value.ts';
import { moneyOf, indicatorValue, projectBlocks, quickMoney } from '../indicator-value.ts';
import type { Rule } from '../types.ts';

const PER_UNIT_NAME = /每人|每月|每年|每天|每日|每户|每次|每个|每平方米|人均|户均|单价|单位成本/;

function printedStep(v: IndicatorValue): Fen {
  if (v.kind !== 'quantity' || (v.unit !== '元' && v.unit !== '万元' && v.unit !== '亿元')) return 0;
  return stepOf(v.unit, v.number.frac.length);
}

/** The 分 of one unit of the last digit of a money figure printed with `decimals` decimals. */
function stepOf(unit: MoneyWord, decimals: number): Fen {
  const perUnit = unit === '亿元' ? 10_000 * FEN_PER['万元'] : FEN_PER[unit];
  return Math.max(1, Math.floor(perUnit / 10 ** decimals));
}

/** quickMoney's answer, reused for every indicator. */
const QUICK: QuickMoney = { fen: undefined, comparator: undefined, unit: '元', decimals: 0 };

const wan = (fen: Fen) => `${formatAmount(fen, { unit: '万元', decimals: 2 })}万元`;

export const rule: Rule = {
  id: 'PERF-COST-VS-AMOUNT',
  category: 'performance',
  severity: 'error',
  statement: {
    zh: '以元或万元表示的成本指标应与项目资金总额相符：单项成本不得超过资金总额；成本合计明显低于资金总额时提示。',
    en: 'Money cost indicators agree with the project amount: none exceeds it, and together they do not fall far below it.',
  },
  tables: ['project-performance'],
  target: 'document',
  check({ doc }, report) {
    const perf = requireTable(doc, report, 'project-performance');
    if (!perf) return;
    if (colIndex(perf, 'total') < 0) return report.insufficient('项目绩效目标表没有资金总额列');
    const tableHalf = tableStep(doc, perf) / 2;
    const costCol = colIndex(perf, 'cost.value');
    let any = false;
    for (const block of projectBlocks(perf)) {
      const amount = block.total ?? 0;
      let capped = 0;
      let point = 0;
      let pointTol = 0;
      let count = 0;
      let lastRow = block.row;
      let lastCol = costCol;
      const indicators = block.indicators;
      for (let k = 0; k < indicators.length; k++) {
        const ind = indicators[k] as (typeof indicators)[number];
        if (ind.kind !== 'cost') continue;
        // The usual value (≤8.80万元) read without its parse; any other parsed.
        let fen: Fen | undefined;
        let cmp: Comparator | undefined;
        let step: Fen;
        if (quickMoney(ind.value, QUICK)) {
          fen = QUICK.fen;
          if (fen === undefined || PER_UNIT_NAME.test(ind.name)) continue;
          cmp = QUICK.comparator;
          step = stepOf(QUICK.unit, QUICK.decimals);
        } else {
          const parsed = indicatorValue(ind, false);
          if (!parsed.ok) continue;
          fen = moneyOf(parsed.value);
          if (fen === undefined || parsed.value.kind !== 'quantity') continue;
          if (parsed.value.per.length > 0 || PER_UNIT_NAME.test(ind.name)) continue;
          cmp = parsed.value.comparator;
          step = printedStep(parsed.value);
        }
        any = true;
        count++;
        lastRow = ind.row;
        lastCol = ind.valueCol;
        const tol = step / 2 + tableHalf;
        report.checked();
        if (cmp !== '<' && fen - amount > tol) {
          report.fail({
            message: `项目“${block.name}”的成本指标“${ind.name} ${ind.value}”超过项目资金总额 ${wan(amount)}`,
            messageEn: `project “${block.name}”: cost indicator “${ind.name} ${ind.value}” exceeds the project amount ${wan(amount)}`,
            location: cellLocation(perf, ind.row, ind.valueCol),
            expected: amount,
            actual: fen,
            difference: fen - amount,
            hint: '成本指标不能超过项目资金总额；核对单位（元 / 万元）和数字。',
          });
        }
        if (cmp === '≤' || cmp === '<') capped += fen;
        else if (cmp === undefined || cmp === '=') {
          point += fen;
          pointTol += tol;
        }
      }
      if (count === 0) continue;
      report.checked();
      if (point - amount > pointTol) {
        report.fail({
          severity: 'warning',
          message: `项目“${block.name}”的各项成本合计 ${wan(point)}，超过项目资金总额 ${wan(amount)}`,
          messageEn: `project “${block.name}”: the point cost indicators add up to ${wan(point)}, above the amount ${wan(amount)}`,
          location: cellLocation(perf, lastRow, lastCol),
          expected: amount,
          actual: point,
          hint: '核对各成本指标的金额和单位，成本合计不应超过资金总额。',
        });
      } else if (amount > 0 && (capped + point) * 2 < amount) {
        report.fail({
          severity: 'info',
          message: `项目“${block.name}”的成本指标合计 ${wan(capped + point)}，不到项目资金总额 ${wan(amount)} 的一半`,
          messageEn: `project “${block.name}”: the cost indicators cover ${wan(capped + point)}, less than half of the amount ${wan(amount)}`,
          location: cellLocation(perf, block.row, costCol),
          expected: amount,
          actual: capped + point,
          hint: '成本指标宜覆盖项目的主要开支，使资金总额有所依据。',
        });
      }
    }
    if (!any) report.notApplicable('项目绩效目标表没有以元或万元表示的成本指标');
  },
};
