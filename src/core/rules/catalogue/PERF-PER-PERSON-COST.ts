// PERF-PER-PERSON-COST: a per-person cost indicator (每人每月薪资 2845元) times the stated head count
// (人员数 2人) times the project's months (a “9月份” project is one month, a “2023年” project
// twelve) should come close to the project amount (within 10%). Checked only when all three can be
// read without guessing: one per-person rate, one head count, and a period from the project name.
import type { Fen } from '../../money/money.ts';
import { formatAmount } from '../../money/money.ts';
import { cellLocation, requireTable } from '../doc-access.ts';
import type { ProjectBlock } from '../indicator-value.ts';
import type { QuickMoney } from '../indicator-value.ts';
import { isWhole, moneyOf, indicatorValue, projectBlocks, quickMoney, scaled } from '../indicator-value.ts';
import type { Rule } from '../types.ts';

const PER_PERSON_MONTH = /每人每月|人均每月|每月每人|人均月|月人均/;
const PER_PERSON_YEAR = /每人每年|人均每年|每年每人|人均年|年人均/;
const HEADCOUNT = /人员数|人数|人员数量|在岗人员|聘用人员|派遣人员数|岗位人员/;
/** Tolerance: the amount may differ from rate × persons × months by this share (in %). */
const TOLERANCE_PERCENT = 10;

/** quickMoney's answer, reused for every indicator. */
const QUICK: QuickMoney = { fen: undefined, comparator: undefined, unit: '元', decimals: 0 };

interface Rate {
  fen: Fen;
  perMonth: boolean;
  row: number;
  col: number;
  text: string;
}

function rateOf(block: ProjectBlock): Rate[] {
  const out: Rate[] = [];
  for (const ind of block.indicators) {
    if (ind.kind !== 'cost') continue;
    // The usual value (≤8.80万元, no per-unit) read without its parse: only the name says per person.
    if (quickMoney(ind.value, QUICK)) {
      const fen = QUICK.fen;
      if (fen === undefined) continue;
      const month = PER_PERSON_MONTH.test(ind.name);
      if (month === PER_PERSON_YEAR.test(ind.name)) continue;
      out.push({ fen, perMonth: month, row: ind.row, col: ind.valueCol, text: `${ind.name} ${ind.value}` });
      continue;
    }
    const parsed = indicatorValue(ind, false);
    if (!parsed.ok || parsed.value.kind !== 'quantity') continue;
    const fen = moneyOf(parsed.value);
    if (fen === undefined) continue;
    const per = parsed.value.per;
    const month = PER_PERSON_MONTH.test(ind.name) || (per.includes('人') && per.includes('月'));
    const year = PER_PERSON_YEAR.test(ind.name) || (per.includes('人') && per.includes('年'));
    if (month === year) continue;
    out.push({ fen, perMonth: month, row: ind.row, col: ind.valueCol, text: `${ind.name} ${ind.value}` });
  }
  return out;
}

function headcount(block: ProjectBlock): number | undefined {
  const counts = new Set<number>();
  for (const ind of block.indicators) {
    if (ind.kind !== 'output' || !HEADCOUNT.test(ind.name)) continue;
    const parsed = indicatorValue(ind, false);
    if (!parsed.ok || parsed.value.kind !== 'quantity' || parsed.value.unit !== '人') continue;
    if (parsed.value.comparator !== undefined && parsed.value.comparator !== '=') return undefined;
    if (!isWhole(parsed.value.number)) return undefined;
    counts.add(scaled(parsed.value.number, 0));
  }
  return counts.size === 1 ? [...counts][0] : undefined;
}

/** Months a project covers, from its name: “9月份” 1, “7-9月” 3, “2023年”/“全年” 12. */
export function monthsOf(name: string): number | undefined {
  const span = /(\d{1,2})\s*[-—~～至到]\s*(\d{1,2})\s*月/.exec(name);
  if (span) {
    const a = Number(span[1]);
    const b = Number(span[2]);
    return b >= a && b <= 12 ? b - a + 1 : undefined;
  }
  if (/(?<!\d)(\d{1,2})\s*月份?/.test(name)) return 1;
  if (/\d{4}\s*年|全年|年度/.test(name)) return 12;
  return undefined;
}

const wan = (fen: Fen) => `${formatAmount(fen, { unit: '万元', decimals: 4 }).replace(/0{1,2}$/, '')}万元`;

export const rule: Rule = {
  id: 'PERF-PER-PERSON-COST',
  category: 'performance',
  severity: 'warning',
  statement: {
    zh: '按人按月（或按年）的成本指标乘以人员数和月数，应与项目资金总额大体相符（相差不超过 10%）。',
    en: 'A per-person cost indicator times the head count and the months covered comes within 10% of the project amount.',
  },
  tables: ['project-performance'],
  target: 'document',
  check({ doc }, report) {
    const perf = requireTable(doc, report, 'project-performance');
    if (!perf) return;
    for (const block of projectBlocks(perf)) {
      const rates = rateOf(block);
      if (rates.length !== 1 || block.total === undefined) continue;
      const rate = rates[0] as Rate;
      const persons = headcount(block);
      const months = rate.perMonth ? monthsOf(block.name) : 1;
      if (persons === undefined || months === undefined) continue;
      report.checked();
      const expected = rate.fen * persons * months;
      const diff = block.total - expected;
      if (Math.abs(diff) * 100 <= expected * TOLERANCE_PERCENT) continue;
      const period = rate.perMonth ? ` × ${months} 个月` : '';
      report.fail({
        message: `项目“${block.name}”：成本指标“${rate.text}” × ${persons} 人${period} = ${wan(expected)}，与资金总额 ${wan(block.total)} 相差 ${wan(Math.abs(diff))}（超过 ${TOLERANCE_PERCENT}%）`,
        messageEn: `project “${block.name}”: per-person cost × ${persons} persons${rate.perMonth ? ` × ${months} months` : ''} = ${wan(expected)}, but the amount is ${wan(block.total)}`,
        location: cellLocation(perf, rate.row, rate.col),
        expected,
        actual: block.total,
        difference: diff,
        hint: '核对人均成本、人员数和月数与资金总额是否一致；若资金只覆盖部分费用，应在指标中写明。',
      });
    }
  },
};
