// ID-ROW-BASIC-PROJECT: in every functional expenditure table, each row's 合计 equals its
// 基本支出 plus its 项目支出.
import { allowance, amountAt, findTable, reportDifference, requireColumns } from '../doc-access.ts';
import { FUNCTIONAL_TABLES } from '../functional-tables.ts';
import type { Rule } from '../types.ts';

/** True when every cell from `from` on is blank (null; a hole of a sparse array counts as blank). */
function isBlank(cells: readonly unknown[], from: number): boolean {
  for (let j = Math.max(0, from); j < cells.length; j++) {
    const v = cells[j];
    if (v !== null && (v !== undefined || j in cells)) return false;
  }
  return true;
}

export const rule: Rule = {
  id: 'ID-ROW-BASIC-PROJECT',
  category: 'identity',
  severity: 'error',
  statement: {
    zh: '支出表每一行的合计应等于基本支出与项目支出之和。',
    en: 'In every expenditure table, each row total equals basic plus project expenditure.',
  },
  tables: FUNCTIONAL_TABLES,
  target: 'document',
  tolerance: 1,
  check({ doc }, report) {
    for (const id of FUNCTIONAL_TABLES) {
      const table = findTable(doc, id);
      if (!table) continue;
      const c = requireColumns(table, report, ['total', 'basic', 'project'] as const);
      if (!c) continue;
      // The allowance of a sum of two figures: the same for every row of the table.
      const tol = allowance(doc, table, 2, report.tolerancePerItem);
      for (let i = 0; i < table.rows.length; i++) {
        const row = table.rows[i] as (typeof table.rows)[number];
        if (isBlank(row.cells, c.total)) continue; // blank row (empty table)
        // compare(), with the comparison built only when the figures differ.
        report.checked();
        const expected = amountAt(row, c.basic) + amountAt(row, c.project);
        const actual = amountAt(row, c.total);
        if (Math.abs(actual - expected) <= tol) continue;
        reportDifference(report, {
          table, rowIndex: i, col: c.total, expected, actual,
          items: 2, what: '基本支出与项目支出之和', whatEn: 'basic + project',
          hint: '核对该行的基本支出、项目支出和合计，改正打错的数字。',
        }, tol);
      }
    }
  },
};
