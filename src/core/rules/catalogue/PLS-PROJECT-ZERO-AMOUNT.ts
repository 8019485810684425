// PLS-PROJECT-ZERO-AMOUNT: a project listed in the 项目支出预算表 has money; a listed project with a
// zero or blank amount is a leftover or a missing figure.
import { amountAt, cellLocation, colIndex, requireTable } from '../doc-access.ts';
import { projectRows } from '../narrative-helpers.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'PLS-PROJECT-ZERO-AMOUNT',
  category: 'plausibility',
  severity: 'warning',
  statement: {
    zh: '项目支出预算表中列出的项目应有预算金额，不应为零或空白。',
    en: 'Every project listed in the project expenditure table has a non-zero amount.',
  },
  tables: ['project-expenditure'],
  target: 'document',
  check({ doc }, report) {
    const table = requireTable(doc, report, 'project-expenditure');
    if (!table) return;
    const total = colIndex(table, 'total');
    if (total < 0) return report.insufficient('项目支出预算表没有合计列');
    const rows = projectRows(table);
    if (rows.length === 0) return report.notApplicable('项目支出预算表没有项目');
    for (const p of rows) {
      report.checked();
      if (amountAt(p.row, total) !== 0) continue;
      report.fail({
        message: `项目“${p.name}”的预算金额为零或空白`,
        messageEn: `project “${p.name}” has a zero or blank amount`,
        location: cellLocation(table, p.index, total),
        actual: 0,
        hint: '填入项目金额；不安排资金的项目应从表中删去。',
      });
    }
  },
};
