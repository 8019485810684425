// ID-FISCAL-INCOME-PARTS: in 财政拨款收支预算表 本年收入 = (一)+(二)+(三), 上年结转 likewise, and
// 收入合计 = 本年收入 + 上年结转; Shanghai's table, without a 本年收入 line, 收入总计 = 一 + 二 + 三 (+ 上年结转).
import { requireTable } from '../doc-access.ts';
import type { DocTable } from '../../model/document.ts';
import type { Fen } from '../../money/money.ts';
import { amountAt } from '../doc-access.ts';
import { checkSum, refCell, refsOf, requireRef } from '../identity-helpers.ts';
import type { Rule } from '../types.ts';

/** The three appropriations' references, and the carry-over lines' common start: made once, not per check. */
const PART_REFS = ['income:general-public-all', 'income:government-fund', 'income:state-capital'];
const CARRY_OVER_PARTS = 'income:carry-over:';

/**
 * The figures of the carry-over lines (references starting `income:carry-over:`), in table order:
 * values only, as the rule compares them — no cell or match made per line, as refCells would.
 */
function carryOverParts(table: DocTable): Fen[] {
  const { refs, table: t } = refsOf(table);
  const out: Fen[] = [];
  const end = refs.tableStart[t + 1] as number;
  for (let g = refs.tableStart[t] as number; g < end; g++) {
    if ((refs.refAt[g] as string).startsWith(CARRY_OVER_PARTS)) out.push(amountAt(table.rows[refs.rowAt[g] as number], refs.colAt[g] as number));
  }
  return out;
}

const HINT = '本年收入 = 一般公共预算拨款 + 政府性基金预算拨款 + 国有资本经营预算拨款（“其中：财政拨款”不另加），上年结转同样；核对各行。';

export const rule: Rule = {
  id: 'ID-FISCAL-INCOME-PARTS',
  category: 'identity',
  severity: 'error',
  statement: { zh: '财政拨款收支预算表中本年收入、上年结转应分别等于一般公共预算、政府性基金、国有资本经营预算拨款之和，收入合计应等于两者之和（不印本年收入行的上海表：收入总计等于三项拨款与上年结转之和）。', en: 'In the fiscal appropriation summary, income this year and carry-over each equal the sum of their three budgets, and total income equals both together (Shanghai, without a line for this year: total income equals the three appropriations + carry-over).' },
  tables: ['fiscal-summary'],
  target: 'document',
  tolerance: 1,
  check({ doc }, report) {
    const table = requireTable(doc, report, 'fiscal-summary');
    if (!table) return;
    const thisYear = refCell(table, 'income:fiscal-this-year');
    const parts = PART_REFS.map((ref) => refCell(table, ref));
    if (!thisYear) {
      // Shanghai's table prints no 本年收入 line: 收入总计 = 一、一般公共预算资金 + 二、政府性基金 + 三、
      // 国有资本经营预算 (+ 上年结转 when printed).
      const grand = refCell(table, 'income:fiscal-grand-total');
      if (!grand || parts.some((p) => !p)) return void requireRef(table, report, 'income:fiscal-this-year', '一、本年收入');
      const carried = refCell(table, 'income:fiscal-carry-over');
      checkSum(doc, report, grand, [...parts.map((p) => p?.value ?? 0), carried?.value ?? 0], '三项拨款与上年结转之和', 'the three appropriations + carry-over',
        '收入总计 = 一般公共预算 + 政府性基金 + 国有资本经营预算（+ 上年结转）；核对各行。');
      return;
    }
    if (parts.some((p) => !p)) return report.insufficient(`${table.title}中找不到本年收入的三项拨款`);
    checkSum(doc, report, thisYear, parts.map((p) => p?.value ?? 0), '三项拨款之和', 'the sum of the three appropriations', HINT);
    const carried = refCell(table, 'income:fiscal-carry-over');
    const carriedParts = carryOverParts(table);
    if (carried && carriedParts.length > 0) {
      checkSum(doc, report, carried, carriedParts, '上年结转三项拨款之和', 'the sum of the three carry-overs', HINT);
    }
    const grand = refCell(table, 'income:fiscal-grand-total');
    if (grand) checkSum(doc, report, grand, [thisYear.value, carried?.value ?? 0], '本年收入与上年结转之和', 'income this year + carry-over', HINT);
  },
};
