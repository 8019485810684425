// PLS-THREE-PUBLIC-BLANK: the “三公” table is not left at zero while the basic expenditure budgets
// 30212 因公出国（境）费用, 30217 公务接待费 or 30231 公务用车运行维护费 — a “三公” table printed blank
// by mistake.
import { amountAt, cellLocation, colIndex, findTable, money, requireTable, textAt } from '../doc-access.ts';
import { figure } from '../narrative-helpers.ts';
import type { Rule } from '../types.ts';

const CODES = ['30212', '30217', '30231'];

export const rule: Rule = {
  id: 'PLS-THREE-PUBLIC-BLANK',
  category: 'plausibility',
  severity: 'warning',
  statement: {
    zh: '基本支出安排了因公出国（境）费用、公务接待费或公务用车运行维护费时，“三公”经费预算表不应为零。',
    en: 'The “three public” table is not zero while the basic expenditure budgets 30212, 30217 or 30231.',
  },
  tables: ['three-public', 'general-public-basic-expenditure'],
  target: 'document',
  check({ doc }, report) {
    const tp = requireTable(doc, report, 'three-public');
    const basic = findTable(doc, 'general-public-basic-expenditure');
    if (!tp) return;
    if (!basic) return report.insufficient('文件中没有一般公共预算基本支出预算表');
    const total = colIndex(basic, 'total');
    const code = colIndex(basic, 'econ.code');
    let items = 0;
    const names: string[] = [];
    basic.rows.forEach((row) => {
      const c = row.code ?? textAt(row, code);
      if (!CODES.includes(c) || amountAt(row, total) <= 0) return;
      items += amountAt(row, total);
      names.push(`${c} ${row.name ?? ''}`.trim());
    });
    report.checked();
    const t = figure(doc, 'threePublic');
    const tpTotal = t?.fen ?? 0;
    if (items === 0 || tpTotal > 0) return;
    const row = tp.rows.findIndex((r) => r.kind === 'total');
    report.fail({
      message: `基本支出安排了${names.join('、')}共 ${money(basic, items)}，但“三公”经费预算表合计为零`,
      messageEn: `the basic expenditure budgets ${names.join(', ')} but the “three public” table totals zero`,
      location: cellLocation(tp, Math.max(0, row), colIndex(tp, 'total')),
      expected: items,
      actual: tpTotal,
      hint: '填写“三公”经费预算表（含项目支出中的“三公”经费），或核对基本支出的经济分类。',
    });
  },
};
