// AUD-UNIT-FACTOR: 元 and 万元 mixed up. A narrative amount that equals its table figure only
// × 10000 or ÷ 10000 (16497.86万元 written as 164978640万元, or as 16497.86元), and a figure printed in
// two tables under the same ref whose values differ by that factor (one table's unit mislabelled),
// are reported as a unit error rather than as a wrong number.
import type { DocTable } from '../../model/document.ts';
import { formatSourcePos } from '../../model/document.ts';
import { amountAt, cellLocation, money } from '../doc-access.ts';
import type { Stated } from '../audit/fits.ts';
import { fits, unitFactorOf } from '../audit/fits.ts';
import { statementsOf } from '../audit/statements.ts';
import { pageNote, paraLocation } from '../audit/text.ts';
import { docRefs } from '../ref-index.ts';
import { tableStep } from '../narrative-helpers.ts';
import type { Reporter, Rule, RuleContext } from '../types.ts';

function checkNarrative(ctx: RuleContext, report: Reporter): number {
  let n = 0;
  for (const st of statementsOf(ctx.doc, ctx.classification)) {
    if (st.figures.length === 0) continue;
    n++;
    report.checked();
    const a = st.amount;
    const factor = unitFactorOf(a, st.figures);
    if (!factor) continue;
    const f = st.figures.find((x) => fits(a, x, factor)) ?? st.figures[0]!;
    const loc = paraLocation(st.para, a.start);
    loc.table = f.table.id;
    loc.tableTitle = f.table.title;
    const how = factor > 1 ? '是表中数字的 10000 倍（把“元”写成了“万元”）' : '是表中数字的万分之一（把“万元”写成了“元”）';
    report.fail({
      message: `${st.para.section.heading}${pageNote(st.para)}写${st.label} ${a.text}${a.unit}，${how}；${f.table.title}中为 ${money(f.table, f.fen)}`,
      messageEn: `the narrative states ${st.en} as ${a.text} ${a.unit}, ${factor > 1 ? '10000 times' : 'one ten-thousandth of'} the table figure ${money(f.table, f.fen)}: 元 and 万元 mixed up`,
      location: loc,
      expected: f.fen,
      actual: a.fen,
      hint: '核对金额单位：表中以元列示时，说明中换算为万元（除以 10000）。',
    });
  }
  return n;
}

/**
 * Figures printed under the same ref in two tables whose values differ by a factor of 10000: each
 * cell (in table, row and column order) against the first cell of its ref (docRefs groups them).
 */
function checkTables(ctx: RuleContext, report: Reporter): number {
  const refs = docRefs(ctx.doc);
  const { tables, tableOf, order, start } = refs;
  let n = 0;
  // Only refs printed more than once compare anything (about one cell in six): the cells are
  // visited group by group, and the cells that fail are reported in cell order afterwards.
  let failing: number[] | undefined;
  const groups = start.length - 1;
  for (let grp = 0; grp < groups; grp++) {
    const from = start[grp] as number;
    const to = start[grp + 1] as number;
    if (to - from < 2) continue;
    const firstCell = order[from] as number;
    const seenTable = tables[tableOf[firstCell] as number] as DocTable;
    const seenFen = amountAt(seenTable.rows[refs.rowAt[firstCell] as number], refs.colAt[firstCell] as number);
    for (let m = from + 1; m < to; m++) {
      const g = order[m] as number;
      const table = tables[tableOf[g] as number] as DocTable;
      if (seenTable === table) continue;
      const fen = amountAt(table.rows[refs.rowAt[g] as number], refs.colAt[g] as number);
      if (fen === 0) continue;
      if (seenFen === 0 || fen === seenFen) continue;
      n++;
      report.checked();
      const value: Stated = { fen, step: tableStep(ctx.doc, table) };
      const other: Stated = { fen: seenFen, step: tableStep(ctx.doc, seenTable) };
      if (fits(value, other)) continue;
      if (!fits(value, other, 10000) && !fits(value, other, 0.0001)) continue;
      (failing ??= []).push(g);
    }
  }
  if (failing === undefined) return n;
  for (const g of failing.sort((a, b) => a - b)) reportCell(ctx, report, refs, g);
  return n;
}

/** The finding of a cell whose value is 10000 times (or a ten-thousandth of) its ref's first cell. */
function reportCell(ctx: RuleContext, report: Reporter, refs: ReturnType<typeof docRefs>, g: number): void {
  const { tables, tableOf, groupOf, order, start } = refs;
  const firstCell = order[start[groupOf[g] as number] as number] as number;
  const table = tables[tableOf[g] as number] as DocTable;
  const seenTable = tables[tableOf[firstCell] as number] as DocTable;
  const row = refs.rowAt[g] as number;
  const col = refs.colAt[g] as number;
  const fen = amountAt(table.rows[row], col);
  const seenFen = amountAt(seenTable.rows[refs.rowAt[firstCell] as number], refs.colAt[firstCell] as number);
  const value: Stated = { fen, step: tableStep(ctx.doc, table) };
  const other: Stated = { fen: seenFen, step: tableStep(ctx.doc, seenTable) };
  const factor = fits(value, other, 10000) ? 10000 : 0.0001;
  const loc = cellLocation(table, row, col);
  const at = table.rows[row]?.at?.[col] ?? table.at;
  if (at) loc.source = formatSourcePos(at);
  report.fail({
    message: `${table.title}“${loc.rowLabel ?? ''}”为 ${money(table, fen)}，是${seenTable.title}同一数字 ${money(seenTable, seenFen)} 的${factor > 1 ? ' 10000 倍' : '万分之一'}：两表的金额单位（元、万元）有一处标错`,
    messageEn: `${table.id} prints ${money(table, fen)}, ${factor > 1 ? '10000 times' : 'one ten-thousandth of'} the same figure in ${seenTable.id} (${money(seenTable, seenFen)}): a unit label is wrong`,
    location: loc,
    expected: seenFen,
    actual: fen,
    hint: '核对两表标注的金额单位（“单位：元”或“单位：万元”）与所列数字是否相符。',
  });
}

export const rule: Rule = {
  id: 'AUD-UNIT-FACTOR',
  category: 'narrative',
  severity: 'error',
  statement: {
    zh: '金额单位不得混用：说明中的金额不应是表中数字的 10000 倍或万分之一，同一数字在两张表中也不应相差 10000 倍（元与万元标错）。',
    en: 'No 元/万元 mix-up: a narrative amount is not 10000 times (or a ten-thousandth of) its table figure, and the same figure in two tables does not differ by that factor.',
  },
  tables: [],
  target: 'document',
  check(ctx, report) {
    const n = checkNarrative(ctx, report) + checkTables(ctx, report);
    if (n === 0) report.notApplicable('没有可比较单位的金额');
  },
};
