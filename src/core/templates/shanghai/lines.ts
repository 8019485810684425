// Shanghai template: the printed lines of the two-sided tables (财务收支预算总表, 财政拨款收支预算
// 总表). The left side is fixed; the right side lists the 类 that have figures, numbered 一、二 …
// in code order (classLines), then the footer. Labels as printed: the unit template's as in the
// municipal 2025 PDF (上海市财政局), the department template's as in 普陀区's 2026 Excel template.
import type { LineSpec } from '../types.ts';

export interface SummaryLines {
  left: LineSpec[];
  right: LineSpec[];
  classLines: LineSpec;
  footer: [LineSpec, LineSpec][];
}

/**
 * Carry-over lines: Shanghai's template has none; they are printed only when a budget has such
 * figures, so that 收入总计 = 支出总计 still reads off the table.
 */
const CARRY_LEFT: LineSpec = { label: '上年结转结余', ref: 'income:carry-over', when: 'nonzero' };
const CARRY_RIGHT: LineSpec = { label: '年终结转结余', ref: 'closing-balance', when: 'nonzero' };

/**
 * 财务收支预算总表. 其他收入 in Shanghai is every source other than 财政拨款, 事业收入 and 事业单位
 * 经营收入 (名词解释（四）), hence `income:other-all`, not Luoyang's `income:other`.
 * Right side: the 类 lines, then 年终结转结余 when there is one. The 类 refs are prefixes: the view
 * appends each column's measure (refs.ts).
 */
function summaryLines(labels: { gp: string; gf: string; sc: string }): SummaryLines {
  return {
    left: [
      { label: '一、财政拨款收入', ref: 'income:fiscal-this-year' },
      { label: labels.gp, ref: 'income:general-public-all' },
      { label: labels.gf, ref: 'income:government-fund' },
      { label: labels.sc, ref: 'income:state-capital' },
      { label: '二、事业收入', ref: 'income:business' },
      { label: '三、事业单位经营收入', ref: 'income:operating' },
      { label: '四、其他收入', ref: 'income:other-all' },
      CARRY_LEFT,
    ],
    right: [CARRY_RIGHT],
    classLines: { label: '{n}、{name}', ref: 'exp:all:fn:{code}' },
    footer: [
      [{ label: '收入总计', ref: 'income:grand-total' }, { label: '支出总计', ref: 'exp:grand-total' }],
    ],
  };
}

export const SUMMARY_UNIT = summaryLines({ gp: '1、一般公共预算资金', gf: '2、政府性基金', sc: '3、国有资本经营预算' });
export const SUMMARY_DEPT = summaryLines({ gp: '1. 一般公共预算', gf: '2. 政府性基金预算', sc: '3. 国有资本经营预算' });
/** 财政拨款收支预算总表: the right refs are prefixes; the view appends each column's fund scope. */
function fiscalLines(labels: { gp: string; gf: string; sc: string }): SummaryLines {
  return {
    left: [
      { label: labels.gp, ref: 'income:general-public-all' },
      { label: labels.gf, ref: 'income:government-fund' },
      { label: labels.sc, ref: 'income:state-capital' },
      { label: '上年结转', ref: 'income:fiscal-carry-over', when: 'nonzero' },
    ],
    right: [],
    classLines: { label: '{n}、{name}', ref: 'fn:{code}' },
    footer: [[{ label: '收入总计', ref: 'income:fiscal-grand-total' }, { label: '支出总计', ref: 'grand-total' }]],
  };
}

export const FISCAL_UNIT = fiscalLines({ gp: '一、一般公共预算资金', gf: '二、政府性基金', sc: '三、国有资本经营预算' });
export const FISCAL_DEPT = fiscalLines({ gp: '一、一般公共预算', gf: '二、政府性基金预算', sc: '三、国有资本经营预算' });
