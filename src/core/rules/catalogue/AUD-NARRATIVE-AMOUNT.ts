// AUD-NARRATIVE-AMOUNT: every amount the narrative states for a named figure equals the table
// cell it names, as the narrative prints it (元 ↔ 万元, 万元 to 0 or 2 decimals, 四舍五入): 收入预算,
// 财政拨款收入 / 支出预算, 一般公共预算、政府性基金、国有资本经营拨款支出, “三公”经费 and its items,
// 机关运行经费 (the “三公” table's column), and the amount of a quoted functional name —
// “一般公共服务支出”科目12,789万元, “X（类）Y（款）Z（项）”2.63万元. Sections the NAR-* rules read
// for the same figure (by heading) are left to them; a figure off by ×10000 is AUD-UNIT-FACTOR's.
import { money } from '../doc-access.ts';
import { fitsAny, unitFactorOf } from '../audit/fits.ts';
import { inUnitOf } from '../audit/numbers.ts';
import { statementsOf } from '../audit/statements.ts';
import { pageNote, paraLocation } from '../audit/text.ts';
import { requireNarrative } from '../narrative-helpers.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'AUD-NARRATIVE-AMOUNT',
  category: 'narrative',
  severity: 'error',
  statement: {
    zh: '说明中写出的金额（收入预算、支出预算、各项拨款、“三公”经费、机关运行经费、各支出科目）应与表中对应数字一致（元与万元换算，按所写位数四舍五入）。',
    en: 'Every amount the narrative states for a named figure (income, expenditure, each appropriation, “three public” items, operating funds, a functional heading) equals its table cell, converted between 元 and 万元 and rounded as printed.',
  },
  tables: ['income-expenditure-summary', 'expenditure', 'general-public-expenditure', 'three-public', 'government-fund-expenditure', 'state-capital-expenditure'],
  target: 'document',
  check(ctx, report) {
    if (!requireNarrative(ctx.doc, report)) return;
    let stated = 0;
    for (const st of statementsOf(ctx.doc, ctx.classification)) {
      if (st.narCovered || st.figures.length === 0) continue;
      stated++;
      report.checked();
      const a = st.amount;
      if (fitsAny(a, st.figures, 1)) continue;
      if (unitFactorOf(a, st.figures)) continue; // AUD-UNIT-FACTOR reports it
      const f = st.figures[0]!;
      const printed = `${a.text}${a.unit || '（未写单位）'}`;
      const loc = paraLocation(st.para, a.start);
      loc.table = f.table.id;
      loc.tableTitle = f.table.title;
      report.fail({
        message: `${st.para.section.heading}${pageNote(st.para)}写${st.label} ${printed}，但${f.table.title}中为 ${money(f.table, f.fen)}（按所写位数为 ${inUnitOf(f.fen, a)}）`,
        messageEn: `the narrative states ${st.en} as ${a.text} ${a.unit || '(no unit)'}; ${f.table.id} prints ${money(f.table, f.fen)} (${inUnitOf(f.fen, a)} as written)`,
        location: loc,
        expected: f.fen,
        actual: a.fen,
        difference: a.fen - f.fen,
        hint: '按表中数字改正说明（元换算为万元时按所写位数四舍五入）；若表中有误则改正表格。',
      });
    }
    if (stated === 0) report.notApplicable('说明中没有写出可与表中数字核对的金额（或已由 NAR-* 规则核对）');
  },
};
