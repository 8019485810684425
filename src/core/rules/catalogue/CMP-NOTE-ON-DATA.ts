// CMP-NOTE-ON-DATA: a table that has figures carries no “无数据” note — such a note is a template
// leftover that contradicts the table and tells readers the money does not exist: an error.
import { figureColumns, hasFigureIn, isNoDataNote } from '../classification-helpers.ts';
import type { DocTable } from '../../model/document.ts';
import type { Rule } from '../types.ts';

/** True when some row of the table prints a figure (its amount columns listed once, not per row). */
function anyFigure(table: DocTable): boolean {
  const cols = figureColumns(table);
  const rows = table.rows;
  for (let i = 0; i < rows.length; i++) if (hasFigureIn(rows[i] as (typeof rows)[number], cols)) return true;
  return false;
}

export const rule: Rule = {
  id: 'CMP-NOTE-ON-DATA',
  category: 'completeness',
  severity: 'error',
  statement: {
    zh: '有数据的表不应附“无数据”说明。',
    en: 'A table with figures carries no note saying it has no data.',
  },
  tables: ['government-fund-expenditure', 'state-capital-expenditure'],
  target: 'document',
  check({ doc }, report) {
    const withData = doc.tables.filter((t) => !t.empty && anyFigure(t));
    if (withData.length === 0) return report.notApplicable('没有有数据的表');
    for (const table of withData) {
      report.checked();
      for (const note of table.notes.filter(isNoDataNote)) {
        report.fail({
          message: `${table.title}列有数据，却附有无数据说明：“${note}”`,
          messageEn: `${table.id} has figures but a note says it has no data`,
          location: { table: table.id, tableTitle: table.title },
          actual: note,
          hint: '删去模板残留的无数据说明；若本表确实不应有数据，则核对表中数字。',
        });
      }
    }
  },
};
